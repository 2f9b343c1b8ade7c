// 案件 Cases: the case search, opening a case and the register of design and evaluation firms, as a
// panel inside Tasklist (its navbar) on the webapp session. A result opens its case file in place.
import { addStyle, call, el, showCaseFile } from './rectify-case-file.js';

const FIRM_KINDS = [['DESIGN_FIRM', '设计单位 Design firm'], ['EVALUATION_FIRM', '安全评价机构 Safety evaluation firm']];

function message(id) {
  return el('div', { class: 'rectify-message', role: 'status', 'data-rectify-message': id });
}

function say(node, text, ok) {
  node.className = `rectify-message ${ok ? 'rectify-ok' : 'rectify-error'}`;
  node.textContent = text;
}

const field = (label, input) => el('label', { class: 'rectify-field' }, el('span', {}, label), input);
const options = (terms) => terms.map((t) => el('option', { value: t.code }, t.label));

function searchView(body, showCase) {
  const results = el('div', { 'data-rectify-results': '' });
  const form = el('form', { class: 'rectify-search', 'data-rectify-form': 'search' });
  const said = message('search');
  const select = (name) => el('select', { name }, el('option', { value: '' }, '全部 Any'));
  form.append(
    field('统一社会信用代码（开头） Credit code (its start)', el('input', { name: 'creditCode', maxlength: 18 })),
    field('企业名称（任意部分） Name (any part)', el('input', { name: 'name', maxlength: 200 })),
    field('整治行动 Campaign', select('campaignId')),
    field('阶段 Stage', select('stage')),
    field('处置 Disposition', select('disposition')),
    field('牵头部门 Lead agency', select('agency')),
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '查询 Search'), said);
  // the choices, with their bilingual names, from the server
  call('GET', '/api/cases/terms').then((terms) => {
    form.elements.stage.append(...options(terms.stages));
    form.elements.disposition.append(...options(terms.dispositions));
    form.elements.agency.append(...options(terms.agencies));
  }).catch((error) => say(said, error.message, false));
  // the campaigns, for those who may read them
  call('GET', '/api/campaigns').then((campaigns) => campaigns.forEach((c) =>
    form.elements.campaignId.append(el('option', { value: c.id }, c.name)))).catch(() => {});
  const search = async (page) => {
    const query = new URLSearchParams({ page: String(page), size: '20' });
    ['creditCode', 'name', 'campaignId', 'stage', 'disposition', 'agency'].forEach((name) => {
      const value = form.elements[name] && form.elements[name].value.trim();
      if (value) query.set(name, value);
    });
    results.innerHTML = '';
    try {
      const found = await call('GET', `/api/cases?${query}`);
      say(said, `共 ${found.total} 件 ${found.total} case(s)`, true);
      results.append(el('table', { class: 'table table-condensed rectify-table', 'data-rectify-table': 'cases', 'data-rectify-total': found.total },
        el('thead', {}, el('tr', {}, ['案件 Case', '统一社会信用代码 Credit code', '企业 Enterprise', '阶段 Stage', '处置 Disposition',
          '结果 Outcome', '牵头部门 Lead agency', '立案 Opened'].map((h) => el('th', {}, h)))),
        el('tbody', {}, found.items.map((c) => el('tr', { 'data-rectify-case': c.id },
          el('td', {}, el('a', { href: '', 'data-rectify-open': c.id, onclick: (event) => { event.preventDefault(); showCase(c.id); } }, `${c.id}`)),
          el('td', {}, c.creditCode), el('td', {}, c.enterpriseName), el('td', {}, c.stageLabel), el('td', {}, c.dispositionLabel || '-'),
          el('td', {}, c.outcomeLabel || '未结案 Open'), el('td', {}, c.supervisingAgencyLabel || '-'),
          el('td', {}, String(c.openedAt || '').slice(0, 10)))))));
      const pages = Math.ceil(found.total / found.size);
      if (pages > 1) {
        results.append(el('p', {}, `第 ${page + 1} / ${pages} 页 Page ${page + 1} of ${pages} `,
          page > 0 ? el('button', { type: 'button', class: 'btn btn-default btn-xs', onclick: () => search(page - 1) }, '上一页 Previous') : '',
          page + 1 < pages ? el('button', { type: 'button', class: 'btn btn-default btn-xs', onclick: () => search(page + 1) }, '下一页 Next') : ''));
      }
    } catch (error) {
      say(said, error.message, false);
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); search(0); });
  body.append(form, results);
  search(0);
}

function openCaseView(body, showCase) {
  const said = message('open-case');
  const form = el('form', { class: 'rectify-search', 'data-rectify-form': 'open-case' },
    el('p', {}, '区化治办、镇经贸中心为名录外的企业立案；案件从调查摸底开始。The district office or the town economic centre opens a case; it starts with the survey.'),
    field('统一社会信用代码 Credit code (18)', el('input', { name: 'creditCode', required: true, maxlength: 18, minlength: 18 })),
    field('企业名称 Name', el('input', { name: 'name', required: true, maxlength: 200 })),
    field('企业类型 Type', el('select', { name: 'businessType', required: true },
      el('option', { value: 'PRODUCER' }, '化工生产企业 Producer'), el('option', { value: 'DISTRIBUTOR' }, '化工流通企业 Distributor'))),
    field('镇（街道） Township', el('input', { name: 'township', maxlength: 100 })),
    field('村（社区） Village', el('input', { name: 'village', maxlength: 100 })),
    field('地址 Address', el('input', { name: 'address', maxlength: 300 })),
    field('法定代表人 Legal representative', el('input', { name: 'legalRepresentative', maxlength: 100 })),
    field('联系电话 Phone', el('input', { name: 'contactPhone', maxlength: 50 })),
    field('整治行动 Campaign', el('select', { name: 'campaignId' }, el('option', { value: '' }, '不属于整治行动 None'))),
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '立案 Open the case'), said);
  call('GET', '/api/campaigns').then((campaigns) => campaigns.forEach((c) =>
    form.elements.campaignId.append(el('option', { value: c.id }, c.name)))).catch(() => {});
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name].value.trim() || null;
    const enterprise = {};
    ['creditCode', 'name', 'businessType', 'township', 'village', 'address', 'legalRepresentative', 'contactPhone']
      .forEach((name) => { enterprise[name] = value(name); });
    try {
      const opened = await call('POST', '/api/cases', { enterprise, campaignId: value('campaignId') && Number(value('campaignId')) });
      say(said, `已立案 Case ${opened.id} opened`, true);
      showCase(opened.id);
    } catch (error) {
      say(said, error.message, false);
    }
  });
  body.append(form);
}

function firmsView(body) {
  const said = message('firms');
  const list = el('div', { 'data-rectify-firms': '' });
  const form = el('form', { class: 'rectify-search', 'data-rectify-form': 'firm' });
  let editing = null;
  const reset = () => {
    editing = null;
    form.reset();
    form.querySelector('button[type=submit]').textContent = '登记 Register';
  };
  form.append(
    el('p', {}, '区化治办登记、修改中介机构；资质有效的机构出现在企业承诺书的选择中。The district office registers and edits firms; qualified ones are offered on the commitment form.'),
    field('类别 Kind', el('select', { name: 'kind', required: true }, FIRM_KINDS.map(([code, label]) => el('option', { value: code }, label)))),
    field('名称 Name', el('input', { name: 'name', required: true, maxlength: 200 })),
    field('资质 Qualification', el('input', { name: 'qualification', required: true, maxlength: 200 })),
    field('证书编号 Certificate number', el('input', { name: 'certificateNumber', required: true, maxlength: 100 })),
    field('证书有效期至 Certificate valid until', el('input', { name: 'certificateExpiry', type: 'date', required: true })),
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '登记 Register'),
    el('button', { type: 'button', class: 'btn btn-default btn-sm', onclick: reset }, '清空 Clear'), said);
  const load = async () => {
    list.innerHTML = '';
    const firms = await call('GET', '/api/intermediaries');
    list.append(el('table', { class: 'table table-condensed rectify-table', 'data-rectify-table': 'firms' },
      el('thead', {}, el('tr', {}, ['编号 No.', '类别 Kind', '名称 Name', '资质 Qualification', '证书 Certificate', '有效期至 Valid until', '状态 Status', '']
        .map((h) => el('th', {}, h)))),
      el('tbody', {}, firms.map((f) => el('tr', { 'data-rectify-firm': f.name },
        el('td', {}, f.id), el('td', {}, (FIRM_KINDS.find(([code]) => code === f.kind) || [0, f.kind])[1]), el('td', {}, f.name),
        el('td', {}, f.qualification), el('td', {}, f.certificateNumber), el('td', {}, f.certificateExpiry),
        el('td', {}, f.qualified ? '有效 Qualified' : '已过期 Expired'),
        el('td', {}, el('button', { type: 'button', class: 'btn btn-default btn-xs', onclick: () => {
          editing = f.id;
          ['kind', 'name', 'qualification', 'certificateNumber', 'certificateExpiry'].forEach((name) => { form.elements[name].value = f[name]; });
          form.querySelector('button[type=submit]').textContent = `保存修改 Save firm ${f.id}`;
        } }, '修改 Edit')))))));
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const firm = {};
    ['kind', 'name', 'qualification', 'certificateNumber', 'certificateExpiry'].forEach((name) => { firm[name] = form.elements[name].value.trim(); });
    try {
      const saved = editing ? await call('PUT', `/api/intermediaries/${editing}`, firm) : await call('POST', '/api/intermediaries', firm);
      say(said, editing ? `已保存 Saved: ${saved.name}` : `已登记 Registered: ${saved.name}（编号 No. ${saved.id}）`, true);
      reset();
      await load();
    } catch (error) {
      say(said, error.message, false);
    }
  });
  body.append(form, list);
  load().catch((error) => say(said, error.message, false));
}

const VIEWS = [['search', '案件查询 Search cases'], ['open', '立案 Open a case'], ['firms', '中介机构 Firms']];

/** The cases panel in {@code node}: search, open a case, firms; a case shows its file with a way back. */
export function casesPanel(node, start = 'search') {
  addStyle();
  const body = el('div', { class: 'rectify-panel-body' });
  const tabs = el('ul', { class: 'nav nav-tabs' });
  const showCase = (id) => {
    body.innerHTML = '';
    const back = el('button', { type: 'button', class: 'btn btn-default btn-sm', 'data-rectify-back': '', onclick: () => show('search') }, '← 返回查询 Back to the search');
    const holder = el('div');
    body.append(back, holder);
    showCaseFile(holder, () => call('GET', `/api/cases/${id}`));
  };
  const show = (view) => {
    tabs.innerHTML = '';
    VIEWS.forEach(([key, label]) => tabs.append(el('li', { class: key === view ? 'active' : '' },
      el('a', { href: '', 'data-rectify-view': key, onclick: (event) => { event.preventDefault(); show(key); } }, label))));
    body.innerHTML = '';
    if (view === 'open') openCaseView(body, showCase);
    else if (view === 'firms') firmsView(body);
    else searchView(body, showCase);
  };
  node.append(tabs, body);
  show(start);
  return { showCase, show };
}
