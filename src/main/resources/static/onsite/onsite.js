// 现场检查 On-site checks: the inspector's open on-site tasks on a phone, offline once loaded.
// Login is the webapps' own (the session Tasklist uses); the server's access policy decides which
// tasks come. Each task's checklist is drawn from its deployed Camunda Form, so designers edit one
// form. Results and photos wait in IndexedDB until there is a connection, then go as one request
// that the server takes whole or not at all; a task completed elsewhere meanwhile is refused and the
// inspector is told. Nothing queued is lost when the page is closed.

const LOGIN = '/camunda/api/admin/auth/user/default/login/tasklist';
const ME = '/camunda/api/admin/auth/user/default';
const app = document.getElementById('app');
// our own requests: JSON, and no browser login dialog on a 401 (the page shows its own login)
const SCRIPT = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
const network = document.getElementById('network');

// ---------------------------------------------------------------- IndexedDB: tasks, queue, session

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('rectify-onsite', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('state');
      db.createObjectStore('queue', { keyPath: 'clientKey' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const dbReady = openDb();

async function store(name, mode, work) {
  const db = await dbReady;
  return new Promise((resolve, reject) => {
    const tx = db.transaction(name, mode);
    const result = work(tx.objectStore(name));
    tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
    tx.onerror = () => reject(tx.error);
  });
}

const getState = (key) => store('state', 'readonly', (s) => s.get(key));
const putState = (key, value) => store('state', 'readwrite', (s) => s.put(value, key));
const queued = () => store('queue', 'readonly', (s) => s.getAll());
const enqueue = (item) => store('queue', 'readwrite', (s) => s.put(item));
const dequeue = (clientKey) => store('queue', 'readwrite', (s) => s.delete(clientKey));

// ---------------------------------------------------------------- small helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

const day = (value) => (value ? String(value).slice(0, 10) : '');
const now = () => new Date().toISOString();
const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
  : `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}-${Math.random().toString(16).slice(2)}`);

function message(text, kind, id) {
  return el('div', { class: `message ${kind}`, role: 'status', 'data-onsite-message': id || kind }, text);
}

function showNetwork() {
  network.textContent = navigator.onLine ? '在线 Online' : '离线 Offline';
  network.className = navigator.onLine ? '' : 'offline';
}

/** The webapps' CSRF token: fetched once per session, sent with every changing request. */
async function csrfToken(refresh = false) {
  let token = refresh ? null : await getState('csrf');
  if (!token) {
    const response = await fetch(ME, { headers: { 'X-XSRF-TOKEN': 'Fetch', Accept: 'application/json' }, credentials: 'same-origin' });
    token = response.headers.get('X-XSRF-TOKEN');
    if (token) await putState('csrf', token);
  }
  return token || '';
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const json = JSON.parse(text);
    return json.detail || json.message || `HTTP ${response.status}`;
  } catch (notJson) {
    return `HTTP ${response.status}`;
  }
}

// ---------------------------------------------------------------- login and the task list

async function login(user, password) {
  const token = await csrfToken(true);
  const response = await fetch(LOGIN, { method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token, Accept: 'application/json' },
    body: new URLSearchParams({ username: user, password }) });
  if (!response.ok) throw new Error('用户名或密码错误 Wrong user name or password');
  // a login starts a new session and so a new token
  const fresh = response.headers.get('X-XSRF-TOKEN');
  await putState('csrf', fresh || await csrfToken(true));
  await putState('user', user);
}

/** Loads the tasks (with forms and values) and keeps them for offline use; offline, the kept ones. */
async function loadTasks() {
  try {
    const response = await fetch('/api/on-site/tasks', { credentials: 'same-origin', headers: SCRIPT });
    if (response.status === 401 || response.status === 403) return { needsLogin: true };
    if (!response.ok) throw new Error(await problemOf(response));
    const tasks = await response.json();
    await putState('tasks', { tasks, loadedAt: now() });
    return { tasks, loadedAt: now(), fresh: true };
  } catch (error) {
    if (error instanceof TypeError) {
      const kept = await getState('tasks');
      return kept ? { ...kept, fresh: false } : { tasks: [], loadedAt: null, fresh: false };
    }
    throw error;
  }
}

function loginView(note) {
  app.innerHTML = '';
  const user = el('input', { type: 'text', name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const said = el('div');
  const form = el('form', { class: 'card', 'data-onsite-login': '' },
    el('h2', {}, '登录 Log in'), note ? message(note, 'wait') : '',
    el('label', {}, '用户名 User', user), el('label', {}, '密码 Password', password),
    el('button', { type: 'submit', class: 'primary' }, '登录 Log in'), said);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    said.innerHTML = '';
    try {
      await login(user.value.trim(), password.value);
      // what waited for the login goes now
      const outcomes = await sync();
      const refused = outcomes.filter((o) => !o.ok);
      await listView(refused.length ? message(refused.map((o) => o.message).join('\n'), 'error', 'refused')
        : outcomes.length ? message(`已提交 ${outcomes.length} 项 result(s) sent`, 'ok', 'sent') : undefined);
    } catch (error) {
      said.append(message(error instanceof TypeError ? '无网络，无法登录 No connection: log in once online' : error.message, 'error'));
    }
  });
  app.append(form);
}

async function listView(note) {
  const loaded = await loadTasks();
  if (loaded.needsLogin) {
    loginView(note);
    return;
  }
  const pending = await queued();
  app.innerHTML = '';
  if (note) app.append(note);
  const user = await getState('user');
  app.append(el('p', { class: 'meta' }, `${user || ''} · ${loaded.fresh ? '已更新 Updated' : '离线副本 Offline copy'} ${loaded.loadedAt ? loaded.loadedAt.slice(0, 16).replace('T', ' ') : ''}`));
  if (pending.length) {
    app.append(el('h2', {}, `待提交 Waiting to send (${pending.filter((p) => p.state === 'queued').length})`));
    pending.forEach((item) => app.append(el('div', { class: `card ${item.state}`, 'data-onsite-queued': item.taskId },
      el('h3', {}, item.taskName), el('div', { class: 'meta' }, item.subject || ''),
      item.state === 'queued' ? el('div', { class: 'meta' }, `已保存于 saved ${item.savedAt.slice(0, 16).replace('T', ' ')}，联网后自动提交 sent when online · 照片 ${item.photos.length} photos`)
        : [message(item.message, 'error', 'refused'), el('button', { type: 'button', class: 'secondary', onclick: async () => { await dequeue(item.clientKey); await listView(); } }, '知道了 Dismiss')])));
  }
  const waiting = new Set(pending.filter((p) => p.state === 'queued').map((p) => p.taskId));
  const open = loaded.tasks.filter((t) => !waiting.has(t.id));
  app.append(el('h2', {}, `我的现场任务 My on-site tasks (${open.length})`));
  if (!open.length) app.append(el('p', { class: 'card' }, '暂无 None'));
  open.forEach((task) => app.append(el('button', { type: 'button', class: 'card task', 'data-onsite-task': task.id,
    onclick: () => taskView(task) },
  el('h3', {}, task.name), el('div', {}, task.subject || ''), el('div', { class: 'meta' },
    `${task.creditCode || ''} · 到期 due ${day(task.due)}${task.assignee ? ` · 已签收 claimed by ${task.assignee}` : ''}`))));
  app.append(el('button', { type: 'button', class: 'secondary', 'data-onsite-refresh': '', onclick: () => listView() }, '刷新 Refresh'));
}

// ---------------------------------------------------------------- one task: its form, photos, signature

/** Whether a component is hidden by its simple FEEL condition (=key = "X", =key != "X", =not(key), =key). */
function hidden(component, values) {
  const condition = component.conditional && component.conditional.hide;
  if (!condition) return false;
  const text = condition.replace(/^=/, '').trim();
  let match = /^(\w+)\s*(!=|=)\s*"([^"]*)"$/.exec(text);
  if (match) return match[2] === '=' ? values[match[1]] === match[3] : values[match[1]] !== match[3];
  match = /^not\((\w+)\)$/.exec(text);
  if (match) return !values[match[1]];
  match = /^(\w+)$/.exec(text);
  return match ? Boolean(values[match[1]]) : false;
}

/** Draws the deployed form's components; returns the editable fields by key. */
function drawForm(components, values, parent, fields) {
  for (const c of components || []) {
    if (hidden(c, values)) continue;
    const label = c.label || c.dateLabel || c.key;
    const value = values[c.key];
    if (c.type === 'text') {
      parent.append(el('h2', {}, String(c.text || '').replace(/^#+\s*/, '')));
    } else if (c.type === 'group') {
      const set = el('fieldset', {}, el('legend', {}, c.label || ''));
      drawForm(c.components, values, set, fields);
      parent.append(set);
    } else if (c.readonly || c.disabled) {
      if (value !== undefined && value !== null && value !== '') {
        parent.append(el('label', {}, label), el('pre', { class: 'context', 'data-onsite-context': c.key }, String(value)));
      }
    } else if (c.type === 'checkbox') {
      const box = el('input', { type: 'checkbox', name: c.key, checked: value === true });
      parent.append(el('label', { class: 'check' }, box, label));
      fields[c.key] = { component: c, input: box };
    } else if (['textfield', 'textarea', 'number', 'datetime', 'select', 'radio'].includes(c.type)) {
      const required = Boolean(c.validate && c.validate.required);
      let input;
      if (c.type === 'textarea') input = el('textarea', { name: c.key, maxlength: c.validate && c.validate.maxLength });
      else if (c.type === 'number') input = el('input', { type: 'number', name: c.key, min: c.validate && c.validate.min, max: c.validate && c.validate.max, inputmode: 'numeric' });
      else if (c.type === 'datetime') input = el('input', { type: 'date', name: c.key });
      else if (c.type === 'select' || c.type === 'radio') {
        const options = c.values || (c.valuesKey && values[c.valuesKey]) || [];
        input = el('select', { name: c.key }, el('option', { value: '' }, '— 请选择 Choose —'),
          options.map((o) => el('option', { value: o.value }, o.label)));
      } else input = el('input', { type: 'text', name: c.key, maxlength: c.validate && c.validate.maxLength });
      if (value !== undefined && value !== null) input.value = c.type === 'datetime' ? day(value) : String(value);
      parent.append(el('label', {}, `${label}${required ? ' *' : ''}`, input),
        c.description ? el('div', { class: 'meta' }, c.description) : '');
      fields[c.key] = { component: c, input, required };
    }
  }
}

/** The fields as engine REST variables; the first missing required field's label, if any. */
function variablesOf(fields) {
  const variables = {};
  for (const [key, { component, input, required }] of Object.entries(fields)) {
    if (component.type === 'checkbox') {
      variables[key] = { value: input.checked, type: 'Boolean' };
      continue;
    }
    const text = input.value.trim();
    if (!text) {
      if (required) return { missing: component.label || component.dateLabel || key };
      continue;
    }
    if (component.type === 'number') {
      const number = Number(text);
      variables[key] = { value: number, type: Number.isInteger(number) ? 'Long' : 'Double' };
    } else {
      variables[key] = { value: text, type: 'String' };
    }
  }
  return { variables };
}

/** The device's position now, when it gives one within a few seconds. */
function position() {
  return new Promise((resolve) => {
    if (!navigator.geolocation) { resolve(null); return; }
    navigator.geolocation.getCurrentPosition((p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(null), { enableHighAccuracy: true, timeout: 5000, maximumAge: 60000 });
  });
}

async function taskView(task) {
  app.innerHTML = '';
  const photos = [];
  const fields = {};
  const form = el('form', { class: 'card', 'data-onsite-form': task.id });
  drawForm(task.form.components, task.values || {}, form, fields);
  const gallery = el('div', { class: 'photos', 'data-onsite-photos': '' });
  const camera = el('input', { type: 'file', name: 'photos', accept: 'image/jpeg,image/png,image/webp', capture: 'environment', multiple: true });
  camera.addEventListener('change', async () => {
    const where = await position();
    for (const file of camera.files) {
      photos.push({ blob: file, name: file.name, type: file.type, takenAt: new Date(file.lastModified || Date.now()).toISOString(),
        latitude: where && where.latitude, longitude: where && where.longitude });
      gallery.append(el('figure', {}, el('img', { src: URL.createObjectURL(file), alt: file.name }),
        el('figcaption', {}, `${file.name}${where ? ` · ${where.latitude.toFixed(5)}, ${where.longitude.toFixed(5)}` : ''}`)));
    }
    camera.value = '';
  });
  const user = await getState('user');
  const signer = el('input', { type: 'text', name: 'signedName', value: user || '', maxlength: 100, required: true });
  const said = el('div');
  form.append(el('fieldset', {}, el('legend', {}, '现场照片 Photos'),
    el('label', {}, '拍照或选择照片 Take or choose photos (JPEG, PNG, WebP)', camera), gallery),
  el('fieldset', {}, el('legend', {}, '签名 Signature'), el('label', {}, '检查人员姓名 Inspector\'s name *', signer)),
  el('button', { type: 'submit', class: 'primary', 'data-onsite-submit': '' }, '提交 Submit'),
  el('button', { type: 'button', class: 'secondary', onclick: () => listView() }, '返回 Back'), said);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    said.innerHTML = '';
    const { variables, missing } = variablesOf(fields);
    if (missing) { said.append(message(`请填写 Please fill in: ${missing}`, 'error')); return; }
    if (!signer.value.trim()) { said.append(message('请签名 Please sign with your name', 'error')); return; }
    const item = { clientKey: uuid(), taskId: task.id, taskName: task.name, subject: task.subject, variables,
      signedName: signer.value.trim(), signedAt: now(), savedAt: now(), photos, state: 'queued' };
    await enqueue(item);
    const sent = await sync();
    const outcome = sent.find((s) => s.clientKey === item.clientKey);
    if (outcome && outcome.ok) await listView(message(`已提交 Submitted: ${task.name}${outcome.photos ? `，照片 ${outcome.photos} 张 photos` : ''}`, 'ok', 'sent'));
    else if (outcome && !outcome.ok) await listView(message(outcome.message, 'error', 'refused'));
    else await listView(message('已保存在本机，联网后自动提交 Saved on this phone; it is sent when the connection returns', 'wait', 'saved'));
  });
  app.append(el('p', { class: 'meta' }, `${task.subject || ''} ${task.creditCode ? `（${task.creditCode}）` : ''} · 到期 due ${day(task.due)}`), form);
}

// ---------------------------------------------------------------- sending what waits

let syncing = null;

/** Sends every queued result; answers what became of each one tried. */
function sync() {
  if (!syncing) syncing = send().finally(() => { syncing = null; });
  return syncing;
}

async function send() {
  const outcomes = [];
  if (!navigator.onLine) return outcomes;
  for (const item of await queued()) {
    if (item.state !== 'queued') continue;
    const data = new FormData();
    data.append('submission', new Blob([JSON.stringify({ variables: item.variables, signedName: item.signedName,
      signedAt: item.signedAt, clientKey: item.clientKey,
      photos: item.photos.map((p) => ({ takenAt: p.takenAt, latitude: p.latitude ?? null, longitude: p.longitude ?? null })) })],
    { type: 'application/json' }));
    item.photos.forEach((p) => data.append('photos', p.blob, p.name));
    let response;
    try {
      response = await fetch(`/api/on-site/tasks/${encodeURIComponent(item.taskId)}/result`, { method: 'POST', body: data,
        credentials: 'same-origin', headers: { ...SCRIPT, 'X-XSRF-TOKEN': await csrfToken() } });
    } catch (offline) {
      return outcomes;
    }
    if (response.ok) {
      const visit = await response.json();
      await dequeue(item.clientKey);
      outcomes.push({ clientKey: item.clientKey, ok: true, photos: visit.photos.length });
    } else if (response.status === 401 || response.status === 403) {
      // the session ended (or its token changed): kept, and sent after the next login
      await putState('csrf', null);
      outcomes.push({ clientKey: item.clientKey, ok: false, message: '请重新登录后自动提交 Log in again; the result is kept and sent then' });
      return outcomes;
    } else {
      item.state = 'refused';
      item.message = `「${item.taskName}」未提交 not recorded: ${await problemOf(response)}`;
      await enqueue(item);
      outcomes.push({ clientKey: item.clientKey, ok: false, message: item.message });
    }
  }
  return outcomes;
}

window.addEventListener('online', async () => {
  showNetwork();
  const outcomes = await sync();
  if (outcomes.length) {
    const sent = outcomes.filter((o) => o.ok).length;
    const refused = outcomes.filter((o) => !o.ok);
    await listView(refused.length ? message(refused.map((o) => o.message).join('\n'), 'error', 'refused')
      : message(`已联网，已提交 ${sent} 项 Back online: ${sent} result(s) sent`, 'ok', 'sent'));
  }
});
window.addEventListener('offline', showNetwork);

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/onsite/sw.js', { scope: '/onsite/' }).catch(() => {});
}
showNetwork();
sync().then((outcomes) => listView(outcomes.length ? message(`已提交 ${outcomes.filter((o) => o.ok).length} 项 result(s) sent`, 'ok', 'sent') : undefined))
  .catch((error) => { app.innerHTML = ''; app.append(message(error.message, 'error')); });
