// Rectify's Welcome configuration: replaces the webjar's default at the same path.
import { locales, vendor } from '../../../../rectify-webapps.js';

export default {
  app: { name: '首页', vendor },
  locales
};
