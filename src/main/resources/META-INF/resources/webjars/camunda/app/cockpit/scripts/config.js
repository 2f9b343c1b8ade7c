// Rectify's Cockpit configuration: replaces the webjar's empty default at the same path.
// customScripts are loaded as ES modules from /camunda/app/cockpit/<entry>.js.
export default {
  customScripts: ['scripts/rectify-dashboard']
};
