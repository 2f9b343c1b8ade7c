// What the four webapps' config.js files share (imported by each): Chinese, unless the browser's first
// language is English (the webapps choose by it); dates as yyyy-MM-dd.
export const vendor = 'Rectify';

export const locales = {
  availableLocales: ['zh', 'en'],
  fallbackLocale: 'zh'
};

export const dateFormat = {
  normal: 'YYYY-MM-DD HH:mm:ss',
  long: 'YYYY-MM-DD dddd HH:mm:ss'
};
