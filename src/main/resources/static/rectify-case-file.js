// 案卷 Case file: one case's whole record as Tasklist's task tab, Cockpit's process-instance tab and
// the case pages show it, with the actions that belong to it. Every call goes to /api on the webapp
// session the page already has (no second login); a changing call carries the webapps' CSRF token.
// The server decides what each user may see and do: an action it refuses shows its message.

const SECTION_ORDER = ['timeline', 'decisions', 'hazards', 'documents', 'deadlines'];
// what the reader may do now, as the server says (file.actions); it checks each again when done
const can = (file, action) => (file.actions || []).includes(action);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key === 'onclick' || key === 'onsubmit' || key === 'onchange') node.addEventListener(key.slice(2), value);
    else if (key === 'style') node.style.cssText = value;
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

function csrfToken(fallback) {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : fallback || '';
}

/** A refusal's own words: the problem's detail (it names the field), else the status; and the problem itself. */
async function problem(response) {
  const text = await response.text();
  try {
    const json = JSON.parse(text);
    return { message: json.detail || json.message || `HTTP ${response.status}`, json };
  } catch (notJson) {
    return { message: `HTTP ${response.status}${text && text.length < 300 ? `: ${text}` : ''}` };
  }
}

/** GET or send JSON (or a FormData) to /api on the webapp session; throws an Error with the server's message. */
export async function call(method, path, body, token) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken(token);
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) {
    const refused = await problem(response);
    const error = new Error(refused.message);
    error.status = response.status;
    error.problem = refused.json;
    throw error;
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

const day = (value) => (value ? String(value).slice(0, 10) : '');
const when = (value) => {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

function table(id, headers, rows) {
  return el('table', { class: 'table table-condensed rectify-table', 'data-rectify-table': id },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: headers.length }, '暂无 None yet'))));
}

function recordRow(record) {
  return el('tr', { 'data-rectify-record': record.kind },
    el('td', { style: 'white-space:nowrap' }, when(record.at)),
    el('td', {}, record.label),
    el('td', { style: 'white-space:pre-wrap' }, record.text || ''),
    el('td', {}, record.by || ''),
    el('td', {}, record.href ? el('a', { href: record.href, target: '_blank', 'data-rectify-document': record.details.reportId }, '下载 Download') : ''));
}

/** A small form in the action bar: its fields, a submit button, and the server's answer below. */
function actionForm(id, title, fields, submitLabel, submit) {
  const message = el('div', { class: 'rectify-message', role: 'status', 'data-rectify-message': id });
  const form = el('form', { class: 'rectify-action', 'data-rectify-action': id },
    el('h5', {}, title), ...fields, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, submitLabel), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.className = 'rectify-message';
    message.textContent = '提交中… Sending…';
    try {
      const said = await submit(form);
      message.className = 'rectify-message rectify-ok';
      message.textContent = said || '已办理 Done';
    } catch (error) {
      message.className = 'rectify-message rectify-error';
      message.textContent = error.message;
    }
  });
  return form;
}

const field = (label, input) => el('label', { class: 'rectify-field' }, el('span', {}, label), input);

/** The actions that belong to this case now; each is refused by the server when the user may not do it. */
function actions(file, reload, token) {
  const list = [];
  const base = `/api/cases/${file.id}`;
  if (can(file, 'UPLOAD_REPORT')) {
    list.push(actionForm('upload-report', '上传设计诊断报告 Upload the diagnosis report',
      [field('报告（PDF，不超过5 MB） Report (PDF, at most 5 MB)', el('input', { type: 'file', name: 'report', accept: 'application/pdf,.pdf', required: true }))],
      '上传 Upload', async (form) => {
        const data = new FormData();
        data.append('report', form.elements.report.files[0]);
        const stored = await call('POST', `${base}/diagnosis-reports`, data, token);
        await reload();
        return `已上传 Uploaded: ${stored.fileName}`;
      }));
  }
  if (can(file, 'REDECIDE')) {
    list.push(actionForm('redecide', '重新决定 Re-decide this pending case', [], '提请重新决定 Re-decide now', async () => {
      await call('POST', `${base}/redecision`, undefined, token);
      await reload();
      return '已提请，区化治办的「处置决定」任务已打开 The district office\'s decision task is open again';
    }));
  }
  if (can(file, 'SWITCH_PATH')) {
    list.push(actionForm('switch', '企业改选关闭或搬迁 The enterprise switches to closure or relocation', [
      field('改为 Switch to', el('select', { name: 'choice', required: true },
        el('option', { value: 'CLOSE' }, '关闭 Close'), el('option', { value: 'RELOCATE' }, '搬迁入园 Move into a chemical park'))),
      field('原因 Reason', el('input', { name: 'note', maxlength: 4000, required: true }))],
    '确认改选 Switch', async (form) => {
      await call('POST', `${base}/enterprise-choice`, { choice: form.elements.choice.value, note: form.elements.note.value }, token);
      await reload();
      return '已改选 Switched';
    }));
  }
  if (can(file, 'RECORD_LAND')) {
    const ended = Boolean(file.outcome);
    list.push(actionForm('land', ended ? '办结后补录或更正土地 Record or correct land after the end' : '登记土地 Record land', [
      field(`腾退土地（亩） Land reclaimed (mu)；现为 now ${file.landReclaimedMu ?? '-'}`,
        el('input', { name: 'landReclaimedMu', type: 'number', min: 0, step: '0.01', value: file.landReclaimedMu ?? '' })),
      field(`拆除建（构）筑物（m²） Structures demolished；现为 now ${file.structuresDemolishedSqm ?? '-'}`,
        el('input', { name: 'structuresDemolishedSqm', type: 'number', min: 0, step: '0.01', value: file.structuresDemolishedSqm ?? '' })),
      field(`新用途 New use；现为 now ${file.landNewUse ?? '-'}`, el('input', { name: 'landNewUse', maxlength: 300, value: file.landNewUse ?? '' })),
      field(ended ? '原因（必填） Reason (required after the end)' : '原因 Reason', el('input', { name: 'reason', maxlength: 1000, required: ended }))],
    '保存 Save', async (form) => {
      const number = (name) => (form.elements[name].value === '' ? null : Number(form.elements[name].value));
      await call('PUT', `${base}/land`, {
        landReclaimedMu: number('landReclaimedMu'), structuresDemolishedSqm: number('structuresDemolishedSqm'),
        landNewUse: form.elements.landNewUse.value || null, reason: form.elements.reason.value || null
      }, token);
      await reload();
      return '已保存，记入土地历史 Saved in the land history';
    }));
  }
  return list;
}

function openTasksWithExtension(file, reload, token) {
  const tasks = file.timeline.filter((r) => r.kind === 'OPEN_TASK');
  const extensible = can(file, 'EXTEND_DEADLINE');
  return table('open-tasks', ['待办 Open task', '等待 Waits for', '到期 Due', extensible ? '延期 Extend' : ''], tasks.map((t) => {
    const d = t.details;
    const extend = !extensible ? '' : actionForm(`extend-${d.taskId}`, '', [
      field('新期限 New due date', el('input', { name: 'dueDate', type: 'date', required: true })),
      field('原因 Reason', el('input', { name: 'reason', required: true, maxlength: 1000 }))],
    '延期 Extend', async (form) => {
      await call('POST', `/api/tasks/${d.taskId}/deadline-extension`, { dueDate: form.elements.dueDate.value, reason: form.elements.reason.value }, token);
      await reload();
      return '已延期 Extended';
    });
    return el('tr', { 'data-rectify-open-task': d.activityId },
      el('td', {}, d.task), el('td', {}, (d.agencyLabels || []).join('、')),
      el('td', { style: d.overdue ? 'color:#b00020;font-weight:bold' : '' }, day(d.dueAt) + (d.overdue ? ' 已逾期 overdue' : '')),
      el('td', {}, extend));
  }));
}

function sectionBody(key, file, reload, token) {
  const records = file.timeline;
  switch (key) {
    case 'timeline':
      return table('timeline', ['时间 When', '事项 Record', '内容 Details', '经办人 By', '文档 Document'], records.map(recordRow));
    case 'decisions':
      return table('decisions', ['时间 When', '决定 Decision', '内容 Details', '经办人 By', ''],
        records.filter((r) => r.details && r.details.decisionKind).map(recordRow));
    case 'hazards':
      return table('hazards', ['编号 Code', '领域 Area', '等级 Severity', '条款 Item', '描述 Description', '状态 Status', '经过 History'],
        records.filter((r) => r.kind === 'HAZARD').map((r) => {
          const h = r.details;
          return el('tr', { 'data-rectify-hazard': h.code },
            el('td', {}, h.code), el('td', {}, h.areaLabel), el('td', {}, h.severityLabel), el('td', {}, h.standardItem),
            el('td', {}, h.description), el('td', { 'data-rectify-status': h.status }, h.statusLabel),
            el('td', { style: 'white-space:pre-wrap' }, (h.history || []).map((e) => `${when(e.at)} ${e.kindLabel}${e.note ? `：${e.note}` : ''}`).join('\n')));
        }));
    case 'documents':
      return table('documents', ['时间 When', '文档 Document', '内容 Details', '上传人 By', '文档 Document'],
        records.filter((r) => r.href).map(recordRow));
    case 'deadlines':
      return el('div', {}, openTasksWithExtension(file, reload, token),
        table('deadline-records', ['时间 When', '事项 Record', '内容 Details', '经办人 By', ''],
          records.filter((r) => r.section === 'DEADLINES' && r.kind !== 'OPEN_TASK').map(recordRow)));
    default:
      return el('div');
  }
}

const SECTION_LABELS = {
  timeline: '时间线 Timeline', decisions: '决定 Decisions', hazards: '隐患 Hazards', documents: '文档 Documents',
  deadlines: '期限和督办 Deadlines'
};

/**
 * Renders the case file that {@code load} fetches into {@code node}, and again after each action.
 * options.token: the webapp's CSRF token when no cookie holds it.
 */
export function showCaseFile(node, load, options = {}) {
  let selected = options.section || 'timeline';
  const render = async () => {
    node.innerHTML = '';
    node.append(el('p', { class: 'rectify-loading' }, '加载中… Loading…'));
    let file;
    try {
      file = await load();
    } catch (error) {
      node.innerHTML = '';
      node.append(el('p', { class: 'rectify-message rectify-error', 'data-rectify-error': error.status || '' },
        error.status === 404 ? (/belongs to no case/.test(error.message)
          ? '此任务不属于化工整治案件，没有案卷（例如特种设备检查任务） This task belongs to no case file (a special-equipment inspection, for one)'
          : '无此案件或无权查看 No such case, or not one you may see') : error.message));
      return;
    }
    const labels = file.labels || {};
    const facts = file.enterprise || {};
    const tabs = el('ul', { class: 'nav nav-tabs rectify-tabs' }, SECTION_ORDER.map((key) => el('li', { class: key === selected ? 'active' : '' },
      el('a', { href: '', 'data-rectify-section': key, onclick: (event) => { event.preventDefault(); selected = key; render(); } },
        `${SECTION_LABELS[key]}`))));
    node.innerHTML = '';
    node.append(el('div', { class: 'rectify-case-file', 'data-rectify-case-file': file.id },
      el('h4', {}, `${file.enterpriseName}（${file.creditCode}）`, el('small', {}, ` 案件 Case ${file.id}`)),
      el('dl', { class: 'rectify-facts' }, [
        ['阶段 Stage', labels.stage], ['处置 Disposition', labels.disposition || '未决定 Not decided'],
        ['结果 Outcome', labels.outcome || '未结案 Open'], ['牵头部门 Lead agency', labels.supervisingAgency || '-'],
        ['期限 Deadline', day(file.deadline) || '-'], ['类型 Type', facts.businessTypeLabel],
        ['地址 Address', [facts.township, facts.village, facts.address].filter(Boolean).join(' ')],
        ['法定代表人 Legal representative', facts.legalRepresentative], ['联系电话 Phone', facts.contactPhone]]
        .filter(([, value]) => value).flatMap(([term, value]) => [el('dt', {}, term), el('dd', { 'data-rectify-fact': term }, value)])),
      el('div', { class: 'rectify-actions' }, actions(file, render, options.token)),
      tabs,
      el('div', { class: 'rectify-section', 'data-rectify-shown': selected }, sectionBody(selected, file, render, options.token))));
    if (options.onLoaded) options.onLoaded(file);
  };
  render();
  return render;
}

export const STYLE = `
.rectify-case-file h4 small { color: #666; }
.rectify-facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.rectify-facts dt { color: #555; font-weight: normal; }
.rectify-facts dd { margin: 0; }
.rectify-actions { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
.rectify-action { border: 1px solid #ddd; border-radius: 4px; padding: 6px 10px; max-width: 460px; }
.rectify-action h5 { margin: 0 0 4px; font-weight: bold; }
.rectify-field { display: block; font-weight: normal; margin: 2px 0; }
.rectify-field > span { display: block; font-size: 12px; color: #555; }
.rectify-field input, .rectify-field select { width: 100%; }
.rectify-message { margin-top: 4px; white-space: pre-wrap; }
.rectify-ok { color: #1b5e20; }
.rectify-error { color: #b00020; }
.rectify-table td, .rectify-table th { vertical-align: top; }
.rectify-table .rectify-action { border: 0; padding: 0; }
`;

/** Adds the case file's styles to the page once. */
export function addStyle() {
  if (!document.getElementById('rectify-case-file-style')) {
    document.head.append(el('style', { id: 'rectify-case-file-style' }, STYLE));
  }
}
