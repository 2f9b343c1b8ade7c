// Rectify's Admin configuration: replaces the webjar's default at the same path.
import { dateFormat, locales, vendor } from '../../../../rectify-webapps.js';

export default {
  app: { name: '系统管理', vendor },
  locales,
  dateFormat
};
