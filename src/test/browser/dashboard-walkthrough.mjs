// Cockpit campaign dashboard (the Rectify Cockpit plugin) in headless Chromium:
//   supervisor1 logs in to Cockpit and sees the dashboard of the first campaign (the demo campaign
//   when it runs) with the same numbers as GET /api/campaigns/{id}/progress, its SVG charts, the
//   campaign picker, and the cases behind a number; screenshot saved to OUT_DIR.
//   safety1 (an agency) does not see it, and its session is refused the data (403).
// When the app has no campaign (run.sh turns the demo campaign off), one is created first.
//
//   BASE_URL=http://localhost:8080 node src/test/browser/dashboard-walkthrough.mjs
import {
  BASE_URL, PASSWORD, api, assert, enterCredentials, newContext, runWalkthrough, screenshotPath,
  setCurrentPage, setShotPrefix, step,
} from './lib.mjs';

const COCKPIT = `${BASE_URL}/camunda/app/cockpit/default/`;

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
    return `${campaign.id} ${campaign.name}`;
  });

  const { context, page } = await cockpitLogin(browser, 'supervisor1');

  await step('supervisor1 sees the campaign dashboard in Cockpit', async () => {
    await page.locator('#rectify-dashboard[data-rectify-loaded]').waitFor();
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
    const link = await rows.first().locator('a', { hasText: 'Cockpit' }).getAttribute('href');
    assert(/^#\/process-instance\/.+\/runtime$/.test(link), `Cockpit link ${link}`);
    await page.screenshot({ path: screenshotPath('supervisor1-cases'), fullPage: true });
    return `${stage.code}: ${count} cases with Cockpit links`;
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
