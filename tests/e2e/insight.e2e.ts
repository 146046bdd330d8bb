// The dashboard in a real browser: wang lands on 首页, sees the sales brief, KPI, funnel, rankings and trend of
// 华北大区, switches to li, opens her new customers of the year and finds exactly as many rows as the figure said.
// The same on a 390-px phone without sideways scrolling; the 联络频次 report on the phone (who is behind, which customers
// are overdue, by how many days) without sideways scrolling; the reports and the target editor. Screenshots:
// tests/output/insight-*.png.
import { Browser, Page } from 'playwright-core';
import { BASE_URL, api, launch, login, newPage, pickOption, screenshot, scrollsSideways } from './support/browser';

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.getByTestId('brief').waitFor();
}

/** The number a brief card shows, without thousands separators. */
const figure = async (page: Page, kind: string) =>
  Number((await page.getByTestId(`brief-${kind}`).locator('.ant-statistic-content-value').innerText()).replace(/[^\d]/g, ''));

test('wang lands on the dashboard, switches to li, and her new customers open as exactly that many rows', async () => {
  const { context, page } = await newPage(browser, WIDE);
  await login(page, 'wang');
  expect(new URL(page.url()).pathname).toBe('/');
  await settled(page);
  await page.getByTestId('kpi').waitFor();
  await page.getByTestId('funnel').waitFor();
  await page.getByTestId('ranking').waitFor();
  await page.getByTestId('trend').waitFor();
  // 本年: the demo company's customers were created over the last half year.
  await page.getByTestId('insight-period').getByText('本年').click();
  await page.waitForURL(/preset=THIS_YEAR/);
  await settled(page);
  await page.waitForTimeout(800);
  await screenshot(page, 'insight-1-dashboard-wang-1280');

  const { me } = await api(page, '{ me { user { id } } }');
  const { insightScope } = await api(page, '{ insightScope { people { id username name } } }');
  const li = insightScope.people.find((p: { username: string }) => p.username === 'li');
  // wang's department: the demo's four, plus a leaver the offboarding spec may have added when it ran first.
  const usernames = insightScope.people.map((p: { username: string }) => p.username).filter((u: string) => !u.startsWith('leaver'));
  expect(usernames.sort()).toEqual(['li', 'sun', 'wang', 'zhao']);
  expect(me.user.id).toBeTruthy();
  await pickOption(page, 'insight-person', li.name);
  await page.waitForURL(new RegExp(`user=${li.id}`));
  await page.getByTestId('dashboard-subject').filter({ hasText: li.name }).waitFor();
  await settled(page);
  const count = await figure(page, 'customers');
  expect(count).toBeGreaterThan(0);
  await screenshot(page, 'insight-2-dashboard-li-1280');

  await page.getByTestId('brief-customers').click();
  await page.waitForURL(/\/statistics\/records\?/);
  await page.getByTestId('records-table').locator('tbody tr.ant-table-row').first().waitFor();
  expect(await page.getByTestId('records-table').locator('tbody tr.ant-table-row').count()).toBe(count);
  expect(await page.getByTestId('records-total').innerText()).toContain(String(count));
  await screenshot(page, 'insight-3-records-li-1280');
  await context.close();
});

test('the dashboard on a 390-px phone fits without sideways scrolling', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/?preset=THIS_YEAR`);
  await settled(page);
  await page.getByTestId('trend').waitFor();
  await page.waitForTimeout(800);
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'insight-4-dashboard-wang-390');
  await context.close();
});

test('a salesperson sees only herself; the system administrator lands on his own first page', async () => {
  const { context, page } = await newPage(browser, WIDE);
  await login(page, 'li');
  await settled(page);
  expect(await page.getByTestId('insight-person').count()).toBe(0);
  await context.close();
  const admin = await newPage(browser, WIDE);
  await login(admin.page, 'it');
  await admin.page.waitForURL((url) => url.pathname !== '/');
  expect(await admin.page.getByTestId('dashboard').count()).toBe(0);
  await admin.context.close();
});

test('the contact-frequency report on a 390-px phone: who is behind and which customers are overdue, without sideways scrolling', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/statistics/compliance`);
  await page.getByTestId('compliance-people').waitFor();
  await page.getByTestId('compliance-customer').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await scrollsSideways(page)).toBe(false);
  // li is on track (the demo brought her up to date); someone in wang's region is behind, with overdue customers.
  expect(await page.getByTestId('compliance-person-li').innerText()).toContain('达标');
  const behind = page.locator('[data-testid^="compliance-person-"]').filter({ hasText: '落后' });
  expect(await behind.count()).toBeGreaterThan(0);
  expect(await page.getByTestId('compliance-customer').first().innerText()).toMatch(/超期 \d+ 天/);
  await screenshot(page, 'insight-5-compliance-wang-390');
  await behind.first().click();
  await page.waitForURL(/user=/);
  await page.getByTestId('compliance-customer').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'insight-6-compliance-person-390');
  await page.getByTestId('compliance-tabs').getByText('月度汇总').click();
  await page.getByTestId('compliance-monthly').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await scrollsSideways(page)).toBe(false);
  await context.close();
});

test('the reports and the target editor at 1280 px', async () => {
  const { context, page } = await newPage(browser, WIDE);
  await login(page, 'wang');
  for (const [path, testId, name] of [
    ['customers', 'report-customers', 'customers'], ['follow-ups', 'report-follow_ups', 'followups'], ['opportunities', 'opportunities-monthly', 'opportunities'],
    ['contracts', 'report-contracts', 'contracts'], ['products', 'report-products', 'products'],
  ]) {
    await page.goto(`${BASE_URL}/statistics/${path}`);
    await page.getByTestId(testId).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    expect(await page.locator('.ant-result-error').count()).toBe(0);
    await screenshot(page, `insight-7-report-${name}-1280`);
  }
  await page.goto(`${BASE_URL}/statistics/targets`);
  await page.getByTestId('targets').waitFor();
  await page.getByTestId('targets-type').getByText('人员').click();
  await pickOption(page, 'targets-subject', '李娜');
  await page.getByTestId('targets-table').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'insight-8-targets-li-1280');
  await context.close();
});
