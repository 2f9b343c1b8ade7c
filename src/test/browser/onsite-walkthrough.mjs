// 现场检查 On-site checks on a phone (the /onsite/ page), in headless Chromium with a phone's screen and
// touch: a case is driven over engine REST to 关闭核查 Verify the closure. safety1 logs in on the phone,
// loads the task, loses the connection (DevTools offline emulation), ticks the checklist, takes two
// photos and signs; the result waits on the phone, also when the page is closed and opened again
// offline. A colleague's phone (safety2) loaded the same task and submits it offline too. When
// safety1's connection returns the task is completed once with both photos in the case file; when
// safety2's returns, the phone says the task was completed elsewhere and nothing of it is recorded.
// Screenshots saved to OUT_DIR.
//
//   BASE_URL=http://localhost:8080 node src/test/browser/onsite-walkthrough.mjs
import { devices } from 'playwright-core';
import {
  BASE_URL, PASSWORD, api, assert, creditCode, daysFromNow, restSurveyAndReview, restTaskId, restWork, runWalkthrough,
  screenshotPath, setCurrentPage, setShotPrefix, step,
} from './lib.mjs';

const PHONE = devices['Pixel 7'];
const ONSITE = `${BASE_URL}/onsite/`;

/** A phone's browser: its screen, touch, Chinese, China's time, and a GPS fix near the plant. */
async function phone(browser) {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    geolocation: { latitude: 31.1628, longitude: 120.6402, accuracy: 15 }, permissions: ['geolocation'] });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  setCurrentPage(page);
  page.on('pageerror', (error) => process.stderr.write(`[phone] page error: ${error.message}\n`));
  return { context, page };
}

async function shot(page, name) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

async function logIn(page, user) {
  await page.goto(ONSITE);
  await page.locator('[data-onsite-login]').waitFor();
  await page.locator('input[name=username]').fill(user);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.locator('[data-onsite-login] button[type=submit]').tap();
  await page.locator('[data-onsite-refresh]').waitFor();
  // the page is kept by its service worker from now on
  await page.evaluate(() => navigator.serviceWorker.ready);
}

/** A photo as the camera gives it: a JPEG drawn on a canvas in the page. */
async function cameraPhoto(page, label, color) {
  const base64 = await page.evaluate(([text, fill]) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d');
    g.fillStyle = fill;
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#fff';
    g.font = '40px sans-serif';
    g.fillText(text, 40, 240);
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1];
  }, [label, color]);
  return { name: `${label}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** Opens the task on the phone and fills the closure check: every item done, a note. */
async function fillClosureCheck(page, taskId, note) {
  await page.locator(`[data-onsite-task="${taskId}"]`).tap();
  const form = page.locator(`[data-onsite-form="${taskId}"]`);
  await form.waitFor();
  for (const item of ['productionStopped', 'materialsDisposed', 'equipmentDismantled', 'utilitiesCut']) {
    await form.locator(`input[name=${item}]`).check();
  }
  await form.locator('textarea[name=closureCheckNote]').fill(note);
  return form;
}

async function caseFile(caseId) {
  const response = await api('GET', `/api/cases/${caseId}`, 'safety1');
  assert(response.status === 200, `case file: HTTP ${response.status}`);
  return response.json;
}

await runWalkthrough(async (browser) => {
  setShotPrefix('onsite-');
  const code = creditCode();
  const name = `桃源精细化工厂 Taoyuan Fine Chemicals ${code.slice(10, 17)}`;
  let caseId;
  let taskId;
  let a;
  let b;

  await step('a case is decided for closure and its notice issued over engine REST: 关闭核查 waits for safety', async () => {
    const opened = await api('POST', '/api/cases', 'district-office1', { enterprise: { creditCode: code, name,
      township: '桃源镇', businessType: 'PRODUCER', products: '精细化工 Fine chemicals' } });
    assert(opened.status === 201, `POST /api/cases: HTTP ${opened.status} ${opened.text}`);
    caseId = opened.json.id;
    await restSurveyAndReview(code, 'CLOSE', '同意关闭 Agree to close');
    await restWork('district-office1', code, 'Activity_DecideDisposition', { disposition: 'CLOSE',
      dispositionDeadline: daysFromNow(90), supervisingAgency: 'safety', decisionReasoning: '会审一致关闭 Close as reviewed' });
    await restWork('town-office1', code, 'Activity_VerifyOnSite', { verificationConfirmed: true, verificationNote: '属实 As reviewed' });
    await restWork('district-office1', code, 'Activity_IssueClosureNotice', { stopProductionBy: daysFromNow(20),
      closureNoticeText: '限期停产关闭 Stop production and close' });
    taskId = await restTaskId('safety1', code, 'Activity_VerifyClosure');
    return `case ${caseId}, task ${taskId}`;
  });

  await step('safety1 logs in on a phone and sees the closure verification with its case context', async () => {
    a = await phone(browser);
    await logIn(a.page, 'safety1');
    const card = a.page.locator(`[data-onsite-task="${taskId}"]`);
    await card.waitFor();
    const text = await card.innerText();
    assert(text.includes('关闭核查') && text.includes(name), `the task card reads: ${text}`);
    const width = await a.page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= PHONE.viewport.width, `the page is ${width}px wide on a ${PHONE.viewport.width}px screen`);
    await shot(a.page, '01-tasks');
    return `${PHONE.viewport.width}×${PHONE.viewport.height}, touch ${PHONE.hasTouch}`;
  });

  await step('safety2 has loaded the same task on another phone', async () => {
    b = await phone(browser);
    await logIn(b.page, 'safety2');
    await b.page.locator(`[data-onsite-task="${taskId}"]`).waitFor();
    setCurrentPage(a.page);
    return 'loaded';
  });

  await step('offline, safety1 fills the checklist, takes two photos, signs and submits: the result waits', async () => {
    await a.context.setOffline(true);
    await a.page.locator('#network.offline').waitFor();
    const form = await fillClosureCheck(a.page, taskId, '反应釜已拆除，生产线已断电 Reactor dismantled, line cut off');
    const context = await form.locator('[data-onsite-context=enterpriseSummary]').innerText();
    assert(context.includes(name), `the form's case context reads: ${context}`);
    await form.locator('input[type=file][name=photos]').setInputFiles([await cameraPhoto(a.page, 'reactor', '#8d6e63'),
      await cameraPhoto(a.page, 'switchboard', '#455a64')]);
    await form.locator('[data-onsite-photos] figure').nth(1).waitFor();
    const caption = await form.locator('[data-onsite-photos] figcaption').first().innerText();
    assert(caption.includes('31.16280'), `the photo's caption has no GPS position: ${caption}`);
    await form.locator('input[name=signedName]').fill('王检查 Wang');
    await shot(a.page, '02-form-offline');
    await form.locator('[data-onsite-submit]').tap();
    await a.page.locator('[data-onsite-message=saved]').waitFor();
    await a.page.locator(`[data-onsite-queued="${taskId}"]`).waitFor();
    await shot(a.page, '03-waiting-offline');
    return 'saved on the phone';
  });

  await step('safety1 closes the page and opens it again, still offline: the result still waits', async () => {
    await a.page.close();
    a.page = await a.context.newPage();
    setCurrentPage(a.page);
    await a.page.goto(ONSITE);
    const waiting = a.page.locator(`[data-onsite-queued="${taskId}"]`);
    await waiting.waitFor();
    assert((await waiting.innerText()).includes('2 photos'), `the waiting result reads: ${await waiting.innerText()}`);
    const open = await api('GET', `/engine-rest/task/count?taskId=${taskId}`, 'admin');
    assert(open.json.count === 1, 'the task was completed while the phone was offline');
    return 'the page came from its service worker, the result from the phone\'s storage';
  });

  await step('safety2, offline too, submits the same task on the other phone', async () => {
    setCurrentPage(b.page);
    await b.context.setOffline(true);
    await b.page.locator('#network.offline').waitFor();
    const form = await fillClosureCheck(b.page, taskId, '同一企业第二台设备 The same plant from a second phone');
    await form.locator('input[type=file][name=photos]').setInputFiles([await cameraPhoto(b.page, 'again', '#1565c0')]);
    await form.locator('[data-onsite-photos] figure').first().waitFor();
    await form.locator('[data-onsite-submit]').tap();
    await b.page.locator(`[data-onsite-queued="${taskId}"]`).waitFor();
    setCurrentPage(a.page);
    return 'saved on the second phone';
  });

  await step('safety1\'s connection returns: the task is completed once, with both photos in the case file', async () => {
    await a.context.setOffline(false);
    await a.page.locator('[data-onsite-message=sent]').waitFor();
    await a.page.locator(`[data-onsite-queued="${taskId}"]`).waitFor({ state: 'detached' });
    await shot(a.page, '04-sent');
    const history = await api('GET', `/engine-rest/history/task?taskId=${taskId}&finished=true&maxResults=10`, 'admin');
    assert(history.json.length === 1, `completed ${history.json.length} times`);
    const photos = (await caseFile(caseId)).timeline.filter((r) => r.kind === 'SITE_PHOTO');
    assert(photos.length === 2 && photos.every((p) => p.text.includes('31.162800, 120.640200')),
      `the case file's photos: ${JSON.stringify(photos.map((p) => p.text))}`);
    const photo = await fetch(`${BASE_URL}${photos[0].href}`, { headers: { Authorization: `Basic ${Buffer.from(`safety1:${PASSWORD}`).toString('base64')}` } });
    assert(photo.status === 200 && photo.headers.get('content-type') === 'image/jpeg', `photo download: HTTP ${photo.status}`);
    return photos.map((p) => p.details.fileName).join(', ');
  });

  await step('safety2\'s connection returns: the phone says the task was completed elsewhere; nothing more is recorded', async () => {
    setCurrentPage(b.page);
    await b.context.setOffline(false);
    const refused = b.page.locator('[data-onsite-message=refused]').first();
    await refused.waitFor();
    const text = await refused.innerText();
    assert(text.includes('此任务已办结'), `the second phone says: ${text}`);
    await shot(b.page, '05-refused-on-second-phone');
    const photos = (await caseFile(caseId)).timeline.filter((r) => r.kind === 'SITE_PHOTO');
    assert(photos.length === 2, `the case file has ${photos.length} photos`);
    await a.context.close();
    await b.context.close();
    return text.split('\n')[0].slice(0, 100);
  });
});
