// 整治行动看板 Campaign dashboard: a Cockpit plugin on the start page (plugin point cockpit.dashboard).
// Read-only; data from /rectify-dashboard/api (the Cockpit session; supervisor and camunda-admin only).
// Charts are plain SVG; no external resources. A case in a list opens its case file below the list;
// the process-instance page has the same case file as its 案卷 tab (cockpit.processInstance.runtime.tab).
import { addStyle, call, showCaseFile } from '../../../../rectify-case-file.js';

const API = '/rectify-dashboard/api';
const SVG = 'http://www.w3.org/2000/svg';
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf'];
// the summary's term for a campaign year: 第一年, 第二年, ...
const nthYear = n => `第${'一二三四五六七八九十'[n - 1] || n}年`;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k === 'onclick') node.addEventListener('click', v);
    else if (k === 'style') node.style.cssText = v;
    else node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function get(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error(`${path}: HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

// Horizontal bars; item: {label, value, target?, key?, onclick?}. With a target the bar shows value of target.
function barChart(id, title, items) {
  const rowH = 22, labelW = 210, barW = 300, width = labelW + barW + 90;
  const max = Math.max(1, ...items.map(i => Math.max(i.value, i.target || 0)));
  const chart = svg('svg', { width, height: Math.max(1, items.length) * rowH + 8, role: 'img',
    'aria-label': title, 'data-rectify-chart': id });
  items.forEach((item, n) => {
    const y = n * rowH + 4;
    const group = svg('g', { 'data-rectify-bar': item.key || item.label });
    group.append(svg('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end', 'font-size': 12 }, item.label));
    if (item.target) {
      group.append(svg('rect', { x: labelW, y, width: barW * item.target / max, height: rowH - 6,
        fill: 'none', stroke: '#999', 'stroke-dasharray': '3,2' }));
    }
    group.append(svg('rect', { x: labelW, y, width: Math.max(1, barW * item.value / max), height: rowH - 6,
      fill: COLORS[n % COLORS.length] }));
    const value = svg('text', { x: labelW + barW * Math.max(item.value, item.target || 0) / max + 6, y: y + 14,
      'font-size': 12, 'font-weight': 'bold', 'data-rectify-value': item.key || item.label },
      item.target ? `${item.value} / ${item.target}` : item.value);
    if (item.onclick && item.value > 0) {
      value.setAttribute('style', 'cursor:pointer;fill:#1f5fa5;text-decoration:underline');
      value.setAttribute('role', 'link');
      value.addEventListener('click', item.onclick);
    }
    group.append(value);
    chart.append(group);
  });
  return el('div', { style: 'display:inline-block;vertical-align:top;margin:0 24px 16px 0' },
    el('h4', {}, title), chart, items.length ? '' : el('p', {}, '— 暂无 None yet'));
}

const LINK_STYLE = 'cursor:pointer;color:#1f5fa5;text-decoration:underline';

// A key figure; with onclick and a value above 0 the number is a link to its cases.
function kpi(id, label, value, onclick) {
  const linked = onclick && Number(value) > 0;
  const number = el('div', { 'data-rectify-kpi': id, style: 'font-size:26px;font-weight:bold' + (linked ? `;${LINK_STYLE}` : '') }, value);
  if (linked) {
    number.setAttribute('role', 'link');
    number.addEventListener('click', onclick);
  }
  return el('div', { style: 'display:inline-block;min-width:150px;margin:0 16px 12px 0;padding:8px 12px;border:1px solid #ddd;border-radius:4px' },
    number, el('div', { style: 'font-size:12px;color:#555' }, label));
}

function render(node) {
  node.innerHTML = '';
  const root = el('section', { id: 'rectify-dashboard', style: 'padding:12px 0' });
  node.append(root);
  const picker = el('select', { id: 'rectify-campaign', 'aria-label': 'Campaign' });
  const body = el('div', { id: 'rectify-dashboard-body' });
  const cases = el('div', { id: 'rectify-dashboard-cases' });
  const caseFile = el('div', { id: 'rectify-dashboard-case-file' });
  const openCase = (id) => {
    addStyle();
    showCaseFile(caseFile, () => call('GET', `/api/cases/${id}`));
    caseFile.scrollIntoView({ block: 'start' });
  };

  // The column that reconciles the list with the number clicked (what the figure counts of each case).
  function extraColumn(dimension, code) {
    const day = v => (v ? String(v).slice(0, 10) : '');
    if (dimension === 'hazards') return ['隐患 Hazards', c => c.hazards];
    if (dimension === 'overdue') return ['超期任务 Overdue tasks', c => c.overdueTasks];
    if (dimension === 'land' && code === 'demolished') return ['拆除建（构）筑物 Structures demolished (m²)', c => Number(c.structuresDemolishedSqm)];
    if (dimension === 'land') return ['腾退土地 Land (mu)', c => Number(c.landReclaimedMu)];
    if (dimension === 'target' && /achieved/.test(code)) return ['结案 Ended', c => `${c.outcomeLabel || ''} ${day(c.closedAt)}`];
    if (dimension === 'target') return ['期限 Deadline', c => day(c.deadline)];
    return null;
  }

  async function showCases(campaignId, dimension, code, label) {
    cases.innerHTML = '';
    caseFile.innerHTML = '';
    const heading = el('h4', {}, `案件 Cases: ${label}`);
    cases.append(heading);
    const path = `/campaigns/${campaignId}/cases?dimension=${dimension}` + (code === undefined ? '' : `&code=${encodeURIComponent(code || 'none')}`);
    const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      cases.append(el('p', {}, `${path}: HTTP ${response.status}`));
      return;
    }
    const list = await response.json();
    const total = Number(response.headers.get('X-Total-Count') || list.length);
    heading.append(` (${total})`);
    if (total > list.length) cases.append(el('p', {}, `仅列出前 ${list.length} 个 Only the first ${list.length} of ${total} are listed`));
    const extra = extraColumn(dimension, code);
    const table = el('table', { class: 'cam-table', 'data-rectify-cases': `${dimension}:${code === undefined ? 'all' : code || 'none'}`,
      'data-rectify-total': total },
      el('thead', {}, el('tr', {}, ['#', '统一社会信用代码 Credit code', '企业 Enterprise', '阶段 Stage', '处置 Disposition',
        ...(extra ? [extra[0]] : []), ''].map(h => el('th', {}, h)))),
      el('tbody', {}, list.map(c => el('tr', { 'data-rectify-case': c.id },
        el('td', {}, c.id), el('td', {}, c.creditCode), el('td', {}, c.name), el('td', {}, c.stageLabel || ''),
        el('td', {}, c.dispositionLabel || '未决定 Not decided'),
        ...(extra ? [el('td', { 'data-rectify-count': '' }, extra[1](c) ?? '')] : []),
        el('td', {}, c.processInstanceId
          ? el('a', { href: `#/process-instance/${c.processInstanceId}/runtime` }, '流程 Process') : '',
          ' ', el('a', { href: '', 'data-rectify-open': c.id, onclick: (event) => { event.preventDefault(); openCase(c.id); } },
            '案卷 Case file'))))));
    cases.append(table, caseFile);
    cases.scrollIntoView({ block: 'nearest' });
  }

  // Per campaign year: closures and relocations due (decided, deadline in the year) and achieved (ended in it).
  function yearTable(campaignId, years) {
    const cell = (key, value, label, target) => {
      const text = target == null ? String(value) : `${value} / ${target}`;
      const link = value > 0;
      const node = el('td', { 'data-rectify-value': key, style: link ? LINK_STYLE : '' }, text);
      if (link) {
        node.setAttribute('role', 'link');
        node.addEventListener('click', () => showCases(campaignId, 'target', key.slice('target:'.length), label));
      }
      return node;
    };
    return el('div', { style: 'display:inline-block;vertical-align:top;margin:0 24px 16px 0' },
      el('h4', {}, '年度目标 Each year: due and achieved (achieved / target)'),
      el('table', { class: 'cam-table', 'data-rectify-years': '' },
        el('thead', {}, el('tr', {}, ['年度 Year', '到期关闭 Closures due', '完成关闭 Closures achieved',
          '到期搬迁 Relocations due', '完成搬迁 Relocations achieved'].map(h => el('th', {}, h)))),
        el('tbody', {}, years.map(y => el('tr', {},
          el('td', {}, `${nthYear(y.year)} Year ${y.year} (${y.from} – ${y.to})`),
          cell(`target:closures-due-${y.year}`, y.closuresDue, `${nthYear(y.year)}到期关闭 Year ${y.year} closures due`),
          cell(`target:closures-achieved-${y.year}`, y.closuresAchieved, `${nthYear(y.year)}完成关闭 Year ${y.year} closures achieved`, y.closureTarget),
          cell(`target:relocations-due-${y.year}`, y.relocationsDue, `${nthYear(y.year)}到期搬迁 Year ${y.year} relocations due`),
          cell(`target:relocations-achieved-${y.year}`, y.relocationsAchieved, `${nthYear(y.year)}完成搬迁 Year ${y.year} relocations achieved`,
            y.relocationTarget))))));
  }

  // The campaign's ledger and drafted summary, from the same session.
  function downloads(campaignId) {
    const link = (id, href, text) => el('a', { href: `${API}/campaigns/${campaignId}/${href}`, target: '_blank',
      'data-rectify-download': id, style: 'margin-right:16px' }, text);
    return el('p', {}, link('ledger', 'ledger.xlsx', '台账 Ledger (.xlsx)'),
      link('summary-html', 'summary.html', '工作总结 Summary (网页 web page)'),
      link('summary-docx', 'summary.docx', '工作总结 Summary (Word)'),
      link('summary-en', 'summary.html?lang=en', '英文版 Summary in English'));
  }

  async function show(campaignId) {
    body.innerHTML = '';
    cases.innerHTML = '';
    const d = await get(`/campaigns/${campaignId}`);
    const p = d.progress;
    const byCode = (dimension, list) => list.map(c => ({ label: c.label || '未定 Not set', key: `${dimension}:${c.code || 'none'}`,
      value: c.count, onclick: () => showCases(campaignId, dimension, c.code, c.label || 'none') }));
    const t = p.targets;
    const linkTo = (dimension, code, label) => () => showCases(campaignId, dimension, code, label);
    const target = (code, label) => linkTo('target', code, label);
    const targetItems = [
      { label: '关闭 Closures (total)', key: 'closures', value: t.closures.achieved, target: t.closures.target,
        onclick: target('closures-achieved', '完成关闭 Closures achieved') },
      { label: '搬迁 Relocations (total)', key: 'relocations', value: t.relocations.achieved, target: t.relocations.target,
        onclick: target('relocations-achieved', '完成搬迁 Relocations achieved') },
      ...t.years.flatMap(y => [
        { label: `${nthYear(y.year)}关闭 Year ${y.year} closures`, key: `year${y.year}:closures`, value: y.closuresAchieved, target: y.closureTarget,
          onclick: target(`closures-achieved-${y.year}`, `${nthYear(y.year)}完成关闭 Year ${y.year} closures achieved`) },
        { label: `${nthYear(y.year)}搬迁 Year ${y.year} relocations`, key: `year${y.year}:relocations`, value: y.relocationsAchieved, target: y.relocationTarget,
          onclick: target(`relocations-achieved-${y.year}`, `${nthYear(y.year)}完成搬迁 Year ${y.year} relocations achieved`) }])
    ];
    body.append(
      downloads(campaignId),
      el('div', {},
        kpi('cases', '案件 Cases', p.cases, linkTo('all', undefined, '全部 All')),
        kpi('closures-decided', '决定关闭 Closures decided', t.closures.decided, target('closures-decided', '决定关闭 Closures decided')),
        kpi('closures-achieved', '完成关闭 Closures achieved', t.closures.achieved, target('closures-achieved', '完成关闭 Closures achieved')),
        kpi('relocations-decided', '决定搬迁 Relocations decided', t.relocations.decided, target('relocations-decided', '决定搬迁 Relocations decided')),
        kpi('relocations-achieved', '完成搬迁 Relocations achieved', t.relocations.achieved, target('relocations-achieved', '完成搬迁 Relocations achieved')),
        kpi('hazards-found', '发现隐患 Hazards found', d.hazards.found, linkTo('hazards', 'found', '发现隐患 Hazards found')),
        kpi('hazards-closed', '消除隐患 Hazards eliminated', d.hazards.closed, linkTo('hazards', 'closed', '消除隐患 Hazards eliminated')),
        kpi('land', '腾退土地 Land reclaimed (mu)', Number(d.land.reclaimedMu), linkTo('land', 'reclaimed', '腾退土地 Land reclaimed')),
        kpi('demolished', '拆除建（构）筑物 Structures demolished (m²)', Number(d.land.demolishedSqm), linkTo('land', 'demolished', '拆除建（构）筑物 Structures demolished'))),
      barChart('targets', '目标完成 Closures and relocations against target (achieved / target)', targetItems),
      yearTable(campaignId, t.years),
      barChart('stage', '按阶段 Cases by stage', byCode('stage', p.byStage)),
      barChart('disposition', '按处置 Cases by disposition', byCode('disposition', p.byDisposition)),
      barChart('outcome', '按结果 Cases by outcome', byCode('outcome', p.byOutcome)),
      barChart('overdue', '超期任务 Overdue tasks by agency', Object.entries(d.overdueByAgency)
        .map(([agency, count]) => ({ label: (d.agencies || {})[agency] || agency, key: `overdue:${agency}`, value: count,
          onclick: linkTo('overdue', agency, `超期任务 Overdue tasks: ${(d.agencies || {})[agency] || agency}`) }))));
    root.setAttribute('data-rectify-loaded', String(campaignId));
  }

  (async () => {
    let campaigns;
    try {
      campaigns = await get('/campaigns');
    } catch (error) {
      // not the leading group or an administrator: the dashboard is not shown at all
      node.innerHTML = '';
      if (error.status === 401 || error.status === 403) node.style.display = 'none';
      return;
    }
    root.append(el('h3', {}, '整治行动看板 Campaign dashboard'),
      el('label', {}, '整治行动 Campaign: ', picker), body, cases);
    campaigns.forEach(c => picker.append(el('option', { value: c.id }, c.name)));
    picker.addEventListener('change', () => showOrExplain(picker.value));
    if (campaigns.length) await showOrExplain(campaigns[0].id);
    else body.append(el('p', {}, '暂无整治行动 No campaign yet'));
  })().catch(error => root.append(failure(error, () => render(node))));

  // a campaign's figures, or what went wrong with a button to try again
  function showOrExplain(campaignId) {
    return show(campaignId).catch(error => {
      body.innerHTML = '';
      body.append(failure(error, () => showOrExplain(campaignId)));
    });
  }
}

function failure(error, retry) {
  return el('p', { 'data-rectify-error': '', class: 'alert alert-danger' },
    `看板加载失败 The dashboard could not be loaded: ${error.message} `,
    el('button', { type: 'button', class: 'btn btn-default btn-sm', onclick: retry }, '重试 Try again'));
}

export default [{
  id: 'rectify-campaign-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: node => render(node)
}, {
  id: 'rectify-case-file',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  // after Cockpit's own tabs: the variables stay the tab an instance opens on
  priority: -100,
  properties: { label: '案卷 Case file' },
  render: (node, { processInstanceId, api }) => {
    addStyle();
    showCaseFile(node, () => call('GET', `/api/cases/of-process-instance/${encodeURIComponent(processInstanceId)}`),
      { token: api && api.CSRFToken });
  }
}];
