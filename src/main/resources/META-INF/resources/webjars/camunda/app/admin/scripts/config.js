// Rectify's Admin configuration: replaces the webjar's default at the same path.
export default {
  app: {
    name: '系统管理',
    vendor: 'Rectify'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm:ss',
    long: 'YYYY-MM-DD dddd HH:mm:ss'
  }
};
