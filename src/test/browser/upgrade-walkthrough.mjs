// Headless-Chromium walkthrough of the upgrade in place (原地整治提升) through Camunda Tasklist:
// the diagnosis report is uploaded and the enterprise completes its rectification.
//
// What is not the point of the check is set up through the APIs: a case is opened and driven
// through the survey, the joint review, the decision (RECTIFY_IN_PLACE) and the on-site
// verification as the demo users over the engine REST API; the enterprise hires the demo design
// and evaluation firms that a fresh start registers for design-firm1 and evaluation-firm1. Then, in
// Tasklist:
//   1. the enterprise's own user (ent-<credit code>) signs the commitment, choosing to upgrade
//      and picking the two firms from the form's lists of qualified firms of each kind;
//   2. design-firm1 opens the diagnosis task, uploads a small PDF on the task's 案卷 Case file tab
//      (the webapp login, no second one), sees the form list the report, and completes the
//      diagnosis with three hazards;
//   3. safety1 reads the case file tab (the hazards, the report to download) and agrees the plan;
//   4. the enterprise opens 实施整改, is refused while a hazard is still open (Tasklist names it),
//      then gives evidence for every hazard and completes.
// Ends by checking in /api/hazards that every hazard is RECTIFIED with its history.
//
//   BASE_URL  the running app (default http://localhost:8080)
//   OUT_DIR   where screenshots go (default target/browser), named upgrade-NN-*.png
//
// Prints one line per checked step and closes with "N passed, M failed"; exits 1 on a failure,
// after a screenshot of the failing page. Run it through run.sh (npm run test:browser), which
// starts a fresh app of its own.

import { createHash } from 'node:crypto';
import {
  PASSWORD, api, assert, checkFormRendered, choose, chooseRadio, claim, complete,
  completeRefused, creditCode, currentTaskId, daysFromNow, fillText, findCaseTask, formField, login, noSpinner,
  openCaseTasks, openFilter, restTaskId, restSurveyAndReview, restWork, runWalkthrough, screenshot, setShotPrefix,
  oneLine, step, workTask, STEP_TIMEOUT,
} from './lib.mjs';

setShotPrefix('upgrade-');

const TASK = {
  commitment: '签订承诺书 Sign the commitment letter',
  diagnose: '安全设施设计诊断 Diagnose safety facilities',
  plan: '确定整改方案 Agree the rectification plan',
  rectify: '实施整改 Rectify the hazards',
};


/** The issues of the diagnosis, one per line as the form takes them (area | severity | item | description). */
const HAZARD_LINES = [
  '总图布置 | 重大 | 第3条 | 甲类仓库与生产车间防火间距不足 Too close to the workshop',
  'ALARM_FACILITIES | GENERAL | 第27条 | 未设可燃气体报警仪 No combustible gas detector',
  '自动化改造 | MAJOR | 第41条 | 反应釜未设温度联锁 No temperature interlock on the reactor',
];
const EXPECTED_AREAS = ['GENERAL_LAYOUT', 'ALARM_FACILITIES', 'AUTOMATION'];

const REPORT_NAME = '安全设施设计诊断报告 diagnosis-report.pdf';

/** A small, well-formed one-page PDF (a few hundred bytes, ASCII only), with a correct xref table. */
function smallPdf(title) {
  const text = `BT /F1 14 Tf 72 770 Td (${title.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'ascii');
}

/** The hazards of the case as /api/hazards serves them, by id. */
async function caseHazards(caseId, user = 'supervisor1') {
  const response = await api('GET', `/api/hazards?caseId=${caseId}`, user);
  assert(response.status === 200, `GET /api/hazards?caseId=${caseId} as ${user}: HTTP ${response.status} ${response.text}`);
  return response.json.sort((a, b) => a.id - b.id);
}

async function caseFileOf(caseId) {
  const response = await api('GET', `/api/cases/${caseId}`, 'district-office1');
  assert(response.status === 200, `GET /api/cases/${caseId}: HTTP ${response.status}`);
  return response.json;
}

/** Waits until the one open task of the case (called processes included) is this activity. */
async function expectNextTask(code, activityId) {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    const tasks = (await openCaseTasks(code)).filter((task) => !task.name.startsWith('督办'));
    if (tasks.length === 1 && tasks[0].taskDefinitionKey === activityId) {
      return tasks[0];
    }
    assert(Date.now() < deadline, `expected the task ${activityId} to be open, found: ${tasks.map((task) => task.taskDefinitionKey)}`);
    await new Promise((resolve) => { setTimeout(resolve, 250); });
  }
}

// ---------------------------------------------------------------- the walkthrough

async function main(browser) {
  const code = creditCode();
  const enterpriseUser = `ent-${code.toLowerCase()}`;
  const enterpriseName = `长江助剂化工厂 Changjiang Additives ${code.slice(10, 17)}`;
  const pdf = smallPdf(`Diagnosis report ${code}`);
  let caseFile;
  const firms = {};
  let hazards;

  await step(`open a case through the API as district-office1 (${code})`, async () => {
    const response = await api('POST', '/api/cases', 'district-office1', {
      enterprise: {
        creditCode: code,
        name: enterpriseName,
        township: '新桥镇',
        village: '东村',
        address: '东村工业路18号',
        legalRepresentative: '李长江',
        contactPhone: '0512-63800018',
        industryCategory: '化学原料和化学制品制造业',
        products: '塑料助剂 Plastic additives',
        revenueBand: 'FROM_2M_TO_5M',
        aboveScale: false,
        employees: 31,
        siteAreaMu: 6.2,
        businessType: 'PRODUCER',
        eiaApprovalDate: '2010-04-12',
        safetyApprovalDate: '2011-06-30',
      },
    });
    assert(response.status === 201, `POST /api/cases: HTTP ${response.status} ${response.text}`);
    caseFile = response.json;
    assert(caseFile.id && caseFile.processInstanceId, `no id or processInstanceId in ${response.text}`);
    return `case ${caseFile.id}`;
  });

  // a fresh start registers demo firms, each with its demo user: the enterprise hires the first two
  await step('the register lists the demo design and evaluation firms of design-firm1 and evaluation-firm1', async () => {
    const response = await api('GET', '/api/intermediaries', 'district-office1');
    assert(response.status === 200, `GET /api/intermediaries: HTTP ${response.status} ${response.text}`);
    for (const [kind, certificate, user] of [['DESIGN_FIRM', 'A132000001', 'design-firm1'],
      ['EVALUATION_FIRM', 'APJ-(苏)-001', 'evaluation-firm1']]) {
      firms[kind] = response.json.find((firm) => firm.certificateNumber === certificate);
      assert(firms[kind] && firms[kind].qualified === true, `no qualified ${kind} ${certificate} in ${response.text}`);
      const people = await api('GET', `/api/intermediaries/${firms[kind].id}/users`, 'district-office1');
      assert(people.status === 200 && people.json.includes(user), `${kind} people: HTTP ${people.status} ${people.text}`);
    }
    return `design firm #${firms.DESIGN_FIRM.id}, evaluation firm #${firms.EVALUATION_FIRM.id}`;
  });

  await step('drive the survey, joint review, decision (RECTIFY_IN_PLACE) and on-site verification through engine REST as the demo users', async () => {
    await restSurveyAndReview(code, 'RECTIFY_IN_PLACE', '同意原地整治提升 Agree to upgrade in place');
    await restWork('district-office1', code, 'Activity_DecideDisposition', {
      disposition: 'RECTIFY_IN_PLACE',
      dispositionDeadline: daysFromNow(90),
      supervisingAgency: 'safety',
      decisionReasoning: '会审意见一致 The agencies agree',
    });
    await restWork('town-office1', code, 'Activity_VerifyOnSite',
      { verificationConfirmed: true, verificationNote: '现场情况与会审一致 As reviewed' });
    const file = await caseFileOf(caseFile.id);
    assert(file.disposition === 'RECTIFY_IN_PLACE', `disposition ${file.disposition}`);
    assert(file.stage === 'COMMITMENT', `stage ${file.stage}, expected COMMITMENT`);
    await expectNextTask(code, 'Activity_SignCommitment');
    // only the enterprise's own user is a candidate
    await restTaskId(enterpriseUser, code, 'Activity_SignCommitment');
    const seenByOthers = await api('GET', `/engine-rest/task?maxResults=100&processInstanceBusinessKey=${code}`, 'enterprise1');
    assert(seenByOthers.status === 200 && seenByOthers.json.length === 0, `enterprise1 sees ${seenByOthers.text}`);
    return `${file.disposition}, stage ${file.stage}; 签订承诺书 open for ${enterpriseUser} only`;
  });

  await step(`${enterpriseUser} logs in, sees only its own 签订承诺书 task and signs it: upgrade, naming both firms`, () => workTask(browser, {
    user: enterpriseUser,
    taskName: TASK.commitment,
    enterpriseName,
    title: TASK.commitment,
    labels: ['企业概况 Enterprise summary', '已有处置决定 Decisions so far', '中介机构名录', '企业选择 The enterprise\'s choice'],
    shotName: 'commitment',
    viewportHeight: 2100,
    inspect: async (page, found) => {
      const listed = await page.locator('ol.tasks-list > li.task').count();
      assert(found.ofThisCase === 1 && listed === 1, `the enterprise lists ${listed} tasks, ${found.ofThisCase} of its case`);
      const register = await formField(page, 'firmsSummary').inputValue();
      for (const firm of Object.values(firms)) {
        assert(register.includes(`#${firm.id} ${firm.name}`), `the register in the form does not list #${firm.id}: ${register}`);
      }
      const decisions = await formField(page, 'decisionSummary').inputValue();
      assert(decisions.includes('原地整治提升'), `the decision is not shown: ${decisions}`);
      return 'lists its 1 task; the register shows both firms';
    },
    fill: async (page) => {
      assert(!(await formField(page, 'designFirmId').isVisible()), 'the design firm field shows before the choice');
      await chooseRadio(page, 'enterpriseChoice', '原地整治提升 Upgrade in place');
      await formField(page, 'designFirmId').waitFor();
      // each list offers the qualified firms of its own kind, by name
      for (const [key, mine, other] of [['designFirmId', firms.DESIGN_FIRM, firms.EVALUATION_FIRM],
        ['evaluationFirmId', firms.EVALUATION_FIRM, firms.DESIGN_FIRM]]) {
        const select = page.locator('.fjs-container .fjs-form-field-select').filter({ has: page.locator(`[id$="-Field_${key}"]`) });
        await formField(page, key).click();
        await select.locator('.fjs-dropdownlist-item').first().waitFor();
        const offered = await select.locator('.fjs-dropdownlist-item').allInnerTexts();
        assert(offered.some((o) => o.includes(mine.name)) && !offered.some((o) => o.includes(other.name)),
          `${key} offers ${JSON.stringify(offered)}`);
        await page.keyboard.press('Escape');
        await choose(page, key, mine.name);
      }
      await fillText(page, 'commitmentNote', '按统一标准限期完成整治提升 We upgrade to the standard by the deadline');
      return `chose UPGRADE with ${firms.DESIGN_FIRM.name} and ${firms.EVALUATION_FIRM.name} from the lists`;
    },
  }));

  await step('the commitment is recorded; the diagnosis task is open for the hired design firm', async () => {
    const task = await expectNextTask(code, 'Activity_DiagnoseSafetyFacilities');
    const file = await caseFileOf(caseFile.id);
    assert(file.stage === 'DIAGNOSIS', `stage ${file.stage}, expected DIAGNOSIS`);
    const links = await api('GET', `/engine-rest/task/${task.id}/identity-links?type=candidate`, 'supervisor1');
    const groups = links.json.map((link) => link.groupId);
    // the hired firm's own group: no other design firm sees the task
    assert(JSON.stringify(groups) === `["design-firm-${firms.DESIGN_FIRM.id}"]`, `candidates ${JSON.stringify(links.json)}`);
    return `stage ${file.stage}; candidate group ${groups}`;
  });

  // design-firm1 works in one browser page across the next three steps
  let designer = null;
  let page = null;
  let diagnosisTaskId;
  try {
    await step('design-firm1 logs in, opens 安全设施设计诊断 and claims it; the form points to the 案卷 Case file tab', async () => {
      designer = await login(browser, 'design-firm1', 1800);
      ({ page } = designer);
      await openFilter(page);
      await findCaseTask(page, TASK.diagnose, enterpriseName);
      diagnosisTaskId = currentTaskId(page);
      await checkFormRendered(page, TASK.diagnose, ['企业概况 Enterprise summary', '诊断报告 Diagnosis report', '每行一项']);
      const assignee = await claim(page, 'design-firm1');
      const hint = await page.locator('.fjs-container .fjs-form-field-text', { hasText: '案卷 Case file' }).count();
      assert(hint === 1, `${hint} texts in the form point to the case file tab`);
      const report = await formField(page, 'reportSummary').inputValue();
      assert(report.includes('No report uploaded yet'), `the report summary says: ${report}`);
      await screenshot(page, 'diagnosis-claimed');
      return `claimed by ${assignee}; the form says no report yet`;
    });

    await step(`design-firm1 uploads a ${pdf.length}-byte PDF on the 案卷 Case file tab, without logging in again`, async () => {
      await page.locator('.nav-tabs li a', { hasText: '案卷 Case file' }).click();
      const tab = page.locator(`[data-rectify-case-file="${caseFile.id}"]`);
      await tab.waitFor({ timeout: STEP_TIMEOUT });
      const heading = (await tab.locator('h4').first().innerText()).trim();
      assert(heading.includes(enterpriseName), `the tab shows ${heading}`);
      const upload = tab.locator('[data-rectify-action="upload-report"]');
      await upload.locator('input[type=file]').setInputFiles({ name: REPORT_NAME, mimeType: 'application/pdf', buffer: pdf });
      await upload.locator('button[type=submit]').click();
      // the case file is drawn again with the report among its documents
      await page.locator('[data-rectify-section="documents"]').click();
      const listed = page.locator('[data-rectify-table="documents"] tr[data-rectify-record="DIAGNOSIS_REPORT"]');
      await listed.waitFor({ timeout: STEP_TIMEOUT });
      const row = (await listed.innerText()).trim();
      assert(row.includes(REPORT_NAME) && row.includes('下载 Download'), `the documents list: ${row}`);
      await screenshot(page, 'diagnosis-report-uploaded');
      // the report is on file, byte for byte
      const reports = await api('GET', `/api/cases/${caseFile.id}/diagnosis-reports`, 'safety1');
      assert(reports.status === 200 && reports.json.length === 1, `reports of the case: HTTP ${reports.status} ${reports.text}`);
      const [stored] = reports.json;
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      assert(stored.fileName === REPORT_NAME && stored.sizeBytes === pdf.length && stored.sha256 === sha256
        && stored.uploadedBy === 'design-firm1', `stored ${JSON.stringify(stored)}`);
      return `listed "${oneLine(row)}"`;
    });

    await step('design-firm1 goes back to the form, which lists the report, and completes the diagnosis with three hazards', async () => {
      await page.locator('.nav-tabs li a', { hasText: '表单' }).click();
      await page.waitForFunction((name) => {
        const summary = document.querySelector('.fjs-container [id$="-Field_reportSummary"]');
        return summary && summary.value.includes(name);
      }, REPORT_NAME, { timeout: STEP_TIMEOUT });
      await noSpinner(page);
      assert(currentTaskId(page) === diagnosisTaskId, `on task ${currentTaskId(page)}, not ${diagnosisTaskId}`);
      await checkFormRendered(page, TASK.diagnose, ['每行一项']);
      // still claimed: the form is enabled
      await page.waitForFunction(() => {
        const form = document.querySelector('[cam-tasklist-form] > div[ng-if]');
        return form && !form.classList.contains('disabled-form');
      }, null, { timeout: STEP_TIMEOUT });
      await fillText(page, 'hazardLines', HAZARD_LINES.join('\n'));
      await screenshot(page, 'diagnosis');
      await complete(page, diagnosisTaskId);
      await screenshot(page, 'diagnosis-done');
      hazards = await caseHazards(caseFile.id);
      assert(hazards.length === 3, `${hazards.length} hazards recorded, expected 3`);
      assert(JSON.stringify(hazards.map((hazard) => hazard.area)) === JSON.stringify(EXPECTED_AREAS),
        `areas ${hazards.map((hazard) => hazard.area)}`);
      for (const hazard of hazards) {
        assert(hazard.status === 'OPEN' && hazard.foundBy === 'design-firm1' && hazard.designFirmId === firms.DESIGN_FIRM.id,
          `hazard ${JSON.stringify(hazard)}`);
      }
      return `hazards ${hazards.map((hazard) => `${hazard.code} ${hazard.area}/${hazard.severity}`).join(', ')}`;
    });
  } finally {
    await designer?.context.close();
  }

  await step('safety1 logs in, sees and completes 确定整改方案 Agree the rectification plan', () => workTask(browser, {
    user: 'safety1',
    taskName: TASK.plan,
    enterpriseName,
    title: TASK.plan,
    labels: ['隐患清单 Hazards', '退回诊断报告 Return the diagnosis report', '整改方案 The plan agreed', '设计单位意见 The design firm\'s input', '参加的专家 Experts taking part', '专家意见 The experts\' input'],
    shotName: 'plan',
    viewportHeight: 2000,
    inspect: async (page) => {
      const shown = await formField(page, 'hazardSummary').inputValue();
      for (const hazard of hazards) {
        assert(shown.includes(`${hazard.code} [未整改 OPEN]`), `the form does not list ${hazard.code} as open: ${shown}`);
      }
      // the case file tab: the three hazards with their status, and the report to download
      await page.locator('.nav-tabs li a', { hasText: '案卷 Case file' }).click();
      await page.locator(`[data-rectify-case-file="${caseFile.id}"]`).waitFor({ timeout: STEP_TIMEOUT });
      await page.locator('[data-rectify-section="hazards"]').click();
      const rows = page.locator('[data-rectify-table="hazards"] tr[data-rectify-hazard]');
      await rows.first().waitFor({ timeout: STEP_TIMEOUT });
      const codes = await rows.evaluateAll((list) => list.map((row) => `${row.getAttribute('data-rectify-hazard')}:${row.querySelector('[data-rectify-status]').getAttribute('data-rectify-status')}`));
      assert(JSON.stringify(codes) === JSON.stringify(hazards.map((h) => `${h.code}:OPEN`)), `the tab lists ${codes}`);
      await page.locator('[data-rectify-section="documents"]').click();
      const link = page.locator('[data-rectify-table="documents"] a[data-rectify-document]');
      await link.waitFor({ timeout: STEP_TIMEOUT });
      const download = await page.evaluate(async (href) => {
        const response = await fetch(href, { credentials: 'same-origin' });
        return { status: response.status, type: response.headers.get('Content-Type'), size: (await response.arrayBuffer()).byteLength };
      }, await link.getAttribute('href'));
      assert(download.status === 200 && download.type === 'application/pdf' && download.size === pdf.length,
        `the report link answers ${JSON.stringify(download)}`);
      await screenshot(page, 'plan-case-file');
      await page.locator('.nav-tabs li a', { hasText: '表单' }).click();
      await formField(page, 'planText').waitFor();
      return `${hazards.length} open hazards in the form and on the 案卷 tab; the report downloads (${download.size} bytes)`;
    },
    fill: async (page) => {
      // the report is accepted: the return checkbox stays clear and its reason hidden
      assert(!(await formField(page, 'diagnosisReturned').isChecked()), 'the return checkbox is ticked by default');
      assert(!(await formField(page, 'diagnosisReturnReason').isVisible()), 'the return reason shows while not returning');
      await fillText(page, 'planText', '三个月内逐项完成整改 Rectify item by item within three months');
      await fillText(page, 'designFirmInput', '按诊断报告逐项整改 Item by item as diagnosed');
      await fillText(page, 'experts', '张工, 李工');
      await fillText(page, 'expertInput', '同意整改方案 The plan is agreed');
    },
  }));

  await step(`${enterpriseUser} opens 实施整改, is refused while a hazard is still open, then rectifies every hazard with evidence`, () => workTask(browser, {
    user: enterpriseUser,
    taskName: TASK.rectify,
    enterpriseName,
    title: TASK.rectify,
    labels: ['隐患清单 Hazards', '整治提升进展 Upgrade so far', '每个未整改隐患一行'],
    shotName: 'rectify',
    viewportHeight: 1800,
    inspect: async (page) => {
      const shown = await formField(page, 'hazardSummary').inputValue();
      for (const hazard of hazards) {
        assert(shown.includes(`${hazard.code} [未整改 OPEN]`), `the form does not list ${hazard.code} as open: ${shown}`);
      }
      const progress = await formField(page, 'upgradeSummary').inputValue();
      assert(progress.includes('整改方案 Plan') && progress.includes('第1轮整改 Round 1'), `upgrade so far: ${progress}`);
      return `${hazards.length} open hazards shown`;
    },
    fill: async (page, taskId) => {
      const [first, second, last] = hazards;
      const evidence = (hazard) => `${hazard.code}: 已整改，见照片及检测报告 Done for ${hazard.standardItem}, see photos and test report`;
      await fillText(page, 'rectificationEvidence', [first, second].map(evidence).join('\n'));
      const refusal = await completeRefused(page, taskId, ['hazards still open', `${last.code} ${last.description}`],
        'rectify-refused-open-hazard');
      assert(!refusal.includes(`${first.code} `) && !refusal.includes(`${second.code} `), `the refusal names a rectified hazard: ${refusal}`);
      // the refused completion changed nothing
      const after = await caseHazards(caseFile.id);
      assert(after.every((hazard) => hazard.status === 'OPEN' && hazard.history.length === 1),
        `after the refusal: ${after.map((hazard) => `${hazard.code} ${hazard.status}`)}`);
      await fillText(page, 'rectificationEvidence', hazards.map(evidence).join('\n'));
      return `with ${last.code} left open refused: "${refusal}"`;
    },
  }));

  await step('/api/hazards: every hazard is RECTIFIED with its history (found by design-firm1, rectified by the enterprise)', async () => {
    const register = await caseHazards(caseFile.id, 'supervisor1');
    assert(register.length === 3, `${register.length} hazards`);
    // the enterprise sees its own hazards and their history, without who recorded them
    const own = await caseHazards(caseFile.id, enterpriseUser);
    assert(own.length === 3 && own.every((hazard) => hazard.history.every((event) => event.recordedBy === null)),
      `the enterprise's view: ${JSON.stringify(own).slice(0, 300)}`);
    for (const hazard of register) {
      assert(hazard.status === 'RECTIFIED', `${hazard.code} is ${hazard.status}`);
      const kinds = hazard.history.map((event) => event.kind);
      assert(JSON.stringify(kinds) === '["FOUND","RECTIFIED"]', `${hazard.code} history ${kinds}`);
      const [found, rectified] = hazard.history;
      assert(found.recordedBy === 'design-firm1' && found.firmId === firms.DESIGN_FIRM.id, `${hazard.code} found ${JSON.stringify(found)}`);
      assert(rectified.recordedBy === enterpriseUser && rectified.round === 1
        && rectified.note.includes(hazard.standardItem), `${hazard.code} rectified ${JSON.stringify(rectified)}`);
    }
    const byFirm = await api('GET', `/api/hazards?firm=${firms.DESIGN_FIRM.id}`, 'safety1');
    assert(byFirm.status === 200 && byFirm.json.length === 3, `by design firm: HTTP ${byFirm.status} ${byFirm.text.slice(0, 200)}`);
    const task = await expectNextTask(code, 'Activity_EvaluateSafety');
    const file = await caseFileOf(caseFile.id);
    assert(file.stage === 'EVALUATION', `stage ${file.stage}, expected EVALUATION`);
    return `${register.map((hazard) => `${hazard.code} ${hazard.status} [${hazard.history.map((event) => `${event.kind} by ${event.recordedBy}`).join(', ')}]`).join('; ')}; next: ${task.name}`;
  });
}

await runWalkthrough(main);
