// 特种设备检查 Special-equipment inspections in headless Chromium, on the demo county a fresh start has:
//   market-regulation1 opens 特种设备 Equipment in Tasklist's navbar, opens the planned campaign, draws
//   its 82 units with a public seed, audits the draw and starts the inspections; the panel lists the
//   drawn units with their two inspectors. The first unit's first inspector finds the 现场检查 task in
//   Tasklist, sees the unit's equipment in the form, records a hazard corrected on the spot and
//   completes it. market-regulation1 asks to publish, market-regulation2 approves, and the public page
//   (no login) lists the unit with its hazard. A file that is no workbook is refused with its reason.
//   Screenshots saved to OUT_DIR.
//
//   BASE_URL=http://localhost:8080 node src/test/browser/equipment-walkthrough.mjs
import {
  BASE_URL, TASKLIST, api, assert, checkFormRendered, claim, complete, currentTaskId, fillText, formField, isoDate,
  login, newContext, oneLine, openFilter, pickDate, restTaskId, restWork, runWalkthrough, screenshot, setCheckbox,
  setCurrentPage, setShotPrefix, step,
} from './lib.mjs';

const SEED = '20190315';
const HAZARD = '安全阀铅封损坏';

/** Opens 特种设备 Equipment from Tasklist's navbar; returns the panel. */
async function openPanel(page) {
  await page.locator('[data-rectify-equipment-link]').click();
  const panel = page.locator('#rectify-equipment-panel');
  await panel.locator('[data-rectify-table=campaigns] tbody tr').first().waitFor();
  return panel;
}

async function openCampaign(panel, campaignId) {
  await panel.locator(`[data-rectify-open="${campaignId}"]`).click();
  await panel.locator(`[data-rectify-campaign="${campaignId}"]`).waitFor();
}

/** Clicks an action of the campaign and returns the new message the panel shows for it. */
async function act(panel, key) {
  const last = await panel.evaluate((node) => Math.max(0, ...[...node.querySelectorAll('[data-rectify-said]')]
    .map((m) => Number(m.getAttribute('data-rectify-said')))));
  await panel.locator(`[data-rectify-do="${key}"]`).click();
  const said = panel.locator('[data-rectify-message=campaign][data-rectify-said]');
  await panel.page().waitForFunction(([root, seen]) => [...document.querySelectorAll(`${root} [data-rectify-message=campaign]`)]
    .some((m) => Number(m.getAttribute('data-rectify-said') || 0) > seen), ['#' + await panel.getAttribute('id'), last]);
  return (await said.first().innerText()).trim();
}

await runWalkthrough(async (browser) => {
  setShotPrefix('equipment-');
  let campaignId;
  let bureau;
  let panel;
  let first;

  await step('market-regulation1 opens the planned campaign of the demo county in 特种设备 Equipment', async () => {
    const campaigns = (await api('GET', '/api/equipment-campaigns', 'market-regulation1')).json;
    const planned = campaigns.find((c) => !c.drawnAt);
    assert(planned, 'the demo county has no campaign waiting for its draw');
    campaignId = planned.id;
    bureau = (await login(browser, 'market-regulation1')).page;
    panel = await openPanel(bureau);
    await openCampaign(panel, campaignId);
    const target = await panel.locator('[data-rectify-fact="抽取 Units to draw"]').innerText();
    assert(target.trim() === String(planned.targetUnits), `the panel shows ${target} units to draw, not ${planned.targetUnits}`);
    return `campaign ${campaignId}, ${target} units to draw`;
  });

  await step('draws the units with a public seed, audits the draw and starts the inspections', async () => {
    await panel.locator('input[name=seed]').fill(SEED);
    const drawn = await act(panel, 'draw');
    assert(drawn.includes(`种子 seed ${SEED}`), `after the draw the panel says: ${drawn}`);
    const audited = await act(panel, 'audit');
    assert(audited.startsWith('复核一致'), `the audit says: ${audited}`);
    const started = await act(panel, 'start');
    assert(started.startsWith('已启动'), `the start says: ${started}`);
    const rows = panel.locator('[data-rectify-table=inspections] tbody tr');
    const expected = (await api('GET', `/api/equipment-campaigns/${campaignId}/inspections`, 'market-regulation1')).json;
    assert(await rows.count() === expected.length, `the panel lists ${await rows.count()} units, the API ${expected.length}`);
    first = expected[0];
    const row = oneLine(await rows.first().innerText());
    assert(row.includes(first.unitName) && row.includes(first.inspectorOne) && row.includes('待检查'),
      `the first row reads: ${row}`);
    await screenshot(bureau, '01-drawn-and-started');
    return `${expected.length} units drawn, the first ${first.unitName} for ${first.inspectorOne} and ${first.inspectorTwo}`;
  });

  await step('the unit\'s first inspector records a hazard corrected on the spot in Tasklist', async () => {
    const { page } = await login(browser, first.inspectorOne);
    await openFilter(page);
    // an inspector has some twenty units of the campaign: the unit's task is opened by its address
    const taskId = await restTaskId(first.inspectorOne, first.creditCode, 'Activity_InspectUnit');
    await page.goto(`${TASKLIST}default/#/?task=${taskId}`);
    await page.waitForFunction((name) => {
      const summary = document.querySelector('.fjs-container [id$="-Field_unitSummary"]');
      return summary && summary.value.includes(name);
    }, first.unitName);
    await claim(page, first.inspectorOne);
    await checkFormRendered(page, '现场检查 Inspect the unit on site', ['单位概况 Unit', '检查日期 Inspected on',
      '出动执法人员（人次） Staff-visits']);
    const equipment = await formField(page, 'equipmentSummary').inputValue();
    const number = equipment.split('\n')[0].replace(/^⚠ /, '').split(' ')[0];
    assert(number.length > 0, `the form lists no equipment: ${equipment}`);
    for (const key of ['rulesInPlace', 'operatorsCertified', 'maintenanceDone', 'emergencyPlanDrilled']) {
      await setCheckbox(page, key, true);
    }
    await fillText(page, 'hazardLines', `${number} | ${HAZARD} | 当场改正 | 已重新铅封并校验`);
    await pickDate(page, 'inspectedOn', isoDate(new Date()));
    await fillText(page, 'staffVisits', '2');
    await fillText(page, 'vehicleTrips', '1');
    await screenshot(page, '02-inspection-form');
    await complete(page, currentTaskId(page));
    const after = (await api('GET', `/api/equipment-campaigns/${campaignId}/inspections`, 'market-regulation1')).json
      .find((i) => i.id === first.id);
    assert(after.hazardsFound === 1 && after.correctedOnSpot === 1 && after.state === 'DONE',
      `the inspection reads ${JSON.stringify(after)}`);
    await page.context().close();
    return `${number}: ${HAZARD}, corrected on the spot`;
  });

  await step('the other units\' inspections are recorded (over the engine REST API, as Tasklist sends them)', async () => {
    const inspections = (await api('GET', `/api/equipment-campaigns/${campaignId}/inspections`, 'market-regulation1')).json;
    for (const inspection of inspections.filter((i) => i.id !== first.id)) {
      await restWork(inspection.inspectorTwo, inspection.creditCode, 'Activity_InspectUnit', { inspectedOn: isoDate(new Date()),
        rulesInPlace: true, operatorsCertified: true, maintenanceDone: true, emergencyPlanDrilled: true, hazardLines: '',
        equipmentNotChecked: '', staffVisits: 2, vehicleTrips: 1 });
    }
    const figures = (await api('GET', `/api/equipment-campaigns/${campaignId}/figures`, 'market-regulation1')).json;
    assert(figures.unitsInspected === inspections.length, `${figures.unitsInspected} of ${inspections.length} inspected`);
    return `${figures.unitsInspected} units, ${figures.equipmentChecked} pieces, ${figures.hazardsFound} hazards`
      + ` (${figures.inspectionOverdue} pieces overdue for statutory inspection ordered)`;
  });

  await step('market-regulation1 asks to publish and market-regulation2 approves', async () => {
    await panel.locator('[data-rectify-back]').click();
    await openCampaign(panel, campaignId);
    const asked = await act(panel, 'request-publication');
    assert(asked.startsWith('已申请'), `asking says: ${asked}`);
    const { page } = await login(browser, 'market-regulation2');
    const approverPanel = await openPanel(page);
    await openCampaign(approverPanel, campaignId);
    const approved = await act(approverPanel, 'approve-publication');
    assert(approved.startsWith('已批准'), `approving says: ${approved}`);
    await approverPanel.locator('[data-rectify-link=public]').waitFor();
    await approverPanel.locator('[data-rectify-campaign]').scrollIntoViewIfNeeded();
    await screenshot(page, '03-approved');
    await page.context().close();
    return approved;
  });

  await step('anyone reads the published results without login, and no person is named', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    setCurrentPage(page);
    const response = await page.goto(`${BASE_URL}/public/equipment-inspections/${campaignId}`);
    assert(response.status() === 200, `the public page answers ${response.status()}`);
    const row = page.locator('tr', { hasText: first.unitName });
    await row.waitFor();
    const text = oneLine(await row.innerText());
    assert(text.includes(HAZARD) && text.includes('当场改正'), `the public row reads: ${text}`);
    const body = await page.locator('body').innerText();
    assert(!body.includes(first.inspectorOne) && !body.includes('inspector'), 'the public page names an inspector');
    await screenshot(page, '04-public-page');
    await context.close();
    return text.slice(0, 120);
  });

  await step('a file that is no workbook is refused on the register tab with its reason', async () => {
    setCurrentPage(bureau);
    await panel.locator('[data-rectify-view=register]').click();
    await panel.locator('[data-rectify-register]').waitFor();
    await panel.locator('input[type=file][name=file]').setInputFiles({ name: '名录.xlsx', mimeType: 'text/plain',
      buffer: Buffer.from('单位名称,信用代码\n') });
    await panel.locator('[data-rectify-form=register] button[type=submit]').click();
    const said = panel.locator('[data-rectify-message=register].rectify-error');
    await said.waitFor();
    const text = await said.innerText();
    assert(text.includes('不是 .xlsx 文件') || text.includes('名录有'), `the refusal reads: ${text}`);
    const reasons = await panel.locator('[data-rectify-table=import-errors] tbody tr').allInnerTexts();
    assert(reasons.some((r) => r.includes('.xlsx')), `the report lists: ${reasons.join(' | ')}`);
    await screenshot(bureau, '05-register-refused');
    return oneLine(reasons[0]);
  });
});
