// Camunda's webapps as a Chinese-speaking agency clerk and administrator see them (browser language
// zh-CN, time zone Asia/Shanghai), on an instance with the demo campaign:
//   Tasklist as town-econ-center1: opens on the filter 本机构待办, sorted by due date (earliest
//   first, as the list's own dates show), each entry naming the enterprise and its credit code in
//   full; the other filters 我的待办, 即将到期, 已逾期 are listed; a task's detail and form.
//   Cockpit as supervisor1: the campaign dashboard above Camunda's own panels; a process
//   definition's instances with their start times as yyyy-MM-dd; one instance's page.
//   Admin as admin: the user list and one user's page.
// On every page visited: no Camunda label left in English, no raw translation key, no migration
// banner; and, first, that a browser set to English gets English, which the same check catches.
// Screenshots of each page go to OUT_DIR.
//
//   BASE_URL=http://localhost:8080 node src/test/browser/webapps-walkthrough.mjs

import {
  BASE_URL, FILTER_NAME, PASSWORD, api, assert, enterCredentials, newContext, noSpinner, oneLine, runWalkthrough, screenshot,
  setCurrentPage, setShotPrefix, step,
} from './lib.mjs';

const APPS = `${BASE_URL}/camunda/app`;
const FILTERS = [FILTER_NAME, '我的待办', '即将到期', '已逾期'];
const ENGINE_VALUES = new Set(['null', 'String', 'Boolean', 'Integer', 'Long', 'Short', 'Double', 'Date', 'Null',
  'Object', 'Json', 'Xml', 'Bytes', 'File']);
const CREDIT_CODE = /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/;

/**
 * The English labels of an app that our Chinese locale replaces, as Camunda ships them: a visible
 * text equal to one of them is a label left untranslated.
 */
async function englishLabels(app) {
  const fetchLabels = async (language) => {
    const response = await fetch(`${APPS}/${app}/locales/${language}.json`);
    assert(response.ok, `${app}/locales/${language}.json: HTTP ${response.status}`);
    return JSON.parse((await response.text()).replace(/^\uFEFF/, '')).labels;
  };
  const english = await fetchLabels('en');
  const chinese = await fetchLabels('zh');
  return Object.entries(english)
    .filter(([key, text]) => chinese[key] !== text && /[A-Za-z]{3,}/.test(text) && !text.includes('{{'))
    .map(([, text]) => text.replace(/<[^>]+>/g, '').trim())
    // values, not labels: "null" is how Cockpit prints an empty id (上级流程实例 ID: null), and a
    // variable's type is the engine's name for it (String, Boolean, ...)
    .filter((text) => text.length >= 3 && !ENGINE_VALUES.has(text));
}

/** Visible texts of the page that are an English label of the app or a raw key; none expected. */
async function untranslated(page, labels) {
  return page.evaluate((english) => {
    const known = new Set(english);
    const found = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      const element = node.parentElement;
      // what the reader sees: a text in a font of size 0 (replaced by a CSS ::after) is not shown
      if (!text || !element || !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
          || parseFloat(getComputedStyle(element).fontSize) === 0) {
        continue;
      }
      if (known.has(text) || /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(text)) {
        found.add(text);
      }
    }
    return [...found];
  }, labels);
}

async function bannerShown(page) {
  return page.evaluate(() => {
    const banner = document.querySelector('.ce-eol-banner');
    const visible = banner && banner.checkVisibility({ checkVisibilityCSS: true });
    return Boolean(visible) || document.body.innerText.includes('Camunda 8');
  });
}

/** The checks every page gets: nothing English, no banner; answers a short note and takes a screenshot. */
async function checkPage(page, labels, shot) {
  await noSpinner(page);
  const left = await untranslated(page, labels);
  assert(left.length === 0, `untranslated on ${shot}: ${JSON.stringify(left.slice(0, 10))}`);
  assert(!(await bannerShown(page)), `the migration banner is shown on ${shot}`);
  await screenshot(page, shot);
}

async function openAs(browser, user, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  setCurrentPage(page);
  page.on('pageerror', (error) => process.stderr.write(`[${user}] page error: ${error.message}\n`));
  await page.goto(url);
  await page.locator('input[ng-model="username"]').waitFor();
  page.loginUrl = url;
  return { context, page };
}

async function logIn(page, user) {
  await enterCredentials(page, user, PASSWORD, page.loginUrl);
}

await runWalkthrough(async (browser) => {
  setShotPrefix('webapps-');

  await step('the demo campaign has opened its cases', async () => {
    for (let waited = 0; waited < 180; waited += 2) {
      const count = await api('GET', '/engine-rest/task/count?taskDefinitionKey=Activity_SurveyEnterprise',
        'admin');
      if (count.json?.count >= 100) {
        return `${count.json.count} survey tasks`;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    throw new Error('fewer than 100 survey tasks after 3 minutes');
  });

  const tasklistLabels = await englishLabels('tasklist');

  await step('a browser set to English gets English, which the check below would catch', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    const english = await context.newPage();
    setCurrentPage(english);
    await english.goto(`${APPS}/tasklist/`);
    await english.locator('input[ng-model="username"]').waitFor();
    await noSpinner(english);
    const found = await untranslated(english, tasklistLabels);
    await context.close();
    assert(found.length > 0, 'no English label found on the English login page: the check finds nothing');
    return `English labels found: ${JSON.stringify(found.slice(0, 4))}`;
  });

  const { context: clerk, page } = await openAs(browser, 'town-econ-center1', `${APPS}/tasklist/`);

  await step('Tasklist\'s login page is in Chinese', async () => {
    await page.locator('button[type="submit"]', { hasText: '登录' }).waitFor();
    await checkPage(page, tasklistLabels, 'tasklist-login');
    return oneLine(await page.locator('button[type="submit"]').innerText());
  });

  await step(`Tasklist opens on ${FILTER_NAME}, sorted by due date, earliest first`, async () => {
    await logIn(page, 'town-econ-center1');
    const active = page.locator('.task-filter.active');
    await active.waitFor();
    const open = oneLine(await active.innerText());
    assert(open.startsWith(FILTER_NAME), `the open filter is "${open}"`);
    await page.locator('ol.tasks-list > li.task').first().waitFor();
    const sorting = decodeURIComponent(page.url());
    assert(sorting.includes('"sortBy":"dueDate"') && sorting.includes('"sortOrder":"asc"'),
      `the list is not sorted by due date ascending: ${page.url()}`);
    const sortLabel = oneLine(await page.locator('li.sorting-choice .sort-by').first().innerText());
    assert(sortLabel.includes('到期时间'), `the sorting shown is "${sortLabel}"`);
    const listed = await page.locator('ol.tasks-list > li.task').count();
    const filters = oneLine((await page.locator('.task-filter').allInnerTexts()).join(' '));
    for (const name of FILTERS) {
      assert(filters.includes(name), `filter ${name} is not listed: ${filters}`);
    }
    return `${listed} tasks listed; sorted by ${sortLabel}`;
  });

  await step('each entry names the enterprise and its credit code in full', async () => {
    const entries = page.locator('ol.tasks-list > li.task');
    const first = entries.first();
    const text = oneLine(await first.innerText());
    assert(text.includes('调查摸底'), `the first entry is not a survey: ${text}`);
    assert(CREDIT_CODE.test(text), `no credit code in the first entry: ${text}`);
    // nothing of the first entries is clipped: no element sticks out of its box or of the card's
    const cut = await page.evaluate(() => [...document.querySelectorAll('ol.tasks-list > li.task')].slice(0, 5)
      .flatMap((card) => [...card.querySelectorAll('.variables *')].filter((element) => {
        let box = element.getBoundingClientRect();
        for (let up = element.parentElement; up && up !== card.parentElement; up = up.parentElement) {
          const style = getComputedStyle(up);
          const clip = up.getBoundingClientRect();
          if (style.overflow !== 'visible' && (box.bottom > clip.bottom + 1 || box.right > clip.right + 1)) {
            return true;
          }
        }
        return element.children.length === 0 && element.scrollWidth > element.clientWidth + 1;
      }).map((element) => element.textContent.trim())));
    assert(cut.length === 0, `cut off in the list: ${JSON.stringify(cut.slice(0, 3))}`);
    await checkPage(page, tasklistLabels, 'tasklist-list');
    return text.slice(0, 120);
  });

  await step('a task\'s detail and form are in Chinese, its due date as yyyy-MM-dd', async () => {
    await page.locator('ol.tasks-list > li.task .clickable').first().click();
    await page.locator('.fjs-container').waitFor();
    await page.locator('button.claim', { hasText: '签收' }).waitFor();
    await checkPage(page, tasklistLabels, 'tasklist-task');
    // the task's dates read relative ("14 天后"); hovering one shows the date itself
    const due = page.locator('[cam-tasklist-task] [uib-tooltip], [cam-tasklist-task] [tooltip]')
      .filter({ hasText: /天后/ }).first();
    await due.hover();
    const tooltip = page.locator('.tooltip-inner, .tooltip');
    await tooltip.first().waitFor();
    const shown = oneLine(await tooltip.first().innerText());
    const dated = /\b20\d\d-\d\d-\d\d\b/.exec(shown);
    assert(dated, `the due date's tooltip reads "${shown}"`);
    return `date shown ${dated[0]}`;
  });

  await step('the filters 即将到期 and 已逾期 open in Chinese', async () => {
    for (const name of ['即将到期', '已逾期']) {
      await page.locator('.task-filter', { hasText: name }).locator('h4.name a').click();
      await page.locator('.task-filter.active', { hasText: name }).waitFor();
      await checkPage(page, tasklistLabels, `tasklist-filter-${name}`);
    }
    return 'no English label';
  });
  await clerk.close();

  const cockpitLabels = await englishLabels('cockpit');
  const { context: supervisor, page: cockpit } = await openAs(browser, 'supervisor1', `${APPS}/cockpit/default/`);

  await step('Cockpit opens on the campaign dashboard, above Camunda\'s own panels', async () => {
    await logIn(cockpit, 'supervisor1');
    await cockpit.locator('#rectify-dashboard').waitFor();
    await cockpit.locator('.ctn-view.dashboard section.actual').waitFor();
    const [dashboard, rightNow] = await cockpit.evaluate(() => [
      document.querySelector('#rectify-dashboard').getBoundingClientRect().top,
      document.querySelector('.ctn-view.dashboard section.actual').getBoundingClientRect().top]);
    assert(dashboard < rightNow, `the dashboard is at ${dashboard}px, Camunda's "right now" at ${rightNow}px`);
    await checkPage(cockpit, cockpitLabels, 'cockpit-dashboard');
    return `dashboard at ${Math.round(dashboard)}px, Camunda's panels from ${Math.round(rightNow)}px`;
  });

  await step('a process instance in Cockpit: Chinese labels, dates as yyyy-MM-dd', async () => {
    const instances = await api('GET', '/engine-rest/process-instance?processDefinitionKey=Process_EnterpriseCase'
      + '&maxResults=1', 'admin');
    const definitionId = instances.json[0].definitionId;
    await cockpit.goto(`${APPS}/cockpit/default/#/process-definition/${definitionId}/runtime`);
    await cockpit.locator('.ctn-tabbed-content a', { hasText: /\S/ }).first().waitFor();
    const table = cockpit.locator('[cam-tabs] table, .process-instances table, table').first();
    await table.waitFor();
    await noSpinner(cockpit);
    const text = await cockpit.evaluate(() => document.body.innerText);
    const dated = /\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d:\d\d\b/.exec(text);
    assert(dated, 'no start time as yyyy-MM-dd HH:mm:ss on the process definition page');
    await checkPage(cockpit, cockpitLabels, 'cockpit-process');
    return `start time shown ${dated[0]}`;
  });
  await step('a process instance in Cockpit: its variables, incidents and tabs in Chinese', async () => {
    const instances = await api('GET', '/engine-rest/process-instance?processDefinitionKey=Process_EnterpriseCase'
      + '&maxResults=1', 'admin');
    await cockpit.goto(`${APPS}/cockpit/default/#/process-instance/${instances.json[0].id}/runtime`);
    await cockpit.locator('.ctn-tabbed-content').first().waitFor();
    // the variables table has loaded: its header and its first row are shown
    await cockpit.locator('thead td.actions').first().waitFor();
    await cockpit.locator('.ctn-tabbed-content table tbody tr').first().waitFor();
    await checkPage(cockpit, cockpitLabels, 'cockpit-instance');
    const actions = await cockpit.locator('thead td.actions').first()
      .evaluate((cell) => getComputedStyle(cell, '::after').content);
    assert(actions === '"操作"', `the variables table's last column is titled ${actions}`);
    const tabs = oneLine((await cockpit.locator('.nav-tabs li, [cam-tabs] li').allInnerTexts()).join(' / '));
    assert(tabs.includes('变量') && tabs.includes('异常事件'), `the instance tabs read "${tabs}"`);
    return tabs;
  });
  await supervisor.close();

  const adminLabels = await englishLabels('admin');
  const { context: administrator, page: admin } = await openAs(browser, 'admin', `${APPS}/admin/default/`);

  await step('Admin\'s user list and a user\'s page are in Chinese', async () => {
    await logIn(admin, 'admin');
    await admin.goto(`${APPS}/admin/default/#/users`);
    await admin.locator('table tbody tr').first().waitFor();
    await checkPage(admin, adminLabels, 'admin-users');
    await admin.goto(`${APPS}/admin/default/#/users/safety1?tab=profile`);
    await admin.locator('form input').first().waitFor();
    await checkPage(admin, adminLabels, 'admin-user');
    const heading = admin.locator(':is(h1, h2, h3, legend, label)', { hasText: /编辑用户|名字/ }).first();
    await heading.waitFor();
    return oneLine(await heading.innerText());
  });
  await step('the header\'s application menu names the other apps in Chinese', async () => {
    await admin.locator('.app-switch .dropdown-toggle').click();
    const entries = admin.locator('.app-switch .dropdown-menu li > a');
    await entries.first().waitFor();
    const names = await entries.evaluateAll((links) => links.map((link) => {
      const shown = getComputedStyle(link, '::after').content.replace(/^"|"$/g, '');
      return { shown, fontSize: getComputedStyle(link).fontSize };
    }));
    await screenshot(admin, 'admin-app-menu');
    await admin.keyboard.press('Escape');
    assert(names.length > 0 && names.every((name) => /\p{Script=Han}/u.test(name.shown) && name.fontSize === '0px'),
      `the menu shows ${JSON.stringify(names)}`);
    return names.map((name) => name.shown).join(', ');
  });

  await administrator.close();

  const welcomeLabels = await englishLabels('welcome');
  await step('Welcome lists the applications in Chinese', async () => {
    const { context, page: welcome } = await openAs(browser, 'admin', `${APPS}/welcome/default/`);
    await logIn(welcome, 'admin');
    await welcome.locator('.webapps, [class*="apps"]').first().waitFor();
    await checkPage(welcome, welcomeLabels, 'welcome');
    await context.close();
    return 'no English label';
  });
});
