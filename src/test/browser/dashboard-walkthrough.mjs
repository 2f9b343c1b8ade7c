// Cockpit campaign dashboard (the Rectify Cockpit plugin) in headless Chromium:
//   supervisor1 logs in to Cockpit and sees the dashboard of the first campaign (the demo campaign
//   when it runs) with the same numbers as GET /api/campaigns/{id}/progress, its SVG charts, the
//   campaign picker, and the cases behind a number; screenshot saved to OUT_DIR. Then a case of the
//   campaign is decided for closure (through the process, as the demo users over engine REST), and
//   the closures-decided figure and the closures due in its campaign year open exactly the cases
//   GET .../cases lists (and the hazards found, when there are any).
//   The ledger and the drafted summary download with the same session.
//   safety1 (an agency) does not see it, and its session is refused the data (403).
// With DEMO_CAMPAIGN=true (run.sh) it waits for the demo campaign's 117 cases and checks its figures
// (117 at the survey, 0 of 30 closures, 0 of 2 relocations); without any campaign, one is created first.
//
//   BASE_URL=http://localhost:8080 node src/test/browser/dashboard-walkthrough.mjs
import {
  BASE_URL, PASSWORD, api, assert, basic, creditCode, daysFromNow, enterCredentials, newContext, restSurveyAndReview, restWork,
  runWalkthrough, screenshotPath, setCurrentPage, setShotPrefix, step,
} from './lib.mjs';


/** The cases behind a number as the dashboard's data lists them (at most 500), with their total. */
async function casesBehind(campaignId, dimension, code) {
  const response = await fetch(`${BASE_URL}/rectify-dashboard/api/campaigns/${campaignId}/cases?dimension=${dimension}`
    + `&code=${encodeURIComponent(code)}`, { headers: { Authorization: basic('supervisor1'), Accept: 'application/json' } });
  if (response.status !== 200) {
    throw new Error(`cases ${dimension}:${code}: HTTP ${response.status} ${await response.text()}`);
  }
  return { total: Number(response.headers.get('X-Total-Count')), cases: await response.json() };
}

/** Clicks a number of the dashboard and checks that the case panel lists exactly the cases behind it. */
async function followNumber(page, campaignId, selector, dimension, code, figure) {
  await page.locator(selector).click();
  const table = page.locator(`[data-rectify-cases="${dimension}:${code}"]`);
  await table.waitFor();
  const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.dataset.rectifyCase)));
  const expected = await casesBehind(campaignId, dimension, code);
  assert(JSON.stringify(shown) === JSON.stringify(expected.cases.map((c) => c.id)),
    `${dimension}:${code}: the panel lists ${JSON.stringify(shown)}, the data ${JSON.stringify(expected.cases.map((c) => c.id))}`);
  assert(Number(await table.getAttribute('data-rectify-total')) === expected.total, `${dimension}:${code}: total shown`);
  return { shown, expected, table };
}

const COCKPIT = `${BASE_URL}/camunda/app/cockpit/default/`;
/** run.sh starts the dashboard's instance with the demo campaign: then its figures are checked too */
const DEMO = process.env.DEMO_CAMPAIGN === 'true';

/**
 * Logs in on Cockpit's own login page (the supervisor has no Tasklist) or, with viaTasklist, on
 * Tasklist's (an agency user has no Cockpit), and opens Cockpit with that session.
 */
async function cockpitLogin(browser, user, viaTasklist = false) {
  const context = await newContext(browser);
  const page = await context.newPage();
  setCurrentPage(page);
  page.on('pageerror', (error) => process.stderr.write(`[${user}] page error: ${error.message}\n`));
  if (viaTasklist) {
    await enterCredentials(page, user, PASSWORD);
    await page.locator('.task-filter').first().waitFor();
  } else {
    await page.goto(COCKPIT);
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.locator('input[ng-model="username"]').fill(user);
    await page.locator('input[ng-model="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.locator('input[ng-model="username"]').waitFor({ state: 'detached' });
  }
  await page.goto(COCKPIT);
  await page.waitForLoadState('networkidle').catch(() => {});
  return { context, page };
}

await runWalkthrough(async (browser) => {
  setShotPrefix('dashboard-');
  let campaign;
  let progress;

  await step('a campaign to show', async () => {
    let list = await api('GET', '/api/campaigns', 'supervisor1');
    assert(list.status === 200, `GET /api/campaigns: ${list.status} ${list.text}`);
    if (list.json.length === 0) {
      const year = new Date().getUTCFullYear();
      const created = await api('POST', '/api/campaigns', 'district-office1', {
        name: '看板演示 Dashboard walkthrough', level: 'TOWN', areaName: '新桥镇',
        startDate: `${year}-01-01`, endDate: `${year + 2}-12-31`, closureTarget: 5, relocationTarget: 1,
        yearTargets: [],
      });
      assert(created.status === 201, `POST /api/campaigns: ${created.status} ${created.text}`);
      list = await api('GET', '/api/campaigns', 'supervisor1');
    }
    campaign = list.json[0];
    if (!DEMO) {
      return `${campaign.id} ${campaign.name}`;
    }
    // the demo campaign a new user finds: wait until the job executor has opened its 117 cases
    campaign = list.json.find((c) => c.name.includes('（演示）'));
    assert(campaign, `no demo campaign among ${JSON.stringify(list.json.map((c) => c.name))}`);
    assert(list.json[0].id === campaign.id, 'the demo campaign is not the one the picker shows first');
    let start;
    for (let i = 0; i < 180; i++) {
      start = (await api('GET', `/api/campaigns/${campaign.id}/start`, 'supervisor1')).json;
      if (start.started === 117) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    assert(start.started === 117, `the demo campaign's cases: ${JSON.stringify(start)}`);
    return `${campaign.id} ${campaign.name}: 117 cases open`;
  });

  const { context, page } = await cockpitLogin(browser, 'supervisor1');

  await step('supervisor1 sees the campaign dashboard in Cockpit', async () => {
    await page.locator('#rectify-dashboard[data-rectify-loaded], #rectify-dashboard [data-rectify-error]').first()
      .waitFor({ timeout: 60000 }).catch(async () => {
        const shown = await page.locator('#rectify-dashboard').count()
          ? `it shows "${(await page.locator('#rectify-dashboard').innerText()).slice(0, 300)}"`
          : `Cockpit shows no dashboard at ${page.url()}`;
        throw new Error(`the dashboard did not load in 60 s: ${shown}`);
      });
    const error = page.locator('#rectify-dashboard [data-rectify-error]');
    assert(await error.count() === 0, `the dashboard reports: ${await error.first().innerText().catch(() => '')}`);
    const options = await page.locator('#rectify-campaign option').allInnerTexts();
    assert(options.includes(campaign.name), `the campaign picker lists ${JSON.stringify(options)}`);
    const charts = await page.locator('#rectify-dashboard svg[data-rectify-chart]').count();
    assert(charts >= 5, `expected at least 5 SVG charts, found ${charts}`);
    return `${options.length} campaign(s), ${charts} charts`;
  });

  await step('its numbers are those of the progress API', async () => {
    const answer = await api('GET', `/api/campaigns/${campaign.id}/progress`, 'supervisor1');
    assert(answer.status === 200, `progress: ${answer.status}`);
    progress = answer.json;
    const kpi = async (id) => (await page.locator(`[data-rectify-kpi="${id}"]`).innerText()).trim();
    assert(await kpi('cases') === String(progress.cases), `cases: shown ${await kpi('cases')}, API ${progress.cases}`);
    assert(await kpi('closures-decided') === String(progress.targets.closures.decided), 'closures decided differ');
    const closures = (await page.locator('[data-rectify-value="closures"]').textContent()).trim();
    const expected = progress.targets.closures.target == null ? `${progress.targets.closures.achieved}`
      : `${progress.targets.closures.achieved} / ${progress.targets.closures.target}`;
    assert(closures === expected, `closures against target: shown "${closures}", expected "${expected}"`);
    for (const stage of progress.byStage) {
      const shown = (await page.locator(`[data-rectify-value="stage:${stage.code || 'none'}"]`).textContent()).trim();
      assert(shown === String(stage.count), `stage ${stage.code}: shown ${shown}, API ${stage.count}`);
    }
    if (DEMO) {
      // the demo campaign's own figures: 117 producers at the survey, 30 closures and 2 relocations to reach
      assert(progress.cases === 117 && await kpi('cases') === '117', `demo cases: ${progress.cases}`);
      const survey = (await page.locator('[data-rectify-value="stage:SURVEY"]').textContent()).trim();
      assert(survey === '117', `demo cases at the survey: shown ${survey}`);
      assert(closures === '0 / 30', `demo closures against the target: shown "${closures}"`);
      const relocations = (await page.locator('[data-rectify-value="relocations"]').textContent()).trim();
      assert(relocations === '0 / 2', `demo relocations against the target: shown "${relocations}"`);
    }
    return `${progress.cases} cases, ${progress.byStage.length} stages, closures ${closures}`;
  });

  await step('screenshot of the dashboard', async () => {
    // Cockpit scrolls inside its own container: one shot of the dashboard element, one of the page
    const path = screenshotPath('supervisor1-dashboard');
    await page.locator('#rectify-dashboard').screenshot({ path });
    await page.locator('#rectify-dashboard h3').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('supervisor1-cockpit') });
    return path;
  });

  await step('a number opens the matching cases', async () => {
    const stage = progress.byStage.find((s) => s.count > 0);
    if (!stage) {
      return 'no case open yet: nothing to follow';
    }
    await page.locator(`[data-rectify-value="stage:${stage.code}"]`).click();
    const rows = page.locator(`[data-rectify-cases="stage:${stage.code}"] tbody tr`);
    await rows.first().waitFor();
    const count = await rows.count();
    assert(count === Math.min(stage.count, 500), `${count} rows listed for ${stage.count} cases`);
    const link = await rows.first().locator('a', { hasText: '流程 Process' }).getAttribute('href');
    assert(/^#\/process-instance\/.+\/runtime$/.test(link), `Cockpit link ${link}`);
    const row = (await rows.first().innerText()).replace(/\s+/g, ' ');
    assert(row.includes(stage.label), `the list names the stage as "${stage.label}": ${row}`);
    await page.screenshot({ path: screenshotPath('supervisor1-cases'), fullPage: true });
    return `${stage.code}: ${count} cases with links to their process instance and case file`;
  });

  let decided;
  await step('a case of the campaign is decided for closure (survey, joint review, decision, verification over engine REST)', async () => {
    const code = creditCode();
    const opened = await api('POST', '/api/cases', 'district-office1', {
      enterprise: {
        creditCode: code,
        name: `看板关停企业 Dashboard closure ${code.slice(10, 17)}`,
        township: '新桥镇', village: '东村', address: '东村工业路28号', legalRepresentative: '张明',
        contactPhone: '0512-63800028', industryCategory: '化学原料和化学制品制造业', products: '胶粘剂 Adhesives',
        revenueBand: 'FROM_2M_TO_5M', aboveScale: false, employees: 12, siteAreaMu: 3.1, businessType: 'PRODUCER',
        eiaApprovalDate: '2008-04-12', safetyApprovalDate: '2009-06-30',
      },
      campaignId: campaign.id,
    });
    assert(opened.status === 201, `POST /api/cases: HTTP ${opened.status} ${opened.text}`);
    await restSurveyAndReview(code, 'CLOSE', '同意关停 Agree to close');
    const deadline = daysFromNow(30);
    await restWork('district-office1', code, 'Activity_DecideDisposition', {
      disposition: 'CLOSE', dispositionDeadline: deadline, supervisingAgency: 'safety',
      decisionReasoning: '会审意见一致 The agencies agree',
    });
    await restWork('town-office1', code, 'Activity_VerifyOnSite',
      { verificationConfirmed: true, verificationNote: '现场情况与会审一致 As reviewed' });
    const file = (await api('GET', `/api/cases/${opened.json.id}`, 'district-office1')).json;
    assert(file.disposition === 'CLOSE', `disposition ${file.disposition}`);
    decided = { id: opened.json.id, deadline };
    return `case ${decided.id}: CLOSE by ${deadline}`;
  });

  await step('the closures decided and the closures due in its year open exactly their cases', async () => {
    await page.reload();
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.locator(`#rectify-dashboard[data-rectify-loaded="${campaign.id}"]`).waitFor();
    progress = (await api('GET', `/api/campaigns/${campaign.id}/progress`, 'supervisor1')).json;
    const figure = progress.targets.closures.decided;
    const shownFigure = (await page.locator('[data-rectify-kpi="closures-decided"]').innerText()).trim();
    assert(shownFigure === String(figure), `closures decided: shown ${shownFigure}, API ${figure}`);
    const all = await followNumber(page, campaign.id, '[data-rectify-kpi="closures-decided"]', 'target', 'closures-decided');
    assert(all.expected.total === figure && all.shown.length === Math.min(figure, 500),
      `${all.shown.length} cases listed, ${all.expected.total} in total, for the figure ${figure}`);
    assert(all.shown.includes(decided.id), `case ${decided.id} is not among the closures decided ${JSON.stringify(all.shown)}`);
    const year = progress.targets.years.find((y) => y.from <= decided.deadline && decided.deadline <= y.to);
    let detail = `closures decided ${figure}: ${all.shown.length} listed`;
    if (year) {
      const key = `closures-due-${year.year}`;
      const cell = (await page.locator(`[data-rectify-value="target:${key}"]`).innerText()).trim();
      assert(cell === String(year.closuresDue), `year ${year.year} closures due: shown ${cell}, API ${year.closuresDue}`);
      const due = await followNumber(page, campaign.id, `[data-rectify-value="target:${key}"]`, 'target', key);
      assert(due.shown.length === Math.min(year.closuresDue, 500) && due.shown.includes(decided.id),
        `year ${year.year}: ${due.shown.length} cases listed for ${year.closuresDue} due, case ${decided.id} among them: ${due.shown.includes(decided.id)}`);
      const deadlines = await due.table.locator('tbody td[data-rectify-count]').allInnerTexts();
      assert(deadlines.every((d) => d >= year.from && d <= year.to), `deadlines outside year ${year.year}: ${deadlines}`);
      detail += `; year ${year.year} closures due ${year.closuresDue}: ${due.shown.length} listed`;
    }
    await page.screenshot({ path: screenshotPath('supervisor1-closures-due'), fullPage: true });
    const dashboard = await (await fetch(`${BASE_URL}/rectify-dashboard/api/campaigns/${campaign.id}`,
      { headers: { Authorization: basic('supervisor1') } })).json();
    if (dashboard.hazards.found > 0) {
      const found = await followNumber(page, campaign.id, '[data-rectify-kpi="hazards-found"]', 'hazards', 'found');
      const counted = (await found.table.locator('tbody td[data-rectify-count]').allInnerTexts()).reduce((n, c) => n + Number(c), 0);
      assert(found.expected.total <= 500 ? counted === dashboard.hazards.found : counted <= dashboard.hazards.found,
        `hazards found ${dashboard.hazards.found}, the cases listed have ${counted}`);
      detail += `; hazards found ${dashboard.hazards.found} in ${found.shown.length} cases`;
    }
    return detail;
  });

  await step('the ledger and the drafted summary download with the Cockpit session', async () => {
    const hrefs = await page.locator('[data-rectify-download]').evaluateAll((links) =>
      Object.fromEntries(links.map((a) => [a.dataset.rectifyDownload, a.getAttribute('href')])));
    assert(Object.keys(hrefs).length === 4, `download links ${JSON.stringify(hrefs)}`);
    const got = await page.evaluate(async (links) => {
      const answer = async (href) => {
        const response = await fetch(href, { credentials: 'same-origin' });
        const type = response.headers.get('Content-Type') || '';
        const body = await response.arrayBuffer();
        return { status: response.status, type, bytes: body.byteLength,
          text: type.startsWith('text/html') ? new TextDecoder().decode(body) : '' };
      };
      return { ledger: await answer(links.ledger), html: await answer(links['summary-html']),
        docx: await answer(links['summary-docx']), en: await answer(links['summary-en']) };
    }, hrefs);
    assert(got.ledger.status === 200 && got.ledger.type.includes('spreadsheetml'), `ledger: ${JSON.stringify(got.ledger)}`);
    assert(got.docx.status === 200 && got.docx.type.includes('wordprocessingml'), `summary.docx: ${got.docx.status}`);
    // the demo roster's 117 producers and the one opened by hand above: every case is on the roster
    const roster = (await api('GET', `/api/campaigns/${campaign.id}/roster?size=1`, 'supervisor1')).json.total;
    const cases = (await api('GET', `/api/campaigns/${campaign.id}/progress`, 'supervisor1')).json.cases;
    assert(roster === cases, `the roster lists ${roster} enterprises for ${cases} cases`);
    assert(got.html.status === 200 && got.html.text.includes('一、基本情况')
      && got.html.text.includes(`化工生产企业${roster}家`) && got.html.text.includes('三、主要工作和成效'),
      `the summary page does not state the roster's ${roster} producers`);
    assert(got.en.status === 200 && got.en.text.includes('1. The situation'), 'the English summary');
    return `ledger ${got.ledger.bytes} bytes, summary.docx ${got.docx.bytes} bytes, summary page states the 117 producers`;
  });

  await context.close();

  await step('safety1 (an agency) does not see the dashboard', async () => {
    const { context: agency, page: agencyPage } = await cockpitLogin(browser, 'safety1', true);
    await agencyPage.waitForTimeout(3000);
    const shown = await agencyPage.locator('#rectify-dashboard h3').count();
    const status = await agencyPage.evaluate(async () =>
      (await fetch('/rectify-dashboard/api/campaigns', { credentials: 'same-origin' })).status);
    await agencyPage.screenshot({ path: screenshotPath('safety1-cockpit'), fullPage: true });
    await agency.close();
    assert(shown === 0, 'the dashboard is shown to safety1');
    assert(status === 403, `the data answers safety1's session with ${status}, not 403`);
    return 'not shown; data 403';
  });
});
