// Headless-Chromium walkthrough of one enterprise case through Camunda Tasklist.
//
// Opens a case through Rectify's API, then logs into Tasklist as the demo user of each group in
// turn, finds the case's task, claims it, checks that its Camunda Form rendered, fills it in and
// completes it: survey (town-econ-center1), the six joint reviews, the decision
// (district-office1) and the on-site verification (town-office1). Ends by reading the case file.
//
//   BASE_URL  the running app (default http://localhost:8080)
//   OUT_DIR   where screenshots go (default target/browser)
//   CAMPAIGN_ID  campaign of the case (default 1; empty for none)
//
// Prints one line per checked step and closes with "N passed, M failed"; exits 1 on a failure,
// after a screenshot of the failing page. Run it through run.sh (npm run test:browser), which
// starts a fresh app of its own.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const OUT_DIR = process.env.OUT_DIR || 'target/browser';
const PASSWORD = process.env.DEMO_PASSWORD || 'demo';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// the campaign the case is opened in; CAMPAIGN_ID= (empty) opens it without one
const CAMPAIGN_ID = process.env.CAMPAIGN_ID === undefined ? 1
  : process.env.CAMPAIGN_ID === '' ? null : Number(process.env.CAMPAIGN_ID);
const TASKLIST = `${BASE_URL}/camunda/app/tasklist/`;
const FILTER_NAME = '待办任务 Tasks';

const TASK = {
  survey: '调查摸底 Survey the enterprise',
  review: '联合会审 Conduct joint review',
  decide: '决定处置 Decide the disposition',
  verify: '现场核查 Verify on site',
};

// Environment goes first: while it works, all six joint-review tasks are still open, so seeing
// exactly one of them proves that the others (safety's among them) are hidden from it.
const REVIEWERS = [
  { user: 'environment1', group: 'environment', disposition: '原地整治提升 Rectify in place' },
  { user: 'safety1', group: 'safety', disposition: '原地整治提升 Rectify in place' },
  { user: 'market-regulation1', group: 'market-regulation', disposition: '符合要求 Compliant' },
  { user: 'natural-resources1', group: 'natural-resources', disposition: '原地整治提升 Rectify in place' },
  { user: 'development-reform1', group: 'development-reform', disposition: '补办环保/安全审批手续 Obtain approvals' },
  { user: 'quality1', group: 'quality', disposition: '原地整治提升 Rectify in place' },
];

const DIMENSIONS = [
  'safetyProduction', 'environmentalProtection', 'technologyQuality', 'personnelQualification',
  'land', 'energyConsumption', 'projectApproval', 'businessRegistration',
];
const NON_COMPLIANT = 'land';
const LAND_NOTE = '厂房占用一般农田约0.8亩 Workshop occupies 0.8 mu of farmland';

const STEP_TIMEOUT = 30_000;

// ---------------------------------------------------------------- small helpers

let passed = 0;
let failed = 0;
let shotCounter = 0;

function log(line) {
  process.stdout.write(`${line}\n`);
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function basic(user) {
  return `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`;
}

async function api(method, path, user, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      authorization: basic(user),
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // keep the text for the error below
  }
  return { status: response.status, json, text };
}

/** A valid unified social credit code, unique per run: 91320583MA + 7 random digits + check char. */
function creditCode() {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91320583MA${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += alphabet.indexOf(body[i]) * weights[i];
  }
  return body + alphabet[(31 - (sum % 31)) % 31];
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** mm/dd/yyyy as the form-js date picker shows and accepts it. */
function pickerDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

function screenshotPath(name) {
  shotCounter += 1;
  return join(OUT_DIR, `${String(shotCounter).padStart(2, '0')}-${name}.png`);
}

// ---------------------------------------------------------------- steps

/** The page of the step running now, for the screenshot taken when it fails. */
let currentPage = null;

async function step(title, work) {
  const started = Date.now();
  try {
    const detail = await work();
    passed += 1;
    log(`ok   ${passed + failed} - ${title}${detail ? ` (${detail})` : ''} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
  } catch (error) {
    failed += 1;
    log(`FAIL ${passed + failed} - ${title}: ${error.message.split('\n')[0]}`);
    if (error.stack) {
      process.stderr.write(`${error.stack}\n`);
    }
    await captureFailure(error);
    for (const line of error.failureNotes ?? []) {
      log(`     ${line}`);
    }
    throw new StopWalkthrough();
  }
}

class StopWalkthrough extends Error {}

/** Screenshots the page of the failing step (once) and notes what its alerts say. */
async function captureFailure(error) {
  if (error.failureNotes || !currentPage || currentPage.isClosed()) {
    return;
  }
  error.failureNotes = [];
  const path = screenshotPath('FAILED');
  try {
    await currentPage.screenshot({ path, fullPage: true });
    error.failureNotes.push(`screenshot of the failing page: ${path}`);
    const alerts = await currentPage.locator('.alert-danger:visible, .notifications .alert:visible, .fjs-form-field-error:visible')
      .allInnerTexts();
    if (alerts.length) {
      error.failureNotes.push(`page says: ${alerts.join(' | ').replace(/\s+/g, ' ').slice(0, 500)}`);
    }
  } catch (shotError) {
    error.failureNotes.push(`(no screenshot: ${shotError.message.split('\n')[0]})`);
  }
}

// ---------------------------------------------------------------- Tasklist

/** Waits until no Camunda spinner ("Loading…") is visible. */
async function noSpinner(page) {
  await page.waitForFunction(() => ![...document.querySelectorAll('.animate-spin, .loader')]
    .some((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'),
  null, { timeout: STEP_TIMEOUT });
}

/**
 * Opens the login page and types the credentials. Tasklist may render its login view anew
 * (and autofocus the user name) while the page settles, so the typed values are checked, and
 * typed again when they did not land where they belong.
 */
async function enterCredentials(page, user, password) {
  await page.goto(TASKLIST);
  await page.waitForLoadState('networkidle').catch(() => {});
  const username = page.locator('input[ng-model="username"]');
  const secret = page.locator('input[ng-model="password"]');
  for (let attempt = 1; ; attempt++) {
    await username.fill(user);
    await secret.fill(password);
    if (await username.inputValue() === user && await secret.inputValue() === password) {
      break;
    }
    assert(attempt < 5, `the login form did not keep the credentials of ${user}`);
    await page.waitForTimeout(300);
  }
  await page.locator('button[type="submit"]').click();
}

async function login(browser, user, viewportHeight = 1100) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: viewportHeight },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  currentPage = page;
  page.on('pageerror', (error) => process.stderr.write(`[${user}] page error: ${error.message}\n`));
  await enterCredentials(page, user, PASSWORD);
  // logged in: the user menu shows and the agency's filter is listed
  await page.locator('.task-filter', { hasText: FILTER_NAME }).first().waitFor();
  await noSpinner(page);
  return { context, page };
}

async function openFilter(page) {
  const filter = page.locator('.task-filter', { hasText: FILTER_NAME });
  assert(await filter.count() === 1, `expected one filter "${FILTER_NAME}", found ${await filter.count()}`);
  await filter.locator('h4.name a').click();
  await page.locator('.task-filter.active', { hasText: FILTER_NAME }).waitFor();
  await noSpinner(page);
}

/** Tasks of the open filter with this name. */
function tasksNamed(page, taskName) {
  return page.locator('ol.tasks-list > li.task').filter({
    has: page.locator('.names h4, .names .task', { hasText: taskName }),
  });
}

function formField(page, key) {
  return page.locator(`.fjs-container [id$="-Field_${key}"], .fjs-container [id$="-Field_${key}-date"]`);
}

/** Selects the task and waits for its Camunda Form; returns the enterprise summary it shows. */
async function showTask(page, item) {
  // mark the form on show now, so that the wait below cannot take it for the new task's
  await page.evaluate(() => document.querySelectorAll('.fjs-container')
    .forEach((container) => container.setAttribute('data-walkthrough-seen', '')));
  await item.locator('.clickable').click();
  await page.locator('ol.tasks-list > li.task.active').waitFor();
  // the summary is a task-local variable: wait until the new form has imported it
  await page.waitForFunction(() => {
    const containers = document.querySelectorAll('.fjs-container');
    const summary = containers.length === 1 && !containers[0].hasAttribute('data-walkthrough-seen')
      && containers[0].querySelector('[id$="-Field_enterpriseSummary"]');
    return summary && summary.value.trim().length > 0;
  }, null, { timeout: STEP_TIMEOUT });
  await noSpinner(page);
  return formField(page, 'enterpriseSummary').inputValue();
}

/**
 * Finds the one task of this case with this name in the open filter (by the enterprise name
 * in its form when several are listed) and selects it. Returns how many tasks of that name
 * for this case the list held.
 */
async function findCaseTask(page, taskName, enterpriseName) {
  const items = tasksNamed(page, taskName);
  await items.first().waitFor();
  const count = await items.count();
  const ours = [];
  for (let i = 0; i < count; i++) {
    const summary = await showTask(page, items.nth(i));
    if (summary.includes(enterpriseName)) {
      ours.push(i);
    }
  }
  assert(ours.length > 0, `no "${taskName}" task of ${enterpriseName} among the ${count} listed`);
  if (ours[0] !== count - 1) {
    await showTask(page, items.nth(ours[0]));
  }
  return { listed: count, ofThisCase: ours.length };
}

function currentTaskId(page) {
  const match = /[?&]task=([0-9a-f-]+)/.exec(decodeURIComponent(page.url()));
  assert(match, `no task id in ${page.url()}`);
  return match[1];
}

async function claim(page, user) {
  const claimButton = page.locator('button.claim');
  await claimButton.click();
  // claimed: the header names the assignee and the form is no longer disabled
  await page.locator('[cam-tasklist-task] .assignee', { hasText: /\S/ }).filter({ hasNot: page.locator('button.claim') }).first().waitFor();
  await page.waitForFunction(() => {
    const form = document.querySelector('[cam-tasklist-form] > div[ng-if]');
    return form && !form.classList.contains('disabled-form');
  }, null, { timeout: STEP_TIMEOUT });
  await noSpinner(page);
  const assignee = (await page.locator('[cam-tasklist-task] .assignee').first().innerText()).trim();
  assert(assignee.length > 0, `no assignee shown after ${user} claimed`);
  return assignee;
}

/** Checks that the Camunda Form rendered: form-js container, title and bilingual labels, no error. */
async function checkFormRendered(page, title, labels) {
  await page.locator('.fjs-container').waitFor();
  await page.locator('.fjs-container h1', { hasText: title }).waitFor();
  for (const label of labels) {
    const visible = await page.locator('.fjs-container .fjs-form-field-label', { hasText: label }).first().isVisible();
    assert(visible, `form label "${label}" not visible`);
  }
  const formError = page.locator('[cam-tasklist-form] .alert-danger:visible');
  assert(await formError.count() === 0, `form failure shown: ${await formError.allInnerTexts()}`);
}

async function setCheckbox(page, key, checked) {
  const box = formField(page, key);
  await box.setChecked(checked);
  assert(await box.isChecked() === checked, `checkbox ${key} is not ${checked ? 'ticked' : 'clear'}`);
}

async function fillText(page, key, text) {
  const field = formField(page, key);
  await field.fill(text);
  assert(await field.inputValue() === text, `textarea ${key} did not take the text`);
}

/** Picks an option of a form-js select (searchable or not) by its label. */
async function choose(page, key, label) {
  const field = page.locator('.fjs-container .fjs-form-field-select').filter({ has: page.locator(`[id$="-Field_${key}"]`) });
  const input = formField(page, key);
  await input.click();
  if (await input.evaluate((element) => element.tagName === 'INPUT' && !element.readOnly)) {
    await input.fill(label.split(' ')[0]);
  }
  const option = field.locator('.fjs-dropdownlist-item', { hasText: label }).first();
  await option.waitFor();
  await option.click();
  await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached' }).catch(() => {});
  const shown = await field.evaluate((element) => {
    const searchable = element.querySelector('input.fjs-input');
    if (searchable) {
      return searchable.value;
    }
    return element.querySelector('.fjs-select-display')?.textContent ?? '';
  });
  assert(shown.includes(label), `select ${key} shows "${shown}", not "${label}"`);
}

/** Types a date into a form-js date picker (mm/dd/yyyy). */
async function pickDate(page, key, iso) {
  const input = formField(page, key);
  await input.click();
  await input.fill(pickerDate(iso));
  await input.press('Enter');
  await page.keyboard.press('Escape');
  // blur by clicking the form's title
  await page.locator('.fjs-container h1').click();
  const shown = await input.inputValue();
  const [month, day, year] = shown.split('/').map(Number);
  const [y, m, d] = iso.split('-').map(Number);
  assert(year === y && month === m && day === d, `date ${key} shows "${shown}", not ${pickerDate(iso)}`);
}

async function screenshot(page, name) {
  await noSpinner(page);
  // give fonts and autosized textareas a frame to settle
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Completes the task and waits until the engine no longer has it. */
async function complete(page, taskId) {
  const button = page.locator('[cam-tasklist-form] .form-actions button.btn-primary', { hasText: 'Complete' });
  await button.waitFor();
  assert(await button.isEnabled(), 'the Complete button is disabled (form invalid?)');
  await button.click();
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    const error = page.locator('.notifications .alert-danger:visible, [cam-tasklist-form] .alert-danger:visible');
    if (await error.count()) {
      throw new Error(`Tasklist reports: ${(await error.allInnerTexts()).join(' | ').replace(/\s+/g, ' ')}`);
    }
    const task = await api('GET', `/engine-rest/task/${taskId}`, 'supervisor1');
    if (task.status === 404) {
      break;
    }
    if (Date.now() > deadline) {
      throw new Error(`task ${taskId} still open ${STEP_TIMEOUT / 1000} s after Complete (HTTP ${task.status})`);
    }
    await page.waitForTimeout(250);
  }
  // Tasklist drops the task from its list
  await page.locator(`ol.tasks-list > li.task.active`).waitFor({ state: 'detached' }).catch(() => {});
  await noSpinner(page);
}

/**
 * Clicks Complete on a form the server must refuse: waits for Tasklist's error notification,
 * checks that it names the field and that the task is still open, then dismisses it.
 */
async function completeRefused(page, taskId, field, shotName) {
  await page.locator('[cam-tasklist-form] .form-actions button.btn-primary', { hasText: 'Complete' }).click();
  const error = page.locator('.notifications .alert-danger').first();
  await error.waitFor();
  const message = (await error.innerText()).replace(/\s+/g, ' ').replace(/^× /, '').trim();
  assert(message.includes(field), `the refusal does not name ${field}: ${message}`);
  const task = await api('GET', `/engine-rest/task/${taskId}`, 'supervisor1');
  assert(task.status === 200, `the refused task is gone (HTTP ${task.status})`);
  await screenshot(page, shotName);
  await error.locator('button.close[ng-click^="removeNotification"]').click();
  await page.waitForFunction(() => ![...document.querySelectorAll('.notifications .alert-danger')]
    .some((element) => element.getClientRects().length > 0), null, { timeout: STEP_TIMEOUT });
  return message.replace(/^.*Invalid input: /, '').replace(/'$/, '');
}

/** Open tasks of the case, as the engine REST API lists them to the read-only supervisor. */
async function openTasks(processInstanceId) {
  const response = await api('GET', `/engine-rest/task?processInstanceId=${processInstanceId}`, 'supervisor1');
  assert(response.status === 200, `engine-rest task query: HTTP ${response.status} ${response.text}`);
  return response.json;
}

async function candidateGroups(taskId) {
  const response = await api('GET', `/engine-rest/task/${taskId}/identity-links?type=candidate`, 'supervisor1');
  assert(response.status === 200, `identity links of ${taskId}: HTTP ${response.status}`);
  return response.json.map((link) => link.groupId).filter(Boolean);
}

/**
 * Logs in as the user, finds the case's task, claims it and checks its form; then fill() fills it,
 * a screenshot is taken and the task is completed.
 */
async function workTask(browser, { user, taskName, enterpriseName, title, labels, shotName, viewportHeight, fill, inspect }) {
  const { context, page } = await login(browser, user, viewportHeight);
  try {
    await openFilter(page);
    const found = await findCaseTask(page, taskName, enterpriseName);
    const taskId = currentTaskId(page);
    await checkFormRendered(page, title, labels);
    const inspected = inspect ? await inspect(page, found, taskId) : '';
    const assignee = await claim(page, user);
    await checkFormRendered(page, title, labels);
    const filled = await fill(page, taskId);
    await screenshot(page, shotName);
    await complete(page, taskId);
    await screenshot(page, `${shotName}-done`);
    return [`claimed by ${assignee}`, inspected, filled].filter(Boolean).join('; ');
  } catch (error) {
    await captureFailure(error);
    throw error;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- the walkthrough

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const code = creditCode();
  const enterpriseName = `太湖精细化工有限公司 Taihu Fine Chemicals ${code.slice(10, 17)}`;
  const deadline = isoDate(new Date(Date.now() + 120 * 24 * 3600 * 1000));
  let caseFile;

  try {
    await step(`open a case through the API as district-office1 (${code})`, async () => {
      const response = await api('POST', '/api/cases', 'district-office1', {
        enterprise: {
          creditCode: code,
          name: enterpriseName,
          township: '七都镇',
          village: '吴溇村',
          address: '太湖大道88号',
          legalRepresentative: '王建国',
          contactPhone: '0512-63800000',
          industryCategory: '涂料制造 Paint manufacturing',
          products: '水性涂料 Water-based paint',
          revenueBand: 'FROM_2M_TO_5M',
          aboveScale: false,
          employees: 23,
          siteAreaMu: 4.5,
          businessType: 'PRODUCER',
          eiaApprovalDate: '2012-05-18',
          safetyApprovalDate: '2013-09-02',
        },
        campaignId: CAMPAIGN_ID,
      });
      assert(response.status === 201, `POST /api/cases: HTTP ${response.status} ${response.text}`);
      caseFile = response.json;
      assert(caseFile.id && caseFile.processInstanceId, `no id or processInstanceId in ${response.text}`);
      assert(caseFile.stage === 'SURVEY', `stage ${caseFile.stage}, expected SURVEY`);
      return `case ${caseFile.id}, process instance ${caseFile.processInstanceId}`;
    });

    await step('Tasklist refuses a wrong password', async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
      const page = await context.newPage();
      currentPage = page;
      try {
        await enterCredentials(page, 'safety1', `${PASSWORD}-wrong`);
        const message = page.locator('.notifications .alert, .alert-danger').filter({ hasText: /wrong|credentials|failed/i }).first();
        await message.waitFor();
        assert(await page.locator('.task-filter').count() === 0, 'filters shown without a valid login');
        await screenshot(page, 'login-refused');
        return (await message.innerText()).replace(/\s+/g, ' ').trim();
      } catch (error) {
        await captureFailure(error);
        throw error;
      } finally {
        await context.close();
      }
    });

    await step('town-econ-center1 logs in, sees and completes 调查摸底 Survey the enterprise (a missing note is refused first)', () => workTask(browser, {
      user: 'town-econ-center1',
      taskName: TASK.survey,
      enterpriseName,
      title: '调查摸底 Survey the enterprise',
      labels: ['企业概况 Enterprise summary', '在产 Production running', '安全生产 Safety production', '土地 Land', '情况说明 Note'],
      shotName: 'survey',
      viewportHeight: 3000,
      fill: async (page, taskId) => {
        await setCheckbox(page, 'productionRunning', true);
        await setCheckbox(page, 'approvalsPresent', true);
        for (const dimension of DIMENSIONS) {
          await setCheckbox(page, `${dimension}Compliant`, dimension !== NON_COMPLIANT);
        }
        // the server-side check: a dimension left not compliant needs its note
        const refusal = await completeRefused(page, taskId, `${NON_COMPLIANT}Note`, 'survey-note-missing');
        await fillText(page, `${NON_COMPLIANT}Note`, LAND_NOTE);
        return `without the land note refused: "${refusal}"`;
      },
    }));

    await step('the survey is recorded and six joint-review tasks are open, one per agency', async () => {
      const file = (await api('GET', `/api/cases/${caseFile.id}`, 'district-office1')).json;
      assert(file.stage === 'JOINT_REVIEW', `stage ${file.stage}, expected JOINT_REVIEW`);
      assert(file.findings.length === 8, `${file.findings.length} findings, expected 8`);
      const land = file.findings.find((finding) => !finding.compliant);
      assert(land && land.note === LAND_NOTE, `non-compliant finding ${JSON.stringify(land)}`);
      assert(file.findings.filter((finding) => finding.compliant).length === 7, 'expected 7 compliant findings');
      const tasks = await openTasks(caseFile.processInstanceId);
      assert(tasks.length === 6 && tasks.every((task) => task.name === TASK.review),
        `open tasks: ${tasks.map((task) => task.name).join(', ')}`);
      const groups = [];
      for (const task of tasks) {
        groups.push(...await candidateGroups(task.id));
      }
      const expected = REVIEWERS.map((reviewer) => reviewer.group).sort();
      assert(JSON.stringify(groups.sort()) === JSON.stringify(expected), `candidate groups ${groups}`);
      // the decision table's rule for a failing land dimension
      assert(file.suggestedDisposition === 'RELOCATE_TO_PARK', `suggested ${file.suggestedDisposition}, expected RELOCATE_TO_PARK`);
      return `suggested ${file.suggestedDisposition}; groups ${groups.join(', ')}`;
    });

    await step('environment1\'s Tasklist does not list safety\'s 联合会审 task of this case, nor opens it by its URL', async () => {
      const tasks = await openTasks(caseFile.processInstanceId);
      let safetyTask = null;
      for (const task of tasks) {
        if ((await candidateGroups(task.id)).includes('safety')) {
          safetyTask = task.id;
        }
      }
      assert(safetyTask, 'no joint-review task for safety is open');
      const { context, page } = await login(browser, 'environment1');
      try {
        await openFilter(page);
        const found = await findCaseTask(page, TASK.review, enterpriseName);
        assert(found.ofThisCase === 1, `environment1 lists ${found.ofThisCase} joint-review tasks of this case`);
        assert(currentTaskId(page) !== safetyTask, 'environment1 lists safety\'s task');
        // the safety task's own address: Tasklist must refuse to show it
        await page.goto(`${TASKLIST}default/#/?task=${safetyTask}`);
        const notice = page.locator('.notifications .alert-danger').first();
        await notice.waitFor();
        await noSpinner(page);
        assert(await page.locator('.fjs-container').count() === 0, 'a form is shown for safety\'s task');
        const text = (await notice.innerText()).replace(/\s+/g, ' ').replace(/^× /, '').trim();
        assert(/does not exist|No matching task/i.test(text), `unexpected notice: ${text}`);
        await screenshot(page, 'review-environment-cannot-open-safety');
        return `lists ${found.ofThisCase} of this case's ${tasks.length} open joint-review tasks; by URL: "${text}"`;
      } catch (error) {
        await captureFailure(error);
        throw error;
      } finally {
        await context.close();
      }
    });

    for (const reviewer of REVIEWERS) {
      await step(`${reviewer.user} logs in, sees only its own 联合会审 task and completes it`, () => workTask(browser, {
        user: reviewer.user,
        taskName: TASK.review,
        enterpriseName,
        title: '联合会审 Conduct joint review',
        labels: ['企业概况 Enterprise summary', '调查摸底结果 Survey findings', '建议处置 Proposed disposition', '会审意见 Opinion'],
        shotName: `review-${reviewer.group}`,
        viewportHeight: 1700,
        inspect: async (page, found, taskId) => {
          const open = (await openTasks(caseFile.processInstanceId)).length;
          assert(found.ofThisCase === 1,
            `${reviewer.user} sees ${found.ofThisCase} joint-review tasks of this case while ${open} are open`);
          assert(JSON.stringify(await candidateGroups(taskId)) === JSON.stringify([reviewer.group]),
            `the task shown is not ${reviewer.group}'s`);
          const survey = await formField(page, 'surveySummary').inputValue();
          assert(survey.includes(LAND_NOTE), 'the survey findings are not shown in the form');
          const suggested = await page.locator('.fjs-container .fjs-form-field-select')
            .filter({ hasText: '系统建议处置 Suggested disposition' }).innerText();
          assert(suggested.includes('搬迁入园 Relocate to a chemical park'), `suggested disposition shows "${suggested}"`);
          return `lists 1 of this case's ${open} open joint-review tasks (${found.listed} listed in all)`;
        },
        fill: async (page) => {
          await choose(page, 'opinionDisposition', reviewer.disposition);
          await fillText(page, 'opinionText', `${reviewer.group}: 同意整治，限期完成 Agree; rectify within the deadline.`);
        },
      }));
    }

    await step('six opinions are recorded and the decision task is open', async () => {
      const file = (await api('GET', `/api/cases/${caseFile.id}`, 'district-office1')).json;
      assert(file.opinions.length === 6, `${file.opinions.length} opinions, expected 6`);
      assert(file.stage === 'DECISION', `stage ${file.stage}, expected DECISION`);
      const tasks = await openTasks(caseFile.processInstanceId);
      assert(tasks.length === 1 && tasks[0].name === TASK.decide, `open tasks: ${tasks.map((task) => task.name)}`);
      return file.opinions.map((opinion) => `${opinion.agency}=${opinion.proposedDisposition}`).join(', ');
    });

    await step('district-office1 logs in, sees and completes 决定处置 Decide the disposition', () => workTask(browser, {
      user: 'district-office1',
      taskName: TASK.decide,
      enterpriseName,
      title: '决定处置 Decide the disposition',
      labels: ['各部门会审意见 Opinions from the agencies', '处置决定 Disposition', '监督部门 Supervising agency', '整治期限 Deadline', '决定理由 Reasoning'],
      shotName: 'decide',
      viewportHeight: 2000,
      inspect: async (page) => {
        const opinions = await formField(page, 'opinionsSummary').inputValue();
        assert(opinions.split('\n').length === 6, `the form shows ${opinions.split('\n').length} opinions, expected 6`);
        return 'six opinions shown';
      },
      fill: async (page) => {
        await choose(page, 'disposition', '原地整治提升 Rectify in place');
        await choose(page, 'supervisingAgency', '安监 Safety supervision');
        await pickDate(page, 'dispositionDeadline', deadline);
        await fillText(page, 'decisionReasoning', '按会审意见原地整治提升 Rectify in place as the joint review proposed.');
      },
    }));

    await step('town-office1 logs in, sees and completes 现场核查 Verify on site (confirms the decision)', () => workTask(browser, {
      user: 'town-office1',
      taskName: TASK.verify,
      enterpriseName,
      title: '现场核查 Verify on site',
      labels: ['已有处置决定 Decisions so far', '确认原处置决定 Confirm the decision', '核查意见 Verification note'],
      shotName: 'verify',
      viewportHeight: 2000,
      inspect: async (page) => {
        const decisions = await formField(page, 'decisionSummary').inputValue();
        assert(decisions.includes('原地整治提升') && decisions.includes(deadline),
          `the decision is not shown: ${decisions}`);
        return 'the decision is shown';
      },
      fill: async (page) => {
        await setCheckbox(page, 'verificationConfirmed', true);
        assert(!(await formField(page, 'amendedDisposition').isVisible()), 'the amended decision stays visible');
        await fillText(page, 'verificationNote', '现场核查属实，同意原处置决定 Verified on site; the decision stands.');
      },
    }));

    await step('the case file shows the survey, six opinions and the confirmed decision; the enterprise is to sign its commitment', async () => {
      const response = await api('GET', `/api/cases/${caseFile.id}`, 'district-office1');
      assert(response.status === 200, `GET /api/cases/${caseFile.id}: HTTP ${response.status}`);
      const file = response.json;
      assert(file.stage === 'COMMITMENT', `stage ${file.stage}, expected COMMITMENT (upgrade in place begins)`);
      assert(file.findings.length === 8, `${file.findings.length} findings`);
      assert(file.opinions.length === 6, `${file.opinions.length} opinions`);
      const agencies = file.opinions.map((opinion) => opinion.agency).sort();
      assert(JSON.stringify(agencies) === JSON.stringify(REVIEWERS.map((reviewer) => reviewer.group).sort()),
        `opinions from ${agencies}`);
      for (const reviewer of REVIEWERS) {
        const opinion = file.opinions.find((candidate) => candidate.agency === reviewer.group);
        assert(opinion.givenBy === reviewer.user, `${reviewer.group}'s opinion given by ${opinion.givenBy}`);
      }
      assert(file.decisions.length === 1, `${file.decisions.length} decisions`);
      const [decision] = file.decisions;
      assert(decision.disposition === 'RECTIFY_IN_PLACE', `decision ${decision.disposition}`);
      assert(decision.deadline === deadline, `deadline ${decision.deadline}, expected ${deadline}`);
      assert(decision.supervisingAgency === 'safety', `supervising agency ${decision.supervisingAgency}`);
      assert(decision.decidedBy === 'district-office1', `decided by ${decision.decidedBy}`);
      assert(decision.confirmedBy === 'town-office1', `confirmed by ${decision.confirmedBy}`);
      assert(file.disposition === 'RECTIFY_IN_PLACE', `case disposition ${file.disposition}`);
      // the review's own tasks are all done; the upgrade path runs in its own called process
      const tasks = await openTasks(caseFile.processInstanceId);
      assert(tasks.length === 0, `review tasks still open: ${tasks.map((task) => task.name)}`);
      return `${file.disposition} until ${file.deadline}, supervised by ${file.supervisingAgency}`;
    });
  } catch (error) {
    if (!(error instanceof StopWalkthrough)) {
      failed += 1;
      log(`FAIL ${passed + failed} - ${error.message}`);
    }
  } finally {
    await browser.close();
  }
  log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
