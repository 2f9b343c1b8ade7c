// Headless-Chromium walkthrough of the Camunda Forms that the other walkthroughs never render:
// each is opened, filled and submitted in Camunda Tasklist by a demo user of the task's group, and
// what the submission changed is then read back through the APIs.
//
// Three cases are opened through Rectify's API and driven over the engine REST API, as the demo
// users, up to the tasks the check is about:
//   退二进三 Convert to services (disposition CONVERT_TO_SERVICES): admin runs the overdue timer of
//      the closure notice, and district-office1 handles the 督办 Escalate overdue task; then
//      district-office1 issues the closure notice, safety1 verifies the closure on site, town-office1
//      records the land's new use and market-regulation1 amends the business licence: the case ends.
//   搬迁入园 Relocate to a chemical park: the enterprise's own user (ent-<credit code>) plans the
//      relocation (a completion date before the move date is refused first) and safety1 accepts the
//      new site; the old site's closure begins.
//   原地整治提升 Upgrade in place, through the demo design and evaluation firms: evaluation-firm1
//      evaluates the rectified hazards (one not verified), safety1 fails the on-site acceptance and
//      sets a time-limited round; after a second round fails as well (over REST), district-office1
//      decides on one more round instead of closure.
//
//   BASE_URL  the running app (default http://localhost:8080)
//   OUT_DIR   where screenshots go (default target/browser), named forms-NN-*.png
//
// Prints one line per checked step and closes with "N passed, M failed"; exits 1 on a failure,
// after a screenshot of the failing page. Run it through run.sh (npm run test:browser), which
// starts a fresh app of its own.

import {
  api, assert, candidateGroups, captureFailure, checkFormRendered, chooseOption, chooseRadio, claim, complete, completeRefused,
  creditCode, currentTaskId, daysFromNow, fillText, findTaskByField, formField, login, openCaseTasks, openFilter,
  pickDate, restSurveyAndReview, restTaskId, restWork, runWalkthrough, screenshot, setCheckbox, setShotPrefix, step,
  workTask,
} from './lib.mjs';

setShotPrefix('forms-');

const TASK = {
  escalate: '督办 Escalate overdue task',
  notice: '下达关闭通知 Issue the closure notice',
  verifyClosure: '关闭核查 Verify the closure on site',
  landReuse: '登记土地新用途 Record the land\'s new use',
  licence: '注销或变更营业执照 Cancel or amend the business licence',
  planRelocation: '制定搬迁方案 Plan the relocation',
  acceptNewSite: '搬迁入园验收 Accept the new site',
  evaluate: '安全评价 Evaluate safety',
  acceptance: '现场验收 Conduct on-site acceptance',
  decideAfterRounds: '决定是否关闭 Decide on closure after failed rounds',
};

/** The issues of the upgrade case's diagnosis (area | severity | item | description). */
const HAZARD_LINES = [
  '总图布置 | 重大 | 第3条 | 甲类仓库与生产车间防火间距不足 Too close to the workshop',
  'ALARM_FACILITIES | GENERAL | 第27条 | 未设可燃气体报警仪 No combustible gas detector',
];

/** The smallest file the report upload takes: the PDF signature and an empty trailer. */
const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'ascii');

// ---------------------------------------------------------------- API helpers

async function caseFileOf(caseId) {
  const response = await api('GET', `/api/cases/${caseId}`, 'district-office1');
  assert(response.status === 200, `GET /api/cases/${caseId}: HTTP ${response.status} ${response.text}`);
  return response.json;
}

/** Opens a case through the API as district-office1; answers the case file. */
async function openCase(code, name, township, products) {
  const response = await api('POST', '/api/cases', 'district-office1', {
    enterprise: {
      creditCode: code,
      name,
      township,
      village: '北村',
      address: `${township}工业园${code.slice(-3)}号`,
      legalRepresentative: '陈立新',
      contactPhone: '0512-63800026',
      industryCategory: '化学原料和化学制品制造业',
      products,
      revenueBand: 'FROM_2M_TO_5M',
      aboveScale: false,
      employees: 18,
      siteAreaMu: 5.5,
      businessType: 'PRODUCER',
      eiaApprovalDate: '2009-03-16',
      safetyApprovalDate: '2010-08-20',
    },
  });
  assert(response.status === 201, `POST /api/cases: HTTP ${response.status} ${response.text}`);
  assert(response.json.id && response.json.processInstanceId, `no id or processInstanceId in ${response.text}`);
  return response.json;
}

/** Survey, a unanimous joint review, the decision and its confirmation on site, over engine REST. */
async function restReviewAndDecide(code, disposition, reason) {
  await restSurveyAndReview(code, disposition, reason);
  await restWork('district-office1', code, 'Activity_DecideDisposition', {
    disposition,
    dispositionDeadline: daysFromNow(90),
    supervisingAgency: 'safety',
    decisionReasoning: `会审意见一致 The agencies agree: ${reason}`,
  });
  await restWork('town-office1', code, 'Activity_VerifyOnSite',
    { verificationConfirmed: true, verificationNote: '现场情况与会审一致 As reviewed' });
}

/** The case's open tasks (called processes included), 督办 tasks left out unless asked for. */
async function caseTasks(code, withEscalations = false) {
  return (await openCaseTasks(code)).filter((task) => withEscalations || !task.name.startsWith('督办'));
}

/** Asserts that the one open task of the case (督办 left out) is this activity, for these candidates. */
async function expectOnlyTask(code, activityId, candidates) {
  const tasks = await caseTasks(code);
  assert(tasks.length === 1 && tasks[0].taskDefinitionKey === activityId,
    `expected the one open task ${activityId}, found: ${tasks.map((task) => task.taskDefinitionKey).join(', ') || 'none'}`);
  const [task] = tasks;
  if (candidates.groups) {
    const groups = await candidateGroups(task.id);
    assert(JSON.stringify(groups) === JSON.stringify(candidates.groups), `candidate groups of ${activityId}: ${groups}`);
  }
  if (candidates.user) {
    const links = await api('GET', `/engine-rest/task/${task.id}/identity-links?type=candidate`, 'supervisor1');
    const users = links.json.map((link) => link.userId).filter(Boolean);
    assert(JSON.stringify(users) === JSON.stringify([candidates.user]), `candidate users of ${activityId}: ${users}`);
  }
  return task;
}

/** A variable of the task (its read-only context is task-local), as the supervisor reads it. */
async function taskVariable(taskId, name) {
  const response = await api('GET', `/engine-rest/task/${taskId}/variables/${name}`, 'supervisor1');
  assert(response.status === 200, `variable ${name} of task ${taskId}: HTTP ${response.status} ${response.text}`);
  return response.json.value;
}

/**
 * Types into a form-js number field, then leaves it (a click on the form's title) so that it hands
 * its value to the form. A number field hands it over once more a moment later, and that re-render
 * drops whatever a text field took meanwhile and had not yet handed over: number fields are filled
 * after the text fields of their form.
 */
async function fillNumber(page, key, text) {
  await fillText(page, key, text);
  await page.locator('.fjs-container h1').click();
  const shown = await formField(page, key).inputValue();
  assert(shown === text, `number ${key} shows "${shown}", not ${text}`);
}

async function expectStage(caseId, stage) {
  const file = await caseFileOf(caseId);
  assert(file.stage === stage, `stage ${file.stage}, expected ${stage}`);
  return file;
}

/** The hazards of the case as /api/hazards serves them, by id. */
async function caseHazards(caseId) {
  const response = await api('GET', `/api/hazards?caseId=${caseId}`, 'supervisor1');
  assert(response.status === 200, `GET /api/hazards?caseId=${caseId}: HTTP ${response.status} ${response.text}`);
  return response.json.sort((a, b) => a.id - b.id);
}

// ---------------------------------------------------------------- the walkthrough

async function main(browser) {
  const convert = { code: creditCode() };
  convert.name = `七都印染助剂厂 Qidu Dye Auxiliaries ${convert.code.slice(10, 17)}`;
  const relocate = { code: creditCode() };
  relocate.name = `横扇树脂化工有限公司 Hengshan Resins ${relocate.code.slice(10, 17)}`;
  relocate.user = `ent-${relocate.code.toLowerCase()}`;
  const upgrade = { code: creditCode() };
  upgrade.name = `震泽涂料化工厂 Zhenze Coatings ${upgrade.code.slice(10, 17)}`;
  upgrade.user = `ent-${upgrade.code.toLowerCase()}`;
  const firms = {};

  // ---------------------------------------------------------------- 退二进三: escalation, closure, land, licence

  const stopBy = daysFromNow(30);
  const noticeText = '限期停产关闭，原址退二进三 Stop production and close; the site turns to services';
  const land = { reclaimed: '5.2', corrected: '5.5', demolished: '860' };
  const landNewUse = '社区商业服务中心 Community services centre';
  const licenceNumber = `91320509${convert.code.slice(10, 17)}X`;
  const licenceDate = daysFromNow(-1);
  let escalationTaskId;

  await step(`open the 退二进三 case (${convert.code}) and drive it over engine REST to 下达关闭通知`, async () => {
    Object.assign(convert, await openCase(convert.code, convert.name, '七都镇', '印染助剂 Dye auxiliaries'));
    await restReviewAndDecide(convert.code, 'CONVERT_TO_SERVICES', '同意退二进三 Agree to convert to services');
    await expectOnlyTask(convert.code, 'Activity_IssueClosureNotice', { groups: ['district-office'] });
    const file = await expectStage(convert.id, 'CLOSURE');
    assert(file.disposition === 'CONVERT_TO_SERVICES', `disposition ${file.disposition}`);
    return `case ${convert.id}: ${file.disposition}, stage ${file.stage}`;
  });

  await step('admin runs the overdue timer of 下达关闭通知 over engine REST: a 督办 task opens for district-office', async () => {
    const [notice] = await caseTasks(convert.code);
    // the task's two timeout timers: the reminder, then the overdue one at the due date
    const jobs = await api('GET', `/engine-rest/job?maxResults=10&processInstanceId=${notice.processInstanceId}`
      + '&activityId=Activity_IssueClosureNotice&timers=true&sortBy=jobDueDate&sortOrder=asc', 'admin');
    assert(jobs.status === 200 && jobs.json.length === 2, `timeout timer jobs: HTTP ${jobs.status} ${jobs.text}`);
    const overdue = jobs.json[1];
    // (the escalation cycle counts in whole seconds, from a moment apart from the due date's)
    assert(Math.abs(Date.parse(overdue.dueDate) - Date.parse(notice.due)) < 2000,
      `the later timer is due ${overdue.dueDate}, the task ${notice.due}`);
    const ran = await api('POST', `/engine-rest/job/${overdue.id}/execute`, 'admin');
    assert(ran.status === 204, `executing the timer job: HTTP ${ran.status} ${ran.text}`);
    const escalations = (await caseTasks(convert.code, true))
      .filter((task) => task.taskDefinitionKey === 'Activity_EscalateOverdueTask');
    assert(escalations.length === 1, `${escalations.length} 督办 tasks open`);
    escalationTaskId = escalations[0].id;
    const groups = await candidateGroups(escalationTaskId);
    assert(JSON.stringify(groups) === '["district-office"]', `candidate groups of the 督办 task: ${groups}`);
    const summary = await taskVariable(escalationTaskId, 'overdueSummary');
    assert(summary.includes(TASK.notice) && summary.includes(convert.name), `overdue summary: ${summary}`);
    return `timer job ${overdue.id} run; 督办 task ${escalationTaskId}`;
  });

  await step('district-office1 logs in, finds the 督办 task by its overdue summary and completes it', async () => {
    const { context, page } = await login(browser, 'district-office1', 1200);
    try {
      await openFilter(page);
      const found = await findTaskByField(page, TASK.escalate, 'overdueSummary', convert.name);
      const taskId = currentTaskId(page);
      assert(taskId === escalationTaskId, `the list selected task ${taskId}, not the 督办 task ${escalationTaskId}`);
      await checkFormRendered(page, TASK.escalate, ['案件情况 Case information', '逾期情况 What is overdue', '督办意见 Escalation note']);
      const summary = await formField(page, 'overdueSummary').inputValue();
      assert(summary.includes(`逾期任务 Overdue task: ${TASK.notice}`) && summary.includes('（未认领 unclaimed）'),
        `the form's overdue summary: ${summary}`);
      const assignee = await claim(page, 'district-office1');
      await checkFormRendered(page, TASK.escalate, ['督办意见 Escalation note']);
      await chooseRadio(page, 'escalationOutcome', '督促办理 Urged the agency');
      await fillText(page, 'escalationNote', '已电话督促区化治办经办人三日内下达通知 Phoned the clerk: the notice goes out within three days');
      await screenshot(page, 'escalate');
      await complete(page, taskId);
      await screenshot(page, 'escalate-done');
      return `claimed by ${assignee}; ${found.listed} listed; row "${found.row}"`;
    } catch (error) {
      await captureFailure(error);
      throw error;
    } finally {
      await context.close();
    }
  });

  await step('the escalation is recorded as handled by district-office1; 下达关闭通知 is still open', async () => {
    const response = await api('GET', '/api/notifications', 'district-office1');
    assert(response.status === 200, `GET /api/notifications: HTTP ${response.status} ${response.text}`);
    const escalation = response.json.find((note) => note.kind === 'ESCALATION' && note.caseId === convert.id
      && note.activityId === 'Activity_IssueClosureNotice');
    assert(escalation, `no escalation of case ${convert.id} among ${response.json.length} notifications`);
    assert(escalation.handledBy === 'district-office1' && escalation.handledAt && escalation.handlingOutcome === 'URGED',
      `escalation ${JSON.stringify(escalation)}`);
    assert((await caseTasks(convert.code, true)).every((task) => !task.name.startsWith('督办')), 'a 督办 task is still open');
    await expectOnlyTask(convert.code, 'Activity_IssueClosureNotice', { groups: ['district-office'] });
    return `notification ${escalation.id} handled by ${escalation.handledBy} at ${escalation.handledAt}`;
  });

  await step('district-office1 logs in, sees and completes 下达关闭通知 Issue the closure notice', () => workTask(browser, {
    user: 'district-office1',
    taskName: TASK.notice,
    enterpriseName: convert.name,
    title: TASK.notice,
    labels: ['企业概况 Enterprise summary', '已有处置决定 Decisions so far', '停产期限 Stop production by', '通知内容 Notice'],
    shotName: 'notice',
    viewportHeight: 1500,
    inspect: async (page) => {
      const decisions = await formField(page, 'decisionSummary').inputValue();
      assert(decisions.includes('退二进三'), `the decision is not shown: ${decisions}`);
      return 'the decision is shown';
    },
    fill: async (page) => {
      await pickDate(page, 'stopProductionBy', stopBy);
      await fillText(page, 'closureNoticeText', noticeText);
    },
  }));

  await step('the notice is on file: 关闭核查 is open for safety and shows it', async () => {
    const task = await expectOnlyTask(convert.code, 'Activity_VerifyClosure', { groups: ['safety'] });
    const summary = await taskVariable(task.id, 'closureSummary');
    assert(summary.includes(`停产期限 stop production by ${stopBy}`) && summary.includes(noticeText)
      && summary.includes('district-office1'), `the closure summary: ${summary}`);
    const file = await expectStage(convert.id, 'CLOSURE');
    return `stage ${file.stage}; ${summary.split('\n')[0]}`;
  });

  await step('safety1 logs in, sees and completes 关闭核查 Verify the closure on site (everything done)', () => workTask(browser, {
    user: 'safety1',
    taskName: TASK.verifyClosure,
    enterpriseName: convert.name,
    title: TASK.verifyClosure,
    labels: ['关闭通知和历次核查 Closure notice and earlier checks', '已停止生产 Production stopped', '处置方式 How disposed',
      '腾退土地（亩） Land reclaimed (mu)', '复查日期 Re-check date', '核查意见 Note'],
    shotName: 'verify-closure',
    viewportHeight: 2600,
    inspect: async (page) => {
      const summary = await formField(page, 'closureSummary').inputValue();
      assert(summary.includes(noticeText), `the notice is not shown: ${summary}`);
      return 'the notice is shown';
    },
    fill: async (page) => {
      // no lines are eliminated in this closure: the units field stays hidden
      assert(!(await formField(page, 'eliminatedUnits').isVisible()), 'the eliminated units show for a 退二进三 closure');
      for (const item of ['productionStopped', 'materialsDisposed', 'equipmentDismantled', 'utilitiesCut']) {
        await setCheckbox(page, item, true);
      }
      await fillText(page, 'disposalMethod', '委托有资质单位处置 By a licensed disposer');
      await fillText(page, 'disposalQuantity', '2.8 吨');
      await fillText(page, 'disposalRecipient', '绿源危废处置有限公司');
      await fillText(page, 'closureCheckNote', '停产、清场、拆除到位 Stopped, cleared and dismantled');
      await fillNumber(page, 'landReclaimedMu', land.reclaimed);
      await fillNumber(page, 'structuresDemolishedSqm', land.demolished);
    },
  }));

  await step('the check is on file: land reclaimed and structures demolished recorded; 登记土地新用途 is open for town-office', async () => {
    const file = await expectStage(convert.id, 'CLOSURE');
    assert(Number(file.landReclaimedMu) === Number(land.reclaimed), `land reclaimed ${file.landReclaimedMu}`);
    assert(Number(file.structuresDemolishedSqm) === Number(land.demolished), `demolished ${file.structuresDemolishedSqm}`);
    const task = await expectOnlyTask(convert.code, 'Activity_RecordLandReuse', { groups: ['town-office'] });
    const summary = await taskVariable(task.id, 'closureSummary');
    assert(summary.includes('第1次核查 Check 1') && summary.includes('关闭到位 complete'), `the closure summary: ${summary}`);
    return `${file.landReclaimedMu} mu reclaimed, ${file.structuresDemolishedSqm} m² demolished`;
  });

  await step('town-office1 logs in, sees and completes 登记土地新用途 Record the land\'s new use', () => workTask(browser, {
    user: 'town-office1',
    taskName: TASK.landReuse,
    enterpriseName: convert.name,
    title: TASK.landReuse,
    labels: ['企业概况 Enterprise summary', '关闭通知和历次核查 Closure notice and earlier checks', '土地新用途 New use of the land',
      '腾退土地（亩） Land reclaimed (mu)'],
    shotName: 'land-reuse',
    viewportHeight: 1600,
    inspect: async (page) => {
      const summary = await formField(page, 'closureSummary').inputValue();
      assert(summary.includes('关闭到位 complete') && summary.includes(`腾退 reclaimed ${land.reclaimed}`),
        `the check is not shown: ${summary}`);
      return 'the check and the land are shown';
    },
    fill: async (page) => {
      await fillText(page, 'landNewUse', landNewUse);
      // the town office's own measurement replaces the inspector's
      await fillNumber(page, 'landReclaimedMu', land.corrected);
    },
  }));

  await step('the land\'s new use is on file; 注销或变更营业执照 is open for market-regulation', async () => {
    const file = await expectStage(convert.id, 'LICENCE');
    assert(file.landNewUse === landNewUse, `new use ${file.landNewUse}`);
    assert(Number(file.landReclaimedMu) === Number(land.corrected), `land reclaimed ${file.landReclaimedMu}`);
    await expectOnlyTask(convert.code, 'Activity_ChangeLicence', { groups: ['market-regulation'] });
    return `stage ${file.stage}; new use "${file.landNewUse}", ${file.landReclaimedMu} mu`;
  });

  await step('market-regulation1 logs in, sees and completes 注销或变更营业执照 (the scope amended, as proposed)', () => workTask(browser, {
    user: 'market-regulation1',
    taskName: TASK.licence,
    enterpriseName: convert.name,
    title: TASK.licence,
    labels: ['建议 Proposed', '办理结果 Action taken', '营业执照号 Licence number', '办理日期 Date',
      '安全生产许可证 Safety production licence', '排污许可证 Discharge permit'],
    shotName: 'licence',
    viewportHeight: 2200,
    inspect: async (page) => {
      const proposed = await page.locator('.fjs-container .fjs-form-field-select')
        .filter({ hasText: '建议 Proposed' }).innerText();
      assert(proposed.includes('变更经营范围'), `the proposed action shows "${proposed.replace(/\s+/g, ' ')}"`);
      const summary = await formField(page, 'closureSummary').inputValue();
      assert(summary.includes(landNewUse), `the land's new use is not shown: ${summary}`);
      return 'proposed: amend the scope';
    },
    fill: async (page) => {
      await chooseOption(page, 'licenceAction', '变更经营范围（去除化工项目） Amend scope (remove chemical items)');
      await fillText(page, 'licenceNumber', licenceNumber);
      await pickDate(page, 'licenceActionDate', licenceDate);
      await chooseOption(page, 'safetyLicence', '吊销/注销 Revoked');
      await chooseOption(page, 'dischargePermit', '保留 Kept');
      await fillText(page, 'licenceNote', '排污许可证保留用于商业服务 The discharge permit stays for the services use');
    },
  }));

  await step('the 退二进三 case has ended: CLOSED, outcome CONVERTED, no task open', async () => {
    const file = await expectStage(convert.id, 'CLOSED');
    assert(file.outcome === 'CONVERTED' && file.closedAt, `outcome ${file.outcome}, closed at ${file.closedAt}`);
    const open = await caseTasks(convert.code, true);
    assert(open.length === 0, `tasks still open: ${open.map((task) => task.name)}`);
    const instance = await api('GET', `/engine-rest/process-instance/${convert.processInstanceId}`, 'supervisor1');
    assert(instance.status === 404, `the case's process instance is still running (HTTP ${instance.status})`);
    return `outcome ${file.outcome} at ${file.closedAt}`;
  });

  // ---------------------------------------------------------------- 搬迁入园: relocation plan and the new site

  const park = '滨江新材料化工园区 Binjiang new-materials chemical park';
  const moveDate = daysFromNow(60);
  const completionDate = daysFromNow(180);

  await step(`open the 搬迁入园 case (${relocate.code}) and drive it over engine REST to 制定搬迁方案`, async () => {
    Object.assign(relocate, await openCase(relocate.code, relocate.name, '横扇镇', '不饱和树脂 Unsaturated resins'));
    await restReviewAndDecide(relocate.code, 'RELOCATE_TO_PARK', '同意搬迁入园 Agree to move to a park');
    await expectOnlyTask(relocate.code, 'Activity_PlanRelocation', { user: relocate.user });
    // only the enterprise's own user sees it
    await restTaskId(relocate.user, relocate.code, 'Activity_PlanRelocation');
    const others = await api('GET', `/engine-rest/task?maxResults=100&processInstanceBusinessKey=${relocate.code}`, 'enterprise1');
    assert(others.status === 200 && others.json.length === 0, `enterprise1 sees ${others.text}`);
    const file = await expectStage(relocate.id, 'RELOCATION');
    return `case ${relocate.id}: ${file.disposition}, stage ${file.stage}; open for ${relocate.user} only`;
  });

  await step(`${relocate.user} logs in and completes 制定搬迁方案 (a completion before the move is refused first)`, () => workTask(browser, {
    user: relocate.user,
    taskName: TASK.planRelocation,
    enterpriseName: relocate.name,
    title: TASK.planRelocation,
    labels: ['企业概况 Enterprise summary', '搬迁方案和历次验收 Relocation plan and earlier acceptances',
      '目标化工园区 Target chemical park', '计划搬迁日期 Planned move date', '计划完成日期 Planned completion date'],
    shotName: 'plan-relocation',
    viewportHeight: 1800,
    inspect: async (page, found) => {
      const listed = await page.locator('ol.tasks-list > li.task').count();
      assert(found.ofThisCase === 1 && listed === 1, `the enterprise lists ${listed} tasks, ${found.ofThisCase} of its case`);
      return 'lists its 1 task';
    },
    fill: async (page, taskId) => {
      await fillText(page, 'targetPark', park);
      await pickDate(page, 'plannedMoveDate', moveDate);
      await pickDate(page, 'plannedCompletionDate', daysFromNow(30));
      await fillText(page, 'relocationPlanText', '分两期搬迁：先仓储后生产线 Move in two phases: storage first, then the lines');
      const refusal = await completeRefused(page, taskId, ['plannedCompletionDate', moveDate], 'plan-relocation-refused');
      await pickDate(page, 'plannedCompletionDate', completionDate);
      return `completion before the move refused: "${refusal}"`;
    },
  }));

  await step('the plan is on file: 搬迁入园验收 is open for safety and shows it', async () => {
    const task = await expectOnlyTask(relocate.code, 'Activity_AcceptNewSite', { groups: ['safety'] });
    const summary = await taskVariable(task.id, 'relocationSummary');
    assert(summary.includes(park) && summary.includes(`搬迁 move ${moveDate}`) && summary.includes(`完成 complete ${completionDate}`)
      && summary.includes(relocate.user), `the relocation summary: ${summary}`);
    const file = await expectStage(relocate.id, 'RELOCATION');
    return `stage ${file.stage}; ${summary}`;
  });

  await step('safety1 logs in, sees and completes 搬迁入园验收 Accept the new site (accepted)', () => workTask(browser, {
    user: 'safety1',
    taskName: TASK.acceptNewSite,
    enterpriseName: relocate.name,
    title: TASK.acceptNewSite,
    labels: ['搬迁方案和历次验收 Relocation plan and earlier acceptances', '新址验收通过 New site accepted', '验收意见 Note'],
    shotName: 'accept-new-site',
    viewportHeight: 1500,
    inspect: async (page) => {
      const summary = await formField(page, 'relocationSummary').inputValue();
      assert(summary.includes(park), `the plan is not shown: ${summary}`);
      return 'the plan is shown';
    },
    fill: async (page) => {
      await setCheckbox(page, 'newSiteAccepted', true);
      await fillText(page, 'newSiteNote', '新址安全设施和消防验收合格 Safety facilities and fire check passed at the new site');
    },
  }));

  await step('the new site is accepted: the old site\'s 下达关闭通知 is open for district-office', async () => {
    const task = await expectOnlyTask(relocate.code, 'Activity_IssueClosureNotice', { groups: ['district-office'] });
    const file = await expectStage(relocate.id, 'CLOSURE');
    assert(file.outcome === null, `the case has ended already: ${file.outcome}`);
    const instance = await api('GET', `/engine-rest/process-instance/${task.processInstanceId}`, 'supervisor1');
    assert(instance.status === 200, `the closure's process instance: HTTP ${instance.status}`);
    const definition = await api('GET', `/engine-rest/process-definition/${instance.json.definitionId}`, 'supervisor1');
    assert(definition.json?.key === 'Process_Closure', `the notice belongs to ${definition.json?.key}`);
    return `stage ${file.stage}; the old site's closure runs in ${definition.json.key}`;
  });

  // ---------------------------------------------------------------- 原地整治提升: evaluation, acceptance, failed rounds

  let hazards;
  let verified;
  let failing;
  const roundTwoDeadline = daysFromNow(20);
  const extraDeadline = daysFromNow(45);

  await step('the register lists the demo design and evaluation firms of design-firm1 and evaluation-firm1', async () => {
    const response = await api('GET', '/api/intermediaries', 'district-office1');
    assert(response.status === 200, `GET /api/intermediaries: HTTP ${response.status} ${response.text}`);
    for (const [kind, certificate] of [['DESIGN_FIRM', 'A132000001'], ['EVALUATION_FIRM', 'APJ-(苏)-001']]) {
      firms[kind] = response.json.find((firm) => firm.certificateNumber === certificate);
      assert(firms[kind] && firms[kind].qualified === true, `no qualified ${kind} ${certificate} in ${response.text}`);
    }
    return `design firm #${firms.DESIGN_FIRM.id}, evaluation firm #${firms.EVALUATION_FIRM.id}`;
  });

  await step(`open the 原地整治提升 case (${upgrade.code}) and drive it over engine REST to 安全评价: commitment, report, diagnosis, plan, rectification`, async () => {
    Object.assign(upgrade, await openCase(upgrade.code, upgrade.name, '震泽镇', '防腐涂料 Anti-corrosion coatings'));
    await restReviewAndDecide(upgrade.code, 'RECTIFY_IN_PLACE', '同意原地整治提升 Agree to upgrade in place');
    await restWork(upgrade.user, upgrade.code, 'Activity_SignCommitment', {
      enterpriseChoice: 'UPGRADE',
      designFirmId: String(firms.DESIGN_FIRM.id),
      evaluationFirmId: String(firms.EVALUATION_FIRM.id),
      commitmentNote: '按统一标准限期完成整治提升 We upgrade to the standard by the deadline',
    });
    const upload = new FormData();
    upload.append('report', new Blob([TINY_PDF], { type: 'application/pdf' }), '诊断报告 diagnosis-report.pdf');
    const uploaded = await api('POST', `/api/cases/${upgrade.id}/diagnosis-reports`, 'design-firm1', upload);
    assert(uploaded.status === 201, `report upload: HTTP ${uploaded.status} ${uploaded.text}`);
    await restWork('design-firm1', upgrade.code, 'Activity_DiagnoseSafetyFacilities', { hazardLines: HAZARD_LINES.join('\n') });
    await restWork('safety1', upgrade.code, 'Activity_AgreeRectificationPlan', {
      diagnosisReturned: false,
      planText: '两个月内逐项完成整改 Rectify item by item within two months',
      designFirmInput: '按诊断报告逐项整改 Item by item as diagnosed',
      experts: '张工, 李工',
      expertInput: '同意整改方案 The plan is agreed',
    });
    hazards = await caseHazards(upgrade.id);
    assert(hazards.length === 2, `${hazards.length} hazards recorded, expected 2`);
    await restWork(upgrade.user, upgrade.code, 'Activity_RectifyHazards', {
      rectificationEvidence: hazards.map((hazard) => `${hazard.code}: 已整改，见照片 Done, see photos`).join('\n'),
    });
    [verified, failing] = hazards;
    await expectOnlyTask(upgrade.code, 'Activity_EvaluateSafety', { groups: [`evaluation-firm-${firms.EVALUATION_FIRM.id}`] });
    const file = await expectStage(upgrade.id, 'EVALUATION');
    return `case ${upgrade.id}, stage ${file.stage}; hazards ${hazards.map((hazard) => hazard.code).join(', ')} rectified`;
  });

  await step('evaluation-firm1 logs in and completes 安全评价 Evaluate safety (one hazard not verified)', () => workTask(browser, {
    user: 'evaluation-firm1',
    taskName: TASK.evaluate,
    enterpriseName: upgrade.name,
    title: TASK.evaluate,
    labels: ['隐患清单 Hazards', '整治提升进展 Upgrade so far', '每个已整改隐患一行', '培训到位 Training done', '评价意见 Evaluation note'],
    shotName: 'evaluate',
    viewportHeight: 2200,
    inspect: async (page) => {
      const shown = await formField(page, 'hazardSummary').inputValue();
      for (const hazard of hazards) {
        assert(shown.includes(`${hazard.code} [`), `the form does not list ${hazard.code}: ${shown}`);
      }
      return `${hazards.length} hazards shown`;
    },
    fill: async (page) => {
      await fillText(page, 'hazardVerdicts', [`${verified.code}: VERIFIED 间距已满足 Distance now sufficient`,
        `${failing.code}: NOT_VERIFIED 报警仪未标定 The detector is not calibrated`].join('\n'));
      for (const check of ['trainingOk', 'rulesOk', 'testingOk', 'emergencyRescueOk']) {
        await setCheckbox(page, check, true);
      }
      await fillText(page, 'evaluationNote', `${failing.code} 需重新整改，其余合格 ${failing.code} to be rectified again, the rest passes`);
    },
  }));

  await step('the verdicts are on file: one hazard VERIFIED, one open again; 现场验收 is open for safety', async () => {
    const after = await caseHazards(upgrade.id);
    const [first, second] = after;
    assert(first.status === 'VERIFIED' && second.status === 'OPEN', `hazards ${after.map((hazard) => `${hazard.code} ${hazard.status}`)}`);
    const events = second.history.map((event) => event.kind);
    assert(JSON.stringify(events) === '["FOUND","RECTIFIED","NOT_VERIFIED"]', `${second.code} history ${events}`);
    assert(second.history[2].recordedBy === 'evaluation-firm1' && second.history[2].firmId === firms.EVALUATION_FIRM.id,
      `${second.code} not verified by ${JSON.stringify(second.history[2])}`);
    await expectOnlyTask(upgrade.code, 'Activity_ConductOnSiteAcceptance', { groups: ['safety'] });
    const file = await expectStage(upgrade.id, 'ACCEPTANCE');
    return `${first.code} ${first.status}, ${second.code} ${second.status}; stage ${file.stage}`;
  });

  await step('safety1 logs in and completes 现场验收 Conduct on-site acceptance (failed: a time-limited round)', () => workTask(browser, {
    user: 'safety1',
    taskName: TASK.acceptance,
    enterpriseName: upgrade.name,
    title: TASK.acceptance,
    labels: ['隐患清单 Hazards', '整治提升进展 Upgrade so far', '参加人员 Participants', '验收通过 Acceptance passed', '验收意见 Note'],
    shotName: 'acceptance',
    viewportHeight: 2200,
    inspect: async (page) => {
      const progress = await formField(page, 'upgradeSummary').inputValue();
      assert(progress.includes('安全评价 Evaluation round 1'), `the evaluation is not shown: ${progress}`);
      return 'the evaluation is shown';
    },
    fill: async (page) => {
      await fillText(page, 'acceptanceParticipants', '安监局, 企业负责人, 设计单位, 评价机构, 专家张工');
      // the re-rectification fields are for a failed acceptance only
      await setCheckbox(page, 'acceptancePassed', true);
      assert(!(await formField(page, 'reopenHazards').isVisible()), 'the hazards to rectify again show for a pass');
      await setCheckbox(page, 'acceptancePassed', false);
      await formField(page, 'reopenHazards').waitFor();
      await fillText(page, 'reopenHazards', failing.code);
      await pickDate(page, 'reRectificationDeadline', roundTwoDeadline);
      await fillText(page, 'acceptanceNote', `${failing.code} 报警仪须标定后复验 ${failing.code}: calibrate the detector, then again`);
      return `failed, ${failing.code} again by ${roundTwoDeadline}`;
    },
  }));

  await step(`the failed acceptance is on file: round 2 until ${roundTwoDeadline}; 实施整改 is open for the enterprise`, async () => {
    const task = await expectOnlyTask(upgrade.code, 'Activity_RectifyHazards', { user: upgrade.user });
    const progress = await taskVariable(task.id, 'upgradeSummary');
    assert(progress.includes(`第2轮整改 Round 2: 期限 deadline ${roundTwoDeadline}`), `upgrade so far: ${progress}`);
    assert(progress.includes('现场验收 Acceptance round 1') && progress.includes('未通过 failed'), `upgrade so far: ${progress}`);
    const file = await expectStage(upgrade.id, 'RECTIFICATION');
    return `stage ${file.stage}; task due ${task.due}`;
  });

  await step('drive round 2 over engine REST: rectified, verified, and the acceptance fails again; the rounds are used up', async () => {
    await restWork(upgrade.user, upgrade.code, 'Activity_RectifyHazards',
      { rectificationEvidence: `${failing.code}: 报警仪已标定 The detector is calibrated` });
    await restWork('evaluation-firm1', upgrade.code, 'Activity_EvaluateSafety', {
      hazardVerdicts: `${failing.code}: VERIFIED`,
      trainingOk: true,
      rulesOk: true,
      testingOk: true,
      emergencyRescueOk: true,
      evaluationNote: '评价合格 Evaluated',
    });
    await restWork('safety1', upgrade.code, 'Activity_ConductOnSiteAcceptance', {
      acceptancePassed: false,
      acceptanceParticipants: '安监局, 企业负责人, 专家李工',
      reopenHazards: failing.code,
      reRectificationDeadline: null,
      acceptanceNote: '报警联锁仍不可靠 The alarm interlock is still unreliable',
    });
    await expectOnlyTask(upgrade.code, 'Activity_DecideAfterFailedRounds', { groups: ['district-office'] });
    const file = await expectStage(upgrade.id, 'ACCEPTANCE');
    return `stage ${file.stage}; 决定是否关闭 open for district-office`;
  });

  await step('district-office1 logs in and completes 决定是否关闭 (one more round, not closure)', () => workTask(browser, {
    user: 'district-office1',
    taskName: TASK.decideAfterRounds,
    enterpriseName: upgrade.name,
    title: TASK.decideAfterRounds,
    labels: ['已有处置决定 Decisions so far', '隐患清单 Hazards', '整治提升进展 Upgrade so far', '关闭淘汰 Close the plant', '理由 Reasoning'],
    shotName: 'decide-after-rounds',
    viewportHeight: 2200,
    inspect: async (page) => {
      const progress = await formField(page, 'upgradeSummary').inputValue();
      assert(progress.includes('现场验收 Acceptance round 2') && progress.includes('第2轮整改 Round 2'), `upgrade so far: ${progress}`);
      const shown = await formField(page, 'hazardSummary').inputValue();
      assert(shown.includes(`${failing.code} [未整改 OPEN]`), `the form does not list ${failing.code} as open: ${shown}`);
      return 'both failed rounds shown';
    },
    fill: async (page) => {
      // the extra round's deadline is for the decision not to close
      assert(await formField(page, 'extraRoundDeadline').isVisible(), 'the extra round\'s deadline is hidden');
      await setCheckbox(page, 'closureOrdered', true);
      assert(!(await formField(page, 'extraRoundDeadline').isVisible()), 'the extra round\'s deadline shows for a closure');
      await setCheckbox(page, 'closureOrdered', false);
      await formField(page, 'extraRoundDeadline').waitFor();
      await pickDate(page, 'extraRoundDeadline', extraDeadline);
      await fillText(page, 'finalDecisionNote', '企业已落实大部分整改，再给一轮 Most is done: one more round');
      return `one more round until ${extraDeadline}`;
    },
  }));

  await step(`the decision is on file: round 3 until ${extraDeadline}; 实施整改 is open for the enterprise again`, async () => {
    const task = await expectOnlyTask(upgrade.code, 'Activity_RectifyHazards', { user: upgrade.user });
    const progress = await taskVariable(task.id, 'upgradeSummary');
    assert(progress.includes(`第3轮整改 Round 3: 期限 deadline ${extraDeadline}`), `upgrade so far: ${progress}`);
    const file = await expectStage(upgrade.id, 'RECTIFICATION');
    assert(file.disposition === 'RECTIFY_IN_PLACE' && file.outcome === null, `disposition ${file.disposition}, outcome ${file.outcome}`);
    const after = await caseHazards(upgrade.id);
    assert(after.find((hazard) => hazard.id === failing.id).status === 'OPEN', `${failing.code} is not open`);
    return `stage ${file.stage}; task due ${task.due}`;
  });
}

await runWalkthrough(main);
