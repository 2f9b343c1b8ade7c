// Headless-Chromium walkthrough of the case file and the clerks' screens around it, inside the
// webapps on their own login (no second one):
//   1. district-office1 opens 案件 Cases in Tasklist's navbar, registers a design firm, finds it
//      in the register and corrects its qualification;
//   2. opens a case from Tasklist's 立案 Open a case form and finds it by its credit code;
//   3. finds a pending case by its credit code, opens its case file and re-decides it: the
//      decision task opens again, and its deadline is extended on the Deadlines tab;
//   4. opens a closed plant's case file and records the land reclaimed after the end, with a
//      reason: the case file keeps both figures;
//   5. supervisor1 opens a case from the Cockpit dashboard's list, and a running case's file as
//      its process instance's 案卷 tab.
// What is not the point of the check (the survey, the review, the closure) is done over the APIs.
//
//   BASE_URL  the running app (default http://localhost:8080)
//   OUT_DIR   where screenshots go (default target/browser), named casefile-NN-*.png

import {
  BASE_URL, PASSWORD, api, assert, creditCode, daysFromNow, login, newContext, openCaseTasks, restSurveyAndReview,
  restWork, runWalkthrough, screenshot, screenshotPath, setCurrentPage, setShotPrefix, step, STEP_TIMEOUT,
} from './lib.mjs';

setShotPrefix('casefile-');

const COCKPIT = `${BASE_URL}/camunda/app/cockpit/default/`;

function enterprise(code, name) {
  return {
    creditCode: code, name, township: '新桥镇', village: '南村', address: '南村工业路6号', legalRepresentative: '陈立',
    contactPhone: '0512-63800066', industryCategory: '化学原料和化学制品制造业', products: '溶剂 Solvents',
    revenueBand: 'BELOW_2M', aboveScale: false, employees: 9, siteAreaMu: 4.2, businessType: 'PRODUCER',
  };
}

async function openCase(code, name, campaignId) {
  const opened = await api('POST', '/api/cases', 'district-office1', { enterprise: enterprise(code, name), campaignId });
  assert(opened.status === 201, `POST /api/cases: HTTP ${opened.status} ${opened.text}`);
  return opened.json;
}

async function decide(code, disposition) {
  await restSurveyAndReview(code, disposition, '同意 Agreed');
  await restWork('district-office1', code, 'Activity_DecideDisposition', {
    disposition, dispositionDeadline: daysFromNow(30), supervisingAgency: 'safety', decisionReasoning: '会审意见一致 The agencies agree',
  });
  await restWork('town-office1', code, 'Activity_VerifyOnSite', { verificationConfirmed: true, verificationNote: '与会审一致 As reviewed' });
}

/** The cases panel of Tasklist's navbar, on one of its views. */
async function casesPanel(page, view) {
  if (await page.locator('#rectify-cases-panel').count() === 0) {
    await page.locator('[data-rectify-cases-link]').click();
    await page.locator('#rectify-cases-panel').waitFor();
  }
  await page.locator(`#rectify-cases-panel [data-rectify-view="${view}"]`).click();
}

/** Searches by credit code in the panel and opens the one case found. */
async function findAndOpen(page, code) {
  await casesPanel(page, 'search');
  const form = page.locator('[data-rectify-form="search"]');
  await form.locator('input[name="creditCode"]').fill(code);
  await form.locator('button[type="submit"]').click();
  const rows = page.locator('[data-rectify-table="cases"] tr[data-rectify-case]');
  await page.waitForFunction((c) => {
    const table = document.querySelector('[data-rectify-table="cases"]');
    return table && table.getAttribute('data-rectify-total') === '1' && table.textContent.includes(c);
  }, code, { timeout: STEP_TIMEOUT });
  const row = (await rows.first().innerText()).trim();
  await rows.first().locator('[data-rectify-open]').click();
  await page.locator('#rectify-cases-panel [data-rectify-case-file]').waitFor({ timeout: STEP_TIMEOUT });
  return row;
}

async function cockpitLogin(browser, user) {
  const context = await newContext(browser);
  const page = await context.newPage();
  setCurrentPage(page);
  page.on('pageerror', (error) => process.stderr.write(`[${user}] page error: ${error.message}\n`));
  await page.goto(COCKPIT);
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('input[ng-model="username"]').waitFor({ state: 'detached' });
  return { context, page };
}

await runWalkthrough(async (browser) => {
  let campaign;
  const pending = { code: creditCode() };
  const closed = { code: creditCode() };

  await step('a campaign with a pending case and a closed plant (survey, review, decision, closure over the APIs)', async () => {
    const created = await api('POST', '/api/campaigns', 'district-office1', {
      name: `案卷演示 Case file walk ${pending.code.slice(10, 17)}`, level: 'TOWN', areaName: '新桥镇',
      startDate: daysFromNow(-30), endDate: daysFromNow(700),
    });
    assert(created.status === 201, `POST /api/campaigns: HTTP ${created.status} ${created.text}`);
    campaign = created.json;
    pending.id = (await openCase(pending.code, `待定化工厂 Pending works ${pending.code.slice(10, 17)}`, campaign.id)).id;
    await decide(pending.code, 'PENDING');
    closed.name = `关停化工厂 Closed works ${closed.code.slice(10, 17)}`;
    closed.id = (await openCase(closed.code, closed.name, campaign.id)).id;
    await decide(closed.code, 'CLOSE');
    await restWork('district-office1', closed.code, 'Activity_IssueClosureNotice',
      { stopProductionBy: daysFromNow(10), closureNoticeText: '限期停产关闭 Stop production and close' });
    await restWork('safety1', closed.code, 'Activity_VerifyClosure', {
      productionStopped: true, materialsDisposed: true, equipmentDismantled: true, utilitiesCut: true,
      disposalMethod: '委托有资质单位处置', disposalQuantity: '2 吨', disposalRecipient: '绿源危废处置有限公司',
      landReclaimedMu: 12.5, closureCheckNote: '关闭到位 Closed',
    });
    await restWork('market-regulation1', closed.code, 'Activity_ChangeLicence', {
      licenceAction: 'CANCELLED', licenceNumber: '320583000654321', licenceActionDate: daysFromNow(0),
      safetyLicence: 'REVOKED', dischargePermit: 'REVOKED', licenceNote: '',
    });
    const files = await Promise.all([pending.id, closed.id].map((id) => api('GET', `/api/cases/${id}`, 'district-office1')));
    assert(files[0].json.stage === 'PENDING', `the pending case is at ${files[0].json.stage}`);
    assert(files[1].json.outcome === 'CLOSED' && Number(files[1].json.landReclaimedMu) === 12.5,
      `the closed case: ${files[1].json.outcome}, ${files[1].json.landReclaimedMu} mu`);
    return `campaign ${campaign.id}; pending case ${pending.id}, closed case ${closed.id} (12.5 mu)`;
  });

  const { context, page } = await login(browser, 'district-office1', 1400);
  try {
    const firmName = `南湖化工设计院 Nanhu design ${pending.code.slice(12, 17)}`;
    await step('district-office1 opens 案件 Cases in the navbar and registers a design firm on 中介机构 Firms', async () => {
      await casesPanel(page, 'firms');
      const form = page.locator('[data-rectify-form="firm"]');
      await form.locator('select[name="kind"]').selectOption('DESIGN_FIRM');
      await form.locator('input[name="name"]').fill(firmName);
      await form.locator('input[name="qualification"]').fill('化工石化医药行业乙级 Chemical design, class B');
      await form.locator('input[name="certificateNumber"]').fill(`A13${pending.code.slice(10, 17)}`);
      await form.locator('input[name="certificateExpiry"]').fill(daysFromNow(700));
      await form.locator('button[type="submit"]').click();
      const said = form.locator('[data-rectify-message="firms"]');
      await page.waitForFunction(() => /已登记|Registered|rectify-error/.test(
        (document.querySelector('[data-rectify-message="firms"]') || {}).textContent || ''), null, { timeout: STEP_TIMEOUT });
      const text = (await said.innerText()).trim();
      assert(text.includes('已登记 Registered'), `the form says: ${text}`);
      const row = page.locator('[data-rectify-table="firms"] tr', { hasText: firmName });
      await row.waitFor({ timeout: STEP_TIMEOUT });
      const shown = (await row.innerText()).trim();
      assert(shown.includes('有效 Qualified') && shown.includes('设计单位 Design firm'), `the register shows: ${shown}`);
      const register = await api('GET', '/api/intermediaries', 'district-office1');
      const stored = register.json.find((firm) => firm.name === firmName);
      assert(stored && stored.kind === 'DESIGN_FIRM' && stored.qualified, `the register API: ${JSON.stringify(stored)}`);
      await screenshot(page, 'firm-registered');
      // and corrects its qualification
      await row.locator('button', { hasText: '修改 Edit' }).click();
      await form.locator('input[name="qualification"]').fill('化工石化医药行业甲级 Chemical design, class A');
      await form.locator('button[type="submit"]').click();
      const edited = page.locator('[data-rectify-table="firms"] tr', { hasText: '化工石化医药行业甲级' });
      await edited.waitFor({ timeout: STEP_TIMEOUT });
      const saved = (await said.innerText()).trim();
      assert(saved.includes('已保存 Saved'), `after the edit the form says: ${saved}`);
      const again = (await api('GET', '/api/intermediaries', 'district-office1')).json.find((firm) => firm.name === firmName);
      assert(again.qualification.startsWith('化工石化医药行业甲级') && again.id === stored.id, `after the edit: ${JSON.stringify(again)}`);
      return `"${text}"; listed: ${shown.replace(/\s+/g, ' ')}; then "${saved}"`;
    });

    await step('district-office1 opens a case on 立案 Open a case and finds it by its credit code', async () => {
      const code = creditCode();
      await casesPanel(page, 'open');
      const form = page.locator('[data-rectify-form="open-case"]');
      await form.locator('input[name="creditCode"]').fill(code);
      await form.locator('input[name="name"]').fill(`新立案化工厂 Newly opened works ${code.slice(10, 17)}`);
      await form.locator('input[name="township"]').fill('新桥镇');
      await form.locator('select[name="campaignId"]').selectOption(String(campaign.id));
      await form.locator('button[type="submit"]').click();
      const file = page.locator('#rectify-cases-panel [data-rectify-case-file]');
      await file.waitFor({ timeout: STEP_TIMEOUT });
      const heading = (await file.locator('h4').first().innerText()).trim();
      assert(heading.includes(code), `the opened case file shows ${heading}`);
      const row = await findAndOpen(page, code);
      assert(row.includes('调查摸底 Survey'), `the search lists ${row}`);
      const tasks = await openCaseTasks(code);
      assert(tasks.length === 1 && tasks[0].taskDefinitionKey === 'Activity_SurveyEnterprise', `open tasks ${tasks.map((t) => t.name)}`);
      return `${heading}; found: ${row.replace(/\s+/g, ' ')}`;
    });

    await step('district-office1 finds the pending case, reads its file and re-decides it on screen', async () => {
      const row = await findAndOpen(page, pending.code);
      assert(row.includes('待定 Pending'), `the search row: ${row}`);
      const file = page.locator(`#rectify-cases-panel [data-rectify-case-file="${pending.id}"]`);
      await file.locator('[data-rectify-section="decisions"]').click();
      await page.locator('#rectify-cases-panel [data-rectify-shown="decisions"] [data-rectify-table="decisions"] tbody tr').first()
        .waitFor({ timeout: STEP_TIMEOUT });
      const decisions = await page.locator('#rectify-cases-panel [data-rectify-table="decisions"] tbody tr').allInnerTexts();
      assert(decisions.some((d) => d.includes('会审决定') && d.includes('待定')), `decisions listed: ${decisions}`);
      const action = page.locator('#rectify-cases-panel [data-rectify-action="redecide"]');
      assert(await action.count() === 1, 'no 重新决定 action on the pending case');
      await screenshot(page, 'pending-case-file');
      await action.locator('button[type="submit"]').click();
      await page.waitForFunction(() => /已提请|rectify-error/.test((document.querySelector('[data-rectify-message="redecide"]')
        || { textContent: '' }).textContent) || !document.querySelector('[data-rectify-action="redecide"]'), null, { timeout: STEP_TIMEOUT });
      const tasks = await openCaseTasks(pending.code);
      assert(tasks.some((task) => task.taskDefinitionKey === 'Activity_DecideDisposition'),
        `after the re-decision the open tasks are ${tasks.map((task) => task.name)}`);
      const after = (await api('GET', `/api/cases/${pending.id}`, 'district-office1')).json;
      assert(after.stage !== 'PENDING', `the case is still ${after.stage}`);
      await page.locator(`#rectify-cases-panel [data-rectify-case-file="${pending.id}"]`).waitFor();
      const stage = (await page.locator('#rectify-cases-panel [data-rectify-fact="阶段 Stage"]').innerText()).trim();
      await screenshot(page, 'redecided');
      return `decisions ${decisions.length}; the decision task is open again; the file now says ${stage}`;
    });

    await step('district-office1 extends the deadline of the case\'s open decision on the Deadlines tab, with a reason', async () => {
      const file = page.locator(`#rectify-cases-panel [data-rectify-case-file="${pending.id}"]`);
      await file.locator('[data-rectify-section="deadlines"]').click();
      const row = page.locator('#rectify-cases-panel [data-rectify-table="open-tasks"] tr[data-rectify-open-task="Activity_DecideDisposition"]');
      await row.waitFor({ timeout: STEP_TIMEOUT });
      const before = (await row.innerText()).replace(/\s+/g, ' ');
      const newDue = daysFromNow(40);
      await row.locator('input[name="dueDate"]').fill(newDue);
      await row.locator('input[name="reason"]').fill('等待国土部门用地意见 Waiting for the land office');
      await row.locator('button[type="submit"]').click();
      const extended = page.locator('#rectify-cases-panel [data-rectify-table="deadline-records"] tr[data-rectify-record="DEADLINE_EXTENDED"]');
      await extended.waitFor({ timeout: STEP_TIMEOUT });
      const record = (await extended.innerText()).replace(/\s+/g, ' ');
      assert(record.includes(newDue) && record.includes('Waiting for the land office'), `the extension record: ${record}`);
      const after = (await page.locator('#rectify-cases-panel [data-rectify-open-task="Activity_DecideDisposition"]').innerText()).replace(/\s+/g, ' ');
      assert(after.includes(newDue), `the open task now shows ${after}`);
      const stored = await api('GET', `/api/cases/${pending.id}/deadline-extensions`, 'district-office1');
      assert(stored.status === 200 && stored.json.length === 1 && stored.json[0].reason.includes('land office'),
        `the extensions: ${stored.text}`);
      await screenshot(page, 'deadline-extended');
      return `${before} → ${after}`;
    });

    await step('district-office1 records the land reclaimed after the closed plant ended, with a reason', async () => {
      await findAndOpen(page, closed.code);
      const file = page.locator(`#rectify-cases-panel [data-rectify-case-file="${closed.id}"]`);
      const land = file.locator('[data-rectify-action="land"]');
      assert(await land.count() === 1, 'no land action on the closed case');
      const title = (await land.locator('h5').innerText()).trim();
      assert(title.includes('办结后'), `the land action is titled ${title}`);
      const labels = (await land.innerText()).replace(/\s+/g, ' ');
      assert(labels.includes('现为 now 12.50') || labels.includes('现为 now 12.5'), `the earlier figure is not shown: ${labels}`);
      await land.locator('input[name="landReclaimedMu"]').fill('15');
      await land.locator('input[name="structuresDemolishedSqm"]').fill('420');
      await land.locator('input[name="reason"]').fill('复垦测绘后更正 Corrected after the survey');
      await land.locator('button[type="submit"]').click();
      const record = page.locator('#rectify-cases-panel [data-rectify-table="timeline"] tr[data-rectify-record="LAND"]',
        { hasText: '办结后补录土地' });
      await record.waitFor({ timeout: STEP_TIMEOUT });
      const text = (await record.innerText()).replace(/\s+/g, ' ');
      assert(text.includes('12.50 → 15') || text.includes('12.5 → 15'), `the land record says ${text}`);
      const stored = (await api('GET', `/api/cases/${closed.id}`, 'supervisor1')).json;
      assert(Number(stored.landReclaimedMu) === 15 && Number(stored.structuresDemolishedSqm) === 420,
        `stored ${stored.landReclaimedMu} mu, ${stored.structuresDemolishedSqm} m²`);
      await screenshot(page, 'land-after-end');
      return text;
    });
  } finally {
    await context.close();
  }

  const cockpit = await cockpitLogin(browser, 'supervisor1');
  try {
    await step('supervisor1 opens the closed plant\'s case file from the Cockpit dashboard\'s case list', async () => {
      const { page: board } = cockpit;
      await board.locator('#rectify-dashboard[data-rectify-loaded]').waitFor({ timeout: STEP_TIMEOUT });
      await board.locator('#rectify-campaign').selectOption(String(campaign.id));
      await board.waitForFunction((id) => document.querySelector('#rectify-dashboard')?.getAttribute('data-rectify-loaded') === String(id),
        campaign.id, { timeout: STEP_TIMEOUT });
      await board.locator('[data-rectify-kpi="cases"]').click();
      const row = board.locator(`[data-rectify-cases] tr[data-rectify-case="${closed.id}"]`);
      await row.waitFor({ timeout: STEP_TIMEOUT });
      const listed = (await row.innerText()).replace(/\s+/g, ' ');
      const stored = (await api('GET', `/api/cases/${closed.id}`, 'supervisor1')).json;
      // the bilingual names, never the codes
      assert(listed.includes(stored.labels.stage) && listed.includes(stored.labels.disposition), `the list shows ${listed}`);
      assert(!/\b(CLOSED|CLOSE)\b/.test(listed), `a raw code in the list: ${listed}`);
      await row.locator('[data-rectify-open]').click();
      const file = board.locator(`#rectify-dashboard-case-file [data-rectify-case-file="${closed.id}"]`);
      await file.waitFor({ timeout: STEP_TIMEOUT });
      const heading = (await file.locator('h4').first().innerText()).trim();
      assert(heading.includes(closed.name), `the case file shows ${heading}`);
      const outcome = (await file.locator('[data-rectify-fact="结果 Outcome"]').innerText()).trim();
      assert(outcome === '已关闭 Closed', `outcome ${outcome}`);
      await file.screenshot({ path: screenshotPath('cockpit-case-file') });
      return `${listed}; ${heading}: ${outcome}`;
    });

    await step('supervisor1 opens the running case\'s process instance in Cockpit and reads its 案卷 Case file tab', async () => {
      // Cockpit's process-instance page shows running instances: the re-decided case, now at its decision
      const { page: board } = cockpit;
      const stored = (await api('GET', `/api/cases/${pending.id}`, 'supervisor1')).json;
      await board.goto(`${COCKPIT}#/process-instance/${stored.processInstanceId}/runtime`);
      const tab = board.locator('.nav-tabs a', { hasText: '案卷 Case file' }).first();
      await tab.waitFor({ timeout: STEP_TIMEOUT });
      await tab.click();
      const file = board.locator(`[data-rectify-case-file="${pending.id}"]`);
      await file.waitFor({ timeout: STEP_TIMEOUT });
      const records = await file.locator('[data-rectify-table="timeline"] tr[data-rectify-record]').evaluateAll(
        (rows) => rows.map((r) => r.getAttribute('data-rectify-record')));
      for (const kind of ['OPENED', 'SURVEY', 'OPINION', 'DECISION', 'CONFIRMATION', 'OPEN_TASK']) {
        assert(records.includes(kind), `the tab's timeline lacks ${kind}: ${records}`);
      }
      assert(await file.locator('[data-rectify-action]').count() === 0, 'the read-only supervisor is offered an action');
      await board.screenshot({ path: screenshotPath('cockpit-instance-tab'), fullPage: true });
      return `${records.length} records: ${records.join(', ')}`;
    });
  } finally {
    await cockpit.context.close();
  }
});
