// Rectify's Cockpit configuration: replaces the webjar's default at the same path.
// Chinese first, dates as yyyy-MM-dd, the product's name in the header; customScripts are loaded as
// ES modules from /camunda/app/cockpit/<entry>.js.
export default {
  app: {
    name: '监控中心',
    vendor: 'Rectify'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm:ss',
    long: 'YYYY-MM-DD dddd HH:mm:ss'
  },
  customScripts: ['scripts/rectify-dashboard']
};
