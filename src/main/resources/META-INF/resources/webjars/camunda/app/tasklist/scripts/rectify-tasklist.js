// Rectify's additions to Tasklist, loaded through customScripts in config.js.
//
// 1. Dates in task forms are entered as yyyy-MM-dd. The forms' date picker takes its pattern from
//    new Intl.DateTimeFormat('default'), i.e. the browser's locale (2020/6/5 for zh-CN, 6/5/2020 for
//    en-US). That one call, with exactly that argument, is answered in a locale whose pattern is
//    yyyy-MM-dd; every other use of Intl.DateTimeFormat is left as it is.
// 2. A list opens sorted by due date, earliest first (Tasklist's own default is "created, newest
//    first"): when the address names no sorting, one is added. A sorting the user picks is kept.
// 3. Plugins: the task's 案卷 Case file tab (tasklist.task.detail) and 案件 Cases in the navbar
//    (tasklist.navbar.action): search, open a case, the firms' register; 特种设备 Equipment in the
//    navbar: the county bureau's registers, inspection campaigns, draws and publication.

import { addStyle, call, el, showCaseFile } from '../../../../rectify-case-file.js';
import { casesPanel } from '../../../../rectify-cases.js';
import { equipmentPanel } from '../../../../rectify-equipment.js';

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

const taskOfAddress = () => new URLSearchParams((window.location.hash.split('?')[1] || '')).get('task');

/** The case file of the task on screen; again when another task is selected while the tab is open. */
function caseFileTab(node, { taskId, api }) {
  addStyle();
  let shown = taskId;
  const holder = el('div', { class: 'rectify-case-file-tab' });
  node.append(holder);
  const show = () => showCaseFile(holder, () => call('GET', `/api/cases/of-task/${encodeURIComponent(shown)}`),
    { token: api && api.CSRFToken });
  const follow = () => {
    const now = taskOfAddress();
    if (now && now !== shown && document.body.contains(holder)) {
      shown = now;
      show();
    }
  };
  window.addEventListener('hashchange', follow);
  show();
  return () => window.removeEventListener('hashchange', follow);
}

/** A link in the navbar that opens a panel over the task list. */
function panelAction(node, { id, title, hint, icon, link, fill }) {
  const open = (event) => {
    event.preventDefault();
    if (document.getElementById(id)) return;
    const close = el('button', { type: 'button', class: 'btn btn-default btn-sm pull-right', 'data-rectify-close': '',
      onclick: () => overlay.remove() }, '关闭 Close');
    const panel = el('div', { class: 'rectify-panel' }, close, el('h3', {}, title));
    const overlay = el('div', { id, class: 'rectify-overlay', role: 'dialog', 'aria-label': title }, panel);
    document.body.append(overlay);
    fill(panel);
  };
  node.append(el('a', { href: '', class: 'rectify-cases-link', [link]: '', onclick: open, title: hint },
    el('span', { class: `glyphicon ${icon}` }), ` ${title}`));
}

/** 案件 Cases: search, open a case, the firms' register. */
const casesAction = (node) => panelAction(node, { id: 'rectify-cases-panel', title: '案件 Cases',
  hint: '案件查询、立案和中介机构 Search cases, open a case, firms', icon: 'glyphicon-folder-open',
  link: 'data-rectify-cases-link', fill: (panel) => casesPanel(panel) });

/** 特种设备 Equipment: the county bureau's registers, campaigns, draws and publication. */
const equipmentAction = (node) => panelAction(node, { id: 'rectify-equipment-panel', title: '特种设备 Equipment',
  hint: '特种设备名录、检查行动、随机抽取和结果公示 Registers, inspection campaigns, draws and publication',
  icon: 'glyphicon-search', link: 'data-rectify-equipment-link', fill: (panel) => equipmentPanel(panel) });

let unmountTab = null;

export default [{
  id: 'rectify-case-file',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: { label: '案卷 Case file' },
  render: (node, props) => { unmountTab = caseFileTab(node, props); },
  unmount: () => { if (unmountTab) unmountTab(); unmountTab = null; }
}, {
  id: 'rectify-cases',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => casesAction(node)
}, {
  id: 'rectify-equipment',
  pluginPoint: 'tasklist.navbar.action',
  priority: 190,
  render: (node) => equipmentAction(node)
}];
