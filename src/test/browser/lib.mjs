// Shared helpers of the headless-Chromium walkthroughs (tasklist-walkthrough.mjs,
// upgrade-walkthrough.mjs): Rectify's API and the engine REST API as the demo users, numbered
// steps with a screenshot on failure, and Camunda Tasklist (login, filter, finding a case's task,
// claiming, filling Camunda Forms, completing).
//
//   BASE_URL  the running app (default http://localhost:8080)
//   OUT_DIR   where screenshots go (default target/browser)
//   CHROMIUM  the browser (default /usr/bin/chromium)

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const OUT_DIR = process.env.OUT_DIR || 'target/browser';
export const PASSWORD = process.env.DEMO_PASSWORD || 'demo';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const TASKLIST = `${BASE_URL}/camunda/app/tasklist/`;
/** The filter Tasklist opens first for every agency user. */
export const FILTER_NAME = '本机构待办';
export const STEP_TIMEOUT = 30_000;
/** Tasklist's Complete button in our Chinese locale */
export const COMPLETE_LABEL = '提交办结';

// ---------------------------------------------------------------- small helpers

const state = {
  passed: 0,
  failed: 0,
  shots: 0,
  shotPrefix: '',
  /** The page of the step running now, for the screenshot taken when it fails. */
  currentPage: null,
};

/** Screenshots are named <prefix><number>-<name>.png, so that several scripts can share OUT_DIR. */
export function setShotPrefix(prefix) {
  state.shotPrefix = prefix;
}

export function setCurrentPage(page) {
  state.currentPage = page;
}

export function log(line) {
  process.stdout.write(`${line}\n`);
}

export function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

export function basic(user, password = PASSWORD) {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Calls the app as the user; answers { status, json, text }. A FormData body goes as multipart. */
export async function api(method, path, user, body) {
  const multipart = body instanceof FormData;
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      authorization: basic(user),
      accept: 'application/json',
      ...(body === undefined || multipart ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // keep the text for the caller's error message
  }
  return { status: response.status, json, text };
}

/** A valid unified social credit code, unique per run: 91320583MA + 7 random digits + check char. */
export function creditCode() {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91320583MA${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += alphabet.indexOf(body[i]) * weights[i];
  }
  return body + alphabet[(31 - (sum % 31)) % 31];
}

export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** The date this many days from now, yyyy-mm-dd. */
export function daysFromNow(days) {
  return isoDate(new Date(Date.now() + days * 24 * 3600 * 1000));
}

/** mm/dd/yyyy as the form-js date picker shows and accepts it. */
/** A date as the forms' date picker shows and takes it: yyyy-MM-dd (scripts/rectify-tasklist.js). */
export function pickerDate(iso) {
  assert(/^\d{4}-\d{2}-\d{2}$/.test(iso), `not an ISO date: ${iso}`);
  return iso;
}

export function screenshotPath(name) {
  state.shots += 1;
  return join(OUT_DIR, `${state.shotPrefix}${String(state.shots).padStart(2, '0')}-${name}.png`);
}

/** Collapses white space and drops the close button's "×" of a Tasklist notification. */
export function oneLine(text) {
  return text.replace(/\s+/g, ' ').replace(/^× /, '').trim();
}

// ---------------------------------------------------------------- steps

export class StopWalkthrough extends Error {}

/** Runs one numbered step: prints "ok N - title (detail) [s]" or "FAIL N - title: why" and stops. */
export async function step(title, work) {
  const started = Date.now();
  try {
    const detail = await work();
    state.passed += 1;
    log(`ok   ${state.passed + state.failed} - ${title}${detail ? ` (${detail})` : ''} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
  } catch (error) {
    state.failed += 1;
    log(`FAIL ${state.passed + state.failed} - ${title}: ${error.message.split('\n')[0]}`);
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

/** Screenshots the page of the failing step (once) and notes what its alerts say. */
export async function captureFailure(error) {
  const page = state.currentPage;
  if (error.failureNotes || !page || page.isClosed()) {
    return;
  }
  error.failureNotes = [];
  const path = screenshotPath('FAILED');
  try {
    await page.screenshot({ path, fullPage: true });
    error.failureNotes.push(`screenshot of the failing page: ${path}`);
    const alerts = await page.locator('.alert-danger:visible, .notifications .alert:visible, .fjs-form-field-error:visible, .error:visible')
      .allInnerTexts();
    if (alerts.length) {
      error.failureNotes.push(`page says: ${alerts.join(' | ').replace(/\s+/g, ' ').slice(0, 500)}`);
    }
  } catch (shotError) {
    error.failureNotes.push(`(no screenshot: ${shotError.message.split('\n')[0]})`);
  }
}

/**
 * Launches headless Chromium, runs walkthrough(browser), and prints "N passed, M failed";
 * the exit code is 1 on a failure.
 */
export async function runWalkthrough(walkthrough) {
  mkdirSync(OUT_DIR, { recursive: true });
  let browser = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    await walkthrough(browser);
  } catch (error) {
    if (!(error instanceof StopWalkthrough)) {
      state.failed += 1;
      log(`FAIL ${state.passed + state.failed} - ${error.message}`);
      if (error.stack) {
        process.stderr.write(`${error.stack}\n`);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
  }
  log(`${state.passed} passed, ${state.failed} failed`);
  process.exitCode = state.failed === 0 ? 0 : 1;
}

// ---------------------------------------------------------------- engine REST as the demo users

/** Engine REST variables from plain values: booleans, numbers and strings (null stays null). */
export function variables(form) {
  const typed = {};
  for (const [name, value] of Object.entries(form)) {
    if (typeof value === 'boolean') {
      typed[name] = { value, type: 'Boolean' };
    } else if (typeof value === 'number') {
      typed[name] = { value, type: Number.isInteger(value) ? 'Long' : 'Double' };
    } else {
      typed[name] = { value: value === null || value === undefined ? null : String(value), type: 'String' };
    }
  }
  return { variables: typed };
}

/** The one task of this activity in the case (called processes included) that the user sees. */
export async function restTaskId(user, businessKey, activityId) {
  const response = await api('GET', `/engine-rest/task?maxResults=100&processInstanceBusinessKey=${encodeURIComponent(businessKey)}`
    + `&taskDefinitionKey=${encodeURIComponent(activityId)}`, user);
  assert(response.status === 200, `task query as ${user}: HTTP ${response.status} ${response.text}`);
  assert(response.json.length === 1, `${user} sees ${response.json.length} ${activityId} tasks in case ${businessKey}, expected 1`);
  return response.json[0].id;
}

/** Works a task as Tasklist does, through the engine REST API: find, claim, complete. */
export async function restWork(user, businessKey, activityId, form) {
  const taskId = await restTaskId(user, businessKey, activityId);
  const claimed = await api('POST', `/engine-rest/task/${taskId}/claim`, user, { userId: user });
  assert(claimed.status === 204, `${user} claims ${activityId}: HTTP ${claimed.status} ${claimed.text}`);
  const completed = await api('POST', `/engine-rest/task/${taskId}/complete`, user, variables(form));
  assert(completed.status === 204, `${user} completes ${activityId}: HTTP ${completed.status} ${completed.text}`);
  return taskId;
}

/** The eight survey dimensions (form keys <dimension>Compliant and <dimension>Note). */
export const DIMENSIONS = [
  'safetyProduction', 'environmentalProtection', 'technologyQuality', 'personnelQualification',
  'land', 'energyConsumption', 'projectApproval', 'businessRegistration',
];

/** The agencies of the joint review in the demo configuration. */
export const REVIEW_PANEL = ['safety', 'environment', 'market-regulation', 'natural-resources', 'development-reform', 'quality'];

/**
 * A compliant survey and a unanimous joint review of the case over engine REST, as the demo users:
 * every agency of the panel proposes the disposition with the opinion text (its id first).
 */
export async function restSurveyAndReview(businessKey, disposition, opinionText) {
  const survey = { productionRunning: true, approvalsPresent: true };
  for (const dimension of DIMENSIONS) {
    survey[`${dimension}Compliant`] = true;
    survey[`${dimension}Note`] = '';
  }
  await restWork('town-econ-center1', businessKey, 'Activity_SurveyEnterprise', survey);
  for (const agency of REVIEW_PANEL) {
    await restWork(`${agency}1`, businessKey, 'Activity_ConductJointReview',
      { opinionDisposition: disposition, opinionText: `${agency}: ${opinionText}` });
  }
}

/** Open tasks of the process instance, as the engine REST API lists them to the read-only supervisor. */
export async function openTasks(processInstanceId) {
  const response = await api('GET', `/engine-rest/task?maxResults=100&processInstanceId=${processInstanceId}`, 'supervisor1');
  assert(response.status === 200, `engine-rest task query: HTTP ${response.status} ${response.text}`);
  return response.json;
}

/** Open tasks of the whole case (called processes included), by its business key. */
export async function openCaseTasks(businessKey) {
  const response = await api('GET', `/engine-rest/task?maxResults=100&processInstanceBusinessKey=${encodeURIComponent(businessKey)}`, 'supervisor1');
  assert(response.status === 200, `engine-rest task query: HTTP ${response.status} ${response.text}`);
  return response.json;
}

export async function candidateGroups(taskId) {
  const response = await api('GET', `/engine-rest/task/${taskId}/identity-links?type=candidate`, 'supervisor1');
  assert(response.status === 200, `identity links of ${taskId}: HTTP ${response.status}`);
  return response.json.map((link) => link.groupId).filter(Boolean);
}

// ---------------------------------------------------------------- Tasklist

/** Waits until no Camunda spinner ("Loading…") is visible. */
export async function noSpinner(page) {
  await page.waitForFunction(() => ![...document.querySelectorAll('.animate-spin, .loader')]
    .some((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'),
  null, { timeout: STEP_TIMEOUT });
}

/**
 * Opens the login page and types the credentials. Tasklist may render its login view anew
 * (and autofocus the user name) while the page settles, so the typed values are checked, and
 * typed again when they did not land where they belong.
 */
export async function enterCredentials(page, user, password, app = TASKLIST) {
  await page.goto(app);
  await page.waitForLoadState('networkidle').catch(() => {});
  const username = page.locator('input[ng-model="username"]');
  const secret = page.locator('input[ng-model="password"]');
  // a webapp's first page after the app started compiles its bundles on a cold JVM: on a loaded
  // machine its login form can take longer than a step's usual 30 s to show
  await username.waitFor({ timeout: 4 * STEP_TIMEOUT });
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

export async function newContext(browser, viewportHeight = 1100) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: viewportHeight },
    // as an agency clerk's browser: Chinese, China's time
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  return context;
}

export async function login(browser, user, viewportHeight = 1100) {
  const context = await newContext(browser, viewportHeight);
  const page = await context.newPage();
  state.currentPage = page;
  page.on('pageerror', (error) => process.stderr.write(`[${user}] page error: ${error.message}\n`));
  await enterCredentials(page, user, PASSWORD);
  // logged in: the user menu shows and the agency's filter is listed
  await page.locator('.task-filter', { hasText: FILTER_NAME }).first().waitFor();
  await noSpinner(page);
  return { context, page };
}

export async function openFilter(page) {
  const filter = page.locator('.task-filter', { hasText: FILTER_NAME });
  assert(await filter.count() === 1, `expected one filter "${FILTER_NAME}", found ${await filter.count()}`);
  await filter.locator('h4.name a').click();
  await page.locator('.task-filter.active', { hasText: FILTER_NAME }).waitFor();
  await noSpinner(page);
}

/** Tasks of the open filter with this name. */
export function tasksNamed(page, taskName) {
  return page.locator('ol.tasks-list > li.task').filter({
    has: page.locator('.names h4, .names .task', { hasText: taskName }),
  });
}

export function formField(page, key) {
  return page.locator(`.fjs-container [id$="-Field_${key}"], .fjs-container [id$="-Field_${key}-date"]`);
}

/** Selects the task and waits for its Camunda Form; returns the enterprise summary it shows. */
export async function showTask(page, item) {
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
export async function findCaseTask(page, taskName, enterpriseName) {
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
  // every case task has a deadline, and the list says so (and names the enterprise)
  const listed = oneLine(await page.locator('ol.tasks-list > li.task.active').innerText());
  assert(/到期/.test(listed), `the task list shows no due date for "${taskName}": ${listed}`);
  assert(listed.includes(enterpriseName), `the task list does not name the enterprise: ${listed}`);
  return { listed: count, ofThisCase: ours.length };
}

export function currentTaskId(page) {
  const match = /[?&]task=([0-9a-f-]+)/.exec(decodeURIComponent(page.url()));
  assert(match, `no task id in ${page.url()}`);
  return match[1];
}

export async function claim(page, user) {
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
export async function checkFormRendered(page, title, labels) {
  await page.locator('.fjs-container').waitFor();
  await page.locator('.fjs-container h1', { hasText: title }).waitFor();
  for (const label of labels) {
    const visible = await page.locator('.fjs-container .fjs-form-field-label', { hasText: label }).first().isVisible();
    assert(visible, `form label "${label}" not visible`);
  }
  const formError = page.locator('[cam-tasklist-form] .alert-danger:visible');
  assert(await formError.count() === 0, `form failure shown: ${await formError.allInnerTexts()}`);
}

export async function setCheckbox(page, key, checked) {
  const box = formField(page, key);
  await box.setChecked(checked);
  assert(await box.isChecked() === checked, `checkbox ${key} is not ${checked ? 'ticked' : 'clear'}`);
}

export async function fillText(page, key, text) {
  const field = formField(page, key);
  await field.fill(text);
  assert(await field.inputValue() === text, `field ${key} did not take the text`);
}

/** Picks an option of a form-js radio group by its label. */
export async function chooseRadio(page, key, label) {
  const option = page.locator(`.fjs-container label[for*="-Field_${key}-"]`, { hasText: label }).locator('input[type="radio"]');
  assert(await option.count() === 1, `radio ${key} has ${await option.count()} options labelled "${label}"`);
  await option.check();
  assert(await option.isChecked(), `radio ${key}: "${label}" is not chosen`);
}

/** Picks an option of a form-js select (searchable or not) by its label. */
export async function choose(page, key, label) {
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

/** Types a date into a form-js date picker (yyyy-MM-dd, see pickerDate). */
export async function pickDate(page, key, iso) {
  const input = formField(page, key);
  await input.click();
  await input.fill(pickerDate(iso));
  await input.press('Enter');
  await page.keyboard.press('Escape');
  // blur by clicking the form's title
  await page.locator('.fjs-container h1').click();
  const shown = await input.inputValue();
  assert(shown === iso, `date ${key} shows "${shown}", not ${iso} as yyyy-MM-dd`);
}

export async function screenshot(page, name) {
  await noSpinner(page);
  // give fonts and autosized textareas a frame to settle
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Completes the task and waits until the engine no longer has it. */
export async function complete(page, taskId) {
  const button = page.locator('[cam-tasklist-form] .form-actions button.btn-primary', { hasText: COMPLETE_LABEL });
  await button.waitFor();
  assert(await button.isEnabled(), 'the 提交办结 (Complete) button is disabled (form invalid?)');
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
  await page.locator('ol.tasks-list > li.task.active').waitFor({ state: 'detached' }).catch(() => {});
  await noSpinner(page);
}

/**
 * Clicks Complete on a form the server must refuse: waits for Tasklist's error notification,
 * checks that it contains every expected text and that the task is still open, then dismisses
 * it. Returns the reason the server gave (what follows "Invalid input: ").
 */
export async function completeRefused(page, taskId, expected, shotName) {
  await page.locator('[cam-tasklist-form] .form-actions button.btn-primary', { hasText: COMPLETE_LABEL }).click();
  const error = page.locator('.notifications .alert-danger').first();
  await error.waitFor();
  const message = oneLine(await error.innerText());
  for (const text of [].concat(expected)) {
    assert(message.includes(text), `the refusal does not say "${text}": ${message}`);
  }
  // the message itself, as the listener worded it: no engine codes, no exception names
  assert(!/ENGINE-\d+|Exception|Invalid input/.test(message), `the refusal shows engine text: ${message}`);
  const task = await api('GET', `/engine-rest/task/${taskId}`, 'supervisor1');
  assert(task.status === 200, `the refused task is gone (HTTP ${task.status})`);
  await screenshot(page, shotName);
  await error.locator('button.close[ng-click^="removeNotification"]').click();
  await page.waitForFunction(() => ![...document.querySelectorAll('.notifications .alert-danger')]
    .some((element) => element.getClientRects().length > 0), null, { timeout: STEP_TIMEOUT });
  return message;
}

/**
 * Logs in as the user, finds the case's task, claims it and checks its form; then fill() fills it,
 * a screenshot is taken and the task is completed.
 */
export async function workTask(browser, { user, taskName, enterpriseName, title, labels, shotName, viewportHeight, fill, inspect }) {
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

// ---------------------------------------------------------------- tasks whose form shows no enterprise summary

/**
 * Selects the task and waits for its Camunda Form to show the read-only field filled (as showTask
 * does for the enterprise summary); returns the field's text. For the 督办 form, whose context is
 * the overdue summary.
 */
export async function showTaskByField(page, item, key) {
  await page.evaluate(() => document.querySelectorAll('.fjs-container')
    .forEach((container) => container.setAttribute('data-walkthrough-seen', '')));
  await item.locator('.clickable').click();
  await page.locator('ol.tasks-list > li.task.active').waitFor();
  await page.waitForFunction((fieldKey) => {
    const containers = document.querySelectorAll('.fjs-container');
    const field = containers.length === 1 && !containers[0].hasAttribute('data-walkthrough-seen')
      && containers[0].querySelector(`[id$="-Field_${fieldKey}"]`);
    return field && field.value.trim().length > 0;
  }, key, { timeout: STEP_TIMEOUT });
  await noSpinner(page);
  return formField(page, key).inputValue();
}

/**
 * Finds the one task with this name in the open filter whose form field `key` contains the text,
 * and selects it; like findCaseTask, for forms without the enterprise summary. Returns how many
 * tasks of that name the list held and the row's text.
 */
export async function findTaskByField(page, taskName, key, text) {
  const items = tasksNamed(page, taskName);
  await items.first().waitFor();
  const count = await items.count();
  const ours = [];
  for (let i = 0; i < count; i++) {
    if ((await showTaskByField(page, items.nth(i), key)).includes(text)) {
      ours.push(i);
    }
  }
  assert(ours.length === 1, `${ours.length} "${taskName}" tasks among the ${count} listed show "${text}" in ${key}`);
  if (ours[0] !== count - 1) {
    await showTaskByField(page, items.nth(ours[0]), key);
  }
  return { listed: count, row: oneLine(await page.locator('ol.tasks-list > li.task.active').innerText()) };
}

/**
 * Picks an option of a form-js select that is not searchable: its input is hidden, so the
 * display is clicked to open the list (choose() types into a searchable one).
 */
export async function chooseOption(page, key, label) {
  const field = page.locator('.fjs-container .fjs-form-field-select').filter({ has: page.locator(`[id$="-Field_${key}"]`) });
  await field.locator('.fjs-input-group').click();
  const option = field.locator('.fjs-dropdownlist-item', { hasText: label });
  assert(await option.count() === 1, `select ${key} lists ${await option.count()} options labelled "${label}"`);
  await option.click();
  await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached' });
  const shown = (await field.locator('.fjs-select-display').innerText()).trim();
  assert(shown.includes(label), `select ${key} shows "${shown}", not "${label}"`);
}
