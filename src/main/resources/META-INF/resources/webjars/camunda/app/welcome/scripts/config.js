// Rectify's Welcome configuration: replaces the webjar's default at the same path.
export default {
  app: {
    name: '首页',
    vendor: 'Rectify'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
