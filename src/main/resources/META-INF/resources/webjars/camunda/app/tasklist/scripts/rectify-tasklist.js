// Rectify's additions to Tasklist, loaded through customScripts in config.js.
//
// 1. Dates in task forms are entered as yyyy-MM-dd. The forms' date picker takes its pattern from
//    new Intl.DateTimeFormat('default'), i.e. the browser's locale (2020/6/5 for zh-CN, 6/5/2020 for
//    en-US). That one call, with exactly that argument, is answered in a locale whose pattern is
//    yyyy-MM-dd; every other use of Intl.DateTimeFormat is left as it is.
// 2. A list opens sorted by due date, earliest first (Tasklist's own default is "created, newest
//    first"): when the address names no sorting, one is added. A sorting the user picks is kept.

const IsoPattern = 'sv-SE'; // formats 2020-06-05

const PlainDateTimeFormat = Intl.DateTimeFormat;
const withIsoPattern = (args) => (args.length === 1 && args[0] === 'default' ? [IsoPattern] : args);
Intl.DateTimeFormat = new Proxy(PlainDateTimeFormat, {
  construct(target, args) {
    return Reflect.construct(target, withIsoPattern(args));
  },
  apply(target, self, args) {
    return Reflect.apply(target, self, withIsoPattern(args));
  }
});

const BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortByDueDateByDefault() {
  const hash = window.location.hash || '';
  if (!hash.startsWith('#/')) {
    return;
  }
  const [path, query = ''] = hash.slice(1).split('?');
  if (path !== '/') {
    return; // the login page, the task list only
  }
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', BY_DUE_DATE);
  window.location.replace(`#${path}?${params.toString()}`);
}

window.addEventListener('hashchange', sortByDueDateByDefault);
sortByDueDateByDefault();

export default [];
