// 特种设备检查 Special-equipment inspections: the county bureau's registers, campaigns, random draws,
// publicity and publication, as a panel inside Tasklist (its navbar) on the webapp session. The server
// decides who may read and change what (market-regulation changes, the leading group reads); a
// refusal shows its own message.
import { addStyle, call, el } from './rectify-case-file.js';

const API = '/api/equipment-campaigns';

function message(id) {
  return el('div', { class: 'rectify-message', role: 'status', 'data-rectify-message': id });
}

let said = 0;

/** Shows a message; each one numbered (data-rectify-said), so that a reader can tell a new one from the last. */
function say(node, text, ok) {
  node.className = `rectify-message ${ok ? 'rectify-ok' : 'rectify-error'}`;
  node.textContent = text;
  said += 1;
  node.setAttribute('data-rectify-said', String(said));
}

const field = (label, input) => el('label', { class: 'rectify-field' }, el('span', {}, label), input);
const n = (value) => Number(value || 0).toLocaleString('en-US');

function table(id, headers, rows) {
  return el('table', { class: 'table table-condensed rectify-table', 'data-rectify-table': id },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: headers.length }, '暂无 None yet'))));
}

const PUBLICATION = { NONE: '未申请 Not requested', REQUESTED: '待批准 Awaiting approval', APPROVED: '已公示 Published' };
const STATES = { DRAWN: '已抽取 Drawn', INSPECTING: '待检查 To inspect', RECTIFYING: '整改中 Rectifying', DONE: '已完成 Done' };

/** One campaign: its state, the actions its state allows, its figures and its drawn units. */
async function campaignView(body, id, back) {
  body.innerHTML = '';
  const said = message('campaign');
  const c = await call('GET', `${API}/${id}`);
  const act = (label, key, run) => el('button', { type: 'button', class: 'btn btn-default btn-sm', 'data-rectify-do': key,
    onclick: async () => {
      try {
        const text = await run();
        await campaignView(body, id, back);
        say(body.querySelector('[data-rectify-message=campaign]'), text, true);
      } catch (error) {
        say(said, error.message, false);
      }
    } }, label);
  const seed = el('input', { type: 'number', name: 'seed', placeholder: '留空则随机 empty: random', style: 'width:14em' });
  const actions = el('div', { class: 'rectify-actions' });
  if (!c.drawnAt) {
    actions.append(field('抽取种子 Seed (e.g. a public lottery draw)', seed),
      act('随机抽取 Draw', 'draw', async () => {
        const drawn = await call('POST', `${API}/${id}/draw`, seed.value ? { seed: Number(seed.value) } : {});
        return `已抽取 ${drawn.unitsDrawn} 家单位，种子 seed ${drawn.drawSeed}`;
      }));
  } else {
    actions.append(act('复核抽取 Audit the draw', 'audit', async () => {
      const audit = await call('GET', `${API}/${id}/draw/audit`);
      return audit.matches ? `复核一致 The draw re-run from seed ${audit.seed} over ${audit.unitsInFrame} units gives the recorded result`
        : `复核不一致 The re-run differs from the recorded result (seed ${audit.seed})`;
    }));
    if (c.started < c.unitsDrawn) {
      actions.append(act(`启动检查 Start ${c.unitsDrawn - c.started} inspections`, 'start', async () => {
        const started = await call('POST', `${API}/${id}/start`);
        return `已启动 Started: ${started.started} 项检查已派给抽中的检查人员 inspections sent to their inspectors`;
      }));
    }
    if (c.publication === 'NONE') {
      actions.append(act('申请公示 Ask to publish', 'request-publication', async () => {
        await call('POST', `${API}/${id}/publication`);
        return '已申请，待另一名市场监管人员批准 Asked; another member of the bureau approves';
      }));
    } else if (c.publication === 'REQUESTED') {
      actions.append(act('批准公示 Approve the publication', 'approve-publication', async () => {
        await call('POST', `${API}/${id}/publication/approval`);
        return '已批准公示 Approved: the results are public';
      }));
    }
  }
  const links = el('p', {},
    el('a', { href: `${API}/${id}/report.docx`, 'data-rectify-link': 'report-docx' }, '工作总结（Word） Report (.docx)'), ' · ',
    el('a', { href: `${API}/${id}/report.html`, target: '_blank', 'data-rectify-link': 'report-html' }, '网页 Web page'), ' · ',
    el('a', { href: `${API}/${id}/report.html?lang=en`, target: '_blank' }, 'English'),
    c.publication === 'APPROVED' ? [' · ', el('a', { href: `/public/equipment-inspections/${id}`, target: '_blank',
      'data-rectify-link': 'public' }, '公示页面 Public page'), ' · ',
    el('a', { href: `/public/equipment-inspections/${id}/results.xlsx` }, '公示表 Public list (.xlsx)')] : '');
  const head = el('div', {},
    el('button', { type: 'button', class: 'btn btn-default btn-sm', 'data-rectify-back': '', onclick: back }, '← 返回 Back'),
    el('h4', { 'data-rectify-campaign': c.id }, c.name, el('small', {}, ` ${c.areaName} ${c.startDate} 至 to ${c.endDate}`)),
    el('dl', { class: 'rectify-facts' }, [
      ['抽取 Units to draw', c.targetUnits], ['已抽取 Drawn', c.unitsDrawn], ['已启动 Started', c.started],
      ['种子 Seed', c.drawSeed ?? '-'], ['公示 Publication', PUBLICATION[c.publication]],
      ['整改期限 Rectification', `${c.rectificationDays} 个工作日 working days`],
      ['范围 Scope', [c.townships.join('、'), c.scope].filter(Boolean).join('；') || '全县名录 The whole register']]
      .flatMap(([term, value]) => [el('dt', {}, term), el('dd', { 'data-rectify-fact': term }, String(value))])));
  body.append(head, actions, said, links);
  if (!c.drawnAt) return;
  const f = await call('GET', `${API}/${id}/figures`);
  body.append(el('p', { 'data-rectify-figures': '' },
    `检查 ${n(f.unitsInspected)} / ${n(f.unitsDrawn)} 家，设备 ${n(f.equipmentChecked)} 台，问题隐患 ${n(f.hazardsFound)} 条`
    + `（当场改正 ${n(f.correctedOnSpot)}，限期整改 ${n(f.ordered)}，已整改 ${n(f.rectified)}，整改中 ${n(f.stillOpen)}）；`
    + `执法人员 ${n(f.staffVisits)} 人次，车辆 ${n(f.vehicleTrips)} 台次；逾期未检设备 ${n(f.inspectionOverdue)} 台。`));
  body.append(publicityForm(id, () => campaignView(body, id, back)));
  const inspections = await call('GET', `${API}/${id}/inspections`);
  body.append(el('h5', {}, '抽中的单位 Units drawn'), table('inspections',
    ['#', '单位 Unit', '场所 Place', '乡镇 Township', '检查人员 Inspectors', '状态 State', '检查日期 Inspected', '设备 Pieces',
      '隐患 Hazards', '整改中 Open'],
    inspections.map((i) => el('tr', { 'data-rectify-inspection': i.id },
      el('td', {}, i.drawPosition), el('td', {}, `${i.unitName}（${i.creditCode}）`), el('td', {}, i.placeKind),
      el('td', {}, i.township), el('td', {}, `${i.inspectorOne}、${i.inspectorTwo}`), el('td', {}, STATES[i.state] || i.state),
      el('td', {}, i.inspectedOn || ''), el('td', {}, i.equipmentChecked), el('td', {}, i.hazardsFound),
      el('td', {}, i.stillOpen)))));
}

const PUBLICITY_FIELDS = [['textMessages', '短信 Text messages'], ['bigScreens', '大屏 Big screens'], ['banners', '横幅 Banners'],
  ['displayBoards', '展板 Display boards'], ['publicityVehicles', '宣传车 Vehicles'], ['leaflets', '资料 Leaflets'],
  ['booklets', '单行本 Booklets'], ['consultations', '咨询 People advised']];

function publicityForm(id, reload) {
  const said = message('publicity');
  const form = el('form', { class: 'rectify-action', 'data-rectify-form': 'publicity', style: 'max-width:none' },
    el('h5', {}, '记录宣传 Record publicity'),
    el('div', { style: 'display:flex;flex-wrap:wrap;gap:8px' },
      field('日期 Date', el('input', { type: 'date', name: 'recordedOn', required: true, value: new Date().toISOString().slice(0, 10) })),
      field('活动 Occasion', el('input', { name: 'occasion', maxlength: 200 })),
      PUBLICITY_FIELDS.map(([name, label]) => field(label, el('input', { type: 'number', name, min: 0, value: 0, style: 'width:7em' })))),
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '保存 Save'), said);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const entry = { recordedOn: form.elements.recordedOn.value, occasion: form.elements.occasion.value.trim() || null };
    PUBLICITY_FIELDS.forEach(([name]) => { entry[name] = Number(form.elements[name].value || 0); });
    try {
      await call('POST', `${API}/${id}/publicity`, entry);
      await reload();
    } catch (error) {
      say(said, error.message, false);
    }
  });
  return form;
}

function campaignsView(body) {
  body.innerHTML = '';
  const said = message('campaigns');
  const list = el('div');
  const load = async () => {
    const campaigns = await call('GET', API);
    list.innerHTML = '';
    list.append(table('campaigns', ['行动 Campaign', '期间 Period', '抽取 Units', '状态 State', ''],
      campaigns.map((c) => el('tr', { 'data-rectify-campaign-row': c.id },
        el('td', {}, c.name), el('td', {}, `${c.startDate} 至 ${c.endDate}`), el('td', {}, `${c.unitsDrawn} / ${c.targetUnits}`),
        el('td', {}, c.drawnAt ? PUBLICATION[c.publication] : '未抽取 Not drawn'),
        el('td', {}, el('button', { type: 'button', class: 'btn btn-default btn-sm', 'data-rectify-open': c.id,
          onclick: () => campaignView(body, c.id, () => campaignsView(body)).catch((error) => say(said, error.message, false)) },
        '打开 Open'))))));
  };
  const form = el('form', { class: 'rectify-action', 'data-rectify-form': 'campaign' },
    el('h5', {}, '新建检查行动 Plan a campaign'),
    field('名称 Name', el('input', { name: 'name', required: true, maxlength: 200 })),
    field('地区 Area', el('input', { name: 'areaName', required: true, maxlength: 100, value: '景泰县' })),
    field('开始 Start', el('input', { type: 'date', name: 'startDate', required: true })),
    field('结束 End', el('input', { type: 'date', name: 'endDate', required: true })),
    field('抽取单位数 Units to draw', el('input', { type: 'number', name: 'targetUnits', required: true, min: 1, value: 82 })),
    field('乡镇（顿号或逗号分隔，留空为全县） Townships (empty: all)', el('input', { name: 'townships' })),
    field('整改工作日 Working days to rectify', el('input', { type: 'number', name: 'rectificationDays', min: 1, max: 120, value: 10 })),
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '新建 Create'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name].value.trim();
    try {
      const created = await call('POST', API, { name: value('name'), areaName: value('areaName'), startDate: value('startDate'),
        endDate: value('endDate'), targetUnits: Number(value('targetUnits')), rectificationDays: Number(value('rectificationDays')),
        townships: value('townships') ? value('townships').split(/[、,，\s]+/).filter(Boolean) : [] });
      say(said, `已新建 Created: ${created.name}`, true);
      form.reset();
      await load();
    } catch (error) {
      say(said, error.message, false);
    }
  });
  body.append(said, list, form);
  load().catch((error) => say(said, error.message, false));
}

function registerView(body) {
  body.innerHTML = '';
  const said = message('register');
  const report = el('div', { 'data-rectify-import-report': '' });
  const file = el('input', { type: 'file', name: 'file', accept: '.xlsx' });
  const upload = el('form', { class: 'rectify-action', 'data-rectify-form': 'register' },
    el('h5', {}, '导入名录 Import the register'),
    el('p', {}, el('a', { href: '/api/equipment/register-template' }, '下载模板 Download the template'),
      '：第一个工作表为使用单位，第二个为特种设备 units on the first sheet, their equipment on the second'),
    file, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '导入 Import'), report);
  const summary = el('div');
  const load = async () => {
    const [units, overdue, inspectors] = await Promise.all([call('GET', '/api/equipment/units'),
      call('GET', '/api/equipment/overdue'), call('GET', '/api/equipment/inspectors')]);
    summary.innerHTML = '';
    summary.append(el('p', { 'data-rectify-register': units.length },
      `名录 Register: ${n(units.length)} 家单位 units，${n(units.reduce((s, u) => s + u.equipment, 0))} 台设备 pieces`),
    el('h5', {}, `逾期未检设备 Equipment overdue for statutory inspection (${overdue.length})`),
    table('overdue', ['登记证编号 Registration', '种类 Kind', '使用单位 Unit', '应检日期 Due', '逾期天数 Days late'],
      overdue.slice(0, 200).map((e) => el('tr', {}, el('td', {}, e.registrationNumber), el('td', {}, e.kind),
        el('td', {}, e.unitName), el('td', {}, e.inspectionDue), el('td', {}, e.daysOverdue)))),
    el('h5', {}, `检查人员 Inspectors (${inspectors.length})`),
    table('inspectors', ['用户 User', '证书 Certificate', '乡镇 Township', '在岗 Active'],
      inspectors.map((i) => el('tr', {}, el('td', {}, i.userId), el('td', {}, i.certificateNumber), el('td', {}, i.township),
        el('td', {}, i.active ? '是 Yes' : '否 No')))));
  };
  upload.addEventListener('submit', async (event) => {
    event.preventDefault();
    report.innerHTML = '';
    if (!file.files.length) {
      say(said, 'file: 请选择 .xlsx 文件 choose the .xlsx file', false);
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    say(said, '导入中… Importing…', true);
    try {
      const done = await call('POST', '/api/equipment/register/import', data);
      say(said, `已导入 Imported: ${done.units} 家单位 units, ${done.equipment} 台设备 pieces（逾期未检 ${done.inspectionOverdue}）`, true);
      await load();
    } catch (error) {
      say(said, error.message, false);
      if (error.problem && error.problem.errors) {
        report.append(table('import-errors', ['工作表 Sheet', '行 Row', '列 Column', '问题 Problem'],
          error.problem.errors.map((e) => el('tr', {}, el('td', {}, e.sheet || ''), el('td', {}, e.row || ''),
            el('td', {}, e.column || ''), el('td', {}, e.reason)))));
      }
    }
  });
  const inspector = el('form', { class: 'rectify-action', 'data-rectify-form': 'inspector' },
    el('h5', {}, '登记检查人员 Register an inspector'),
    field('用户 User (market-regulation)', el('input', { name: 'userId', required: true })),
    field('证书编号 Certificate', el('input', { name: 'certificateNumber', required: true })),
    field('所在乡镇 Township', el('input', { name: 'township', required: true })),
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '登记 Register'));
  inspector.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await call('POST', '/api/equipment/inspectors', { userId: inspector.elements.userId.value.trim(),
        certificateNumber: inspector.elements.certificateNumber.value.trim(), township: inspector.elements.township.value.trim() });
      say(said, `已登记 Registered: ${saved.userId}`, true);
      inspector.reset();
      await load();
    } catch (error) {
      say(said, error.message, false);
    }
  });
  body.append(said, el('div', { class: 'rectify-actions' }, upload, inspector), summary);
  load().catch((error) => say(said, error.message, false));
}

const VIEWS = [['campaigns', '检查行动 Campaigns'], ['register', '名录和检查人员 Registers']];

/** The inspections panel in {@code node}: campaigns (draw, start, publicity, publication) and the registers. */
export function equipmentPanel(node, start = 'campaigns') {
  addStyle();
  const body = el('div', { class: 'rectify-panel-body' });
  const tabs = el('ul', { class: 'nav nav-tabs' });
  const show = (view) => {
    tabs.innerHTML = '';
    VIEWS.forEach(([key, label]) => tabs.append(el('li', { class: key === view ? 'active' : '' },
      el('a', { href: '', 'data-rectify-view': key, onclick: (event) => { event.preventDefault(); show(key); } }, label))));
    if (view === 'register') registerView(body);
    else campaignsView(body);
  };
  node.append(tabs, body);
  show(start);
}
