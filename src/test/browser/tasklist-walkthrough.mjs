// Headless-Chromium walkthrough of one enterprise case through Camunda Tasklist.
//
// Opens a case through Rectify's API, then logs into Tasklist as the demo user of each group in
// turn, finds the case's task, claims it, checks that its Camunda Form rendered, fills it in and
// completes it: survey (town-econ-center1), the six joint reviews, the decision
// (district-office1) and the on-site verification (town-office1). Ends by reading the case file.
//
//   BASE_URL  the running app (default http://localhost:8080)
//   OUT_DIR   where screenshots go (default target/browser)
//   CAMPAIGN_ID  campaign of the case (default: a campaign the walkthrough creates; empty for none)
//
// Prints one line per checked step and closes with "N passed, M failed"; exits 1 on a failure,
// after a screenshot of the failing page. Run it through run.sh (npm run test:browser), which
// starts a fresh app of its own.

import {
  PASSWORD, TASKLIST, api, assert, candidateGroups, captureFailure, checkFormRendered, choose, completeRefused,
  creditCode, currentTaskId, enterCredentials, fillText, newContext, findCaseTask, formField, isoDate, login, oneLine,
  openFilter, openTasks, noSpinner, runWalkthrough, screenshot, setCheckbox, setCurrentPage, pickDate, step,
  workTask, DIMENSIONS,
} from './lib.mjs';

// the campaign the case is opened in (it must exist); CAMPAIGN_ID= (empty) opens it without one, and
// without the variable the walkthrough creates one of its own
const CAMPAIGN_ID = process.env.CAMPAIGN_ID === undefined ? undefined
  : process.env.CAMPAIGN_ID === '' ? null : Number(process.env.CAMPAIGN_ID);

/** The campaign named by CAMPAIGN_ID, or a new one as the district office. */
async function campaignOfTheCase(code) {
  if (CAMPAIGN_ID !== undefined) {
    return CAMPAIGN_ID;
  }
  const today = isoDate(new Date());
  const created = await api('POST', '/api/campaigns', 'district-office1', {
    name: `七都镇化工整治 Qidu walkthrough ${code.slice(10, 17)}`, level: 'TOWN', areaName: '七都镇',
    startDate: today, endDate: isoDate(new Date(Date.now() + 700 * 24 * 3600 * 1000)),
  });
  assert(created.status === 201, `POST /api/campaigns: HTTP ${created.status} ${created.text}`);
  return created.json.id;
}

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

const NON_COMPLIANT = 'land';
const LAND_NOTE = '厂房占用一般农田约0.8亩 Workshop occupies 0.8 mu of farmland';

// ---------------------------------------------------------------- the walkthrough

async function main(browser) {
  const code = creditCode();
  const enterpriseName = `太湖精细化工有限公司 Taihu Fine Chemicals ${code.slice(10, 17)}`;
  const deadline = isoDate(new Date(Date.now() + 120 * 24 * 3600 * 1000));
  let caseFile;

  await step(`open a case through the API as district-office1 (${code})`, async () => {
    const campaignId = await campaignOfTheCase(code);
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
      campaignId,
    });
    assert(response.status === 201, `POST /api/cases: HTTP ${response.status} ${response.text}`);
    caseFile = response.json;
    assert(caseFile.id && caseFile.processInstanceId, `no id or processInstanceId in ${response.text}`);
    assert(caseFile.stage === 'SURVEY', `stage ${caseFile.stage}, expected SURVEY`);
    return `case ${caseFile.id}, process instance ${caseFile.processInstanceId}`;
  });

  await step('Tasklist refuses a wrong password', async () => {
    const context = await newContext(browser, 900);
    const page = await context.newPage();
    setCurrentPage(page);
    try {
      await enterCredentials(page, 'safety1', `${PASSWORD}-wrong`);
      const message = page.locator('.notifications .alert, .alert-danger').filter({ hasText: /用户名或密码错误|登录失败/ }).first();
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
      const refusal = await completeRefused(page, taskId, `(${NON_COMPLIANT}Note)`, 'survey-note-missing');
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
      const text = oneLine(await notice.innerText());
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
}

await runWalkthrough(main);
