// Rectify's Cockpit configuration: replaces the webjar's default at the same path. customScripts
// are loaded as ES modules from /camunda/app/cockpit/<entry>.js.
import { dateFormat, locales, vendor } from '../../../../rectify-webapps.js';

export default {
  app: { name: '监控中心', vendor },
  locales,
  dateFormat,
  customScripts: ['scripts/rectify-dashboard']
};
