// Every module's list on the record kit (customers, leads, opportunities, contracts, contacts, products, the pool,
// 回款), as wang (华北大区经理) sees it: at 1280 px a table whose first load is timed
// (navigation to the first row, reported in tests/output/first-load.json, not asserted) with the JavaScript that load
// fetched; at 390 px cards, name first, with no table and no sideways scrolling. Detail pages are shot at both
// widths. Screenshots go to tests/output/list-*.png and detail-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { BASE_URL, OUTPUT_DIR, PHONE, launch, login, newPage, screenshot, scrollsSideways } from './support/browser';

const WIDE = { width: 1280, height: 900 };
const LISTS = [
  { module: 'customer', path: '/customers', detail: 'customer-name' },
  { module: 'lead', path: '/leads', detail: 'lead-name' },
  { module: 'opportunity', path: '/opportunities', detail: 'opportunity-name' },
  { module: 'contract', path: '/contracts', detail: 'contract-title' },
  { module: 'contact', path: '/contacts' },
  { module: 'product', path: '/products' },
  { module: 'pool', path: '/pool', list: 'pool-view' },
  // 回款: a receivable's card opens with its amount (what finance reads it by), linking to its page.
  { module: 'receivable', path: '/receivables' },
] as const;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const listOf = (list: { module: string; list?: string }) => `[data-testid="${list.list ?? `${list.module}-list`}"]`;
const rows = (page: Page, module: string) => page.locator(`[data-testid^="${module}-row-"]`);

/** The JavaScript the page fetched so far: files, bytes over the wire and unpacked. */
const scripts = (page: Page) => page.evaluate(() => {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
  return { files: entries.length, transferred: entries.reduce((n, e) => n + e.transferSize, 0), decoded: entries.reduce((n, e) => n + e.decodedBodySize, 0) };
});

test('each list page loads at 1280 px with rows, timed from navigation to the first row', async () => {
  const timings: Record<string, unknown>[] = [];
  for (const list of LISTS) {
    // A fresh browser context per page: nothing cached, as on a first visit after signing in.
    const { context, page } = await newPage(browser, WIDE);
    page.setDefaultTimeout(60000);
    await login(page, 'wang');
    await page.waitForLoadState('networkidle');
    const started = Date.now();
    await page.goto(`${BASE_URL}${list.path}`);
    await rows(page, list.module).first().waitFor();
    const firstRowMs = Date.now() - started;
    const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; });
    timings.push({ page: list.path, firstRowMs, ...nav, js: await scripts(page) });
    expect(await page.locator(`${listOf(list)} .ant-table`).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `list-${list.module}-1280`);
    await context.close();
  }
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUTPUT_DIR, 'first-load.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log('first load of each list page (wang, 1280 px):\n' + timings.map((x) => JSON.stringify(x)).join('\n'));
}, 600_000);

test('at 390 px every list shows cards with the name first, no table and no sideways scrolling', async () => {
  const { context, page } = await newPage(browser, PHONE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  for (const list of LISTS) {
    await page.goto(`${BASE_URL}${list.path}`);
    const cards = page.getByTestId(`${list.module}-cards`);
    await cards.waitFor();
    await rows(page, list.module).first().waitFor();
    expect(await page.locator(`${listOf(list)} .ant-table`).count()).toBe(0);
    // Name first: each card opens with its title, which holds the record's name.
    const first = rows(page, list.module).first();
    expect((await first.innerText()).trim().length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, `list-${list.module}-390`);
  }
  await context.close();
}, 600_000);

test('the column chooser hides a column and the choice is remembered after a reload', async () => {
  const { context, page } = await newPage(browser, WIDE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/customers`);
  await rows(page, 'customer').first().waitFor();
  const header = page.locator('[data-testid="customer-list"] .ant-table-thead').getByText('行业', { exact: true });
  await header.waitFor();
  await page.getByTestId('customer-columns').click();
  await page.getByTestId('customer-column-industry').click();
  await header.waitFor({ state: 'detached' });
  await page.reload();
  await rows(page, 'customer').first().waitFor();
  await page.locator('[data-testid="customer-list"] .ant-table-thead').getByText('客户名称').waitFor();
  expect(await header.count()).toBe(0);
  await context.close();
}, 120_000);

test('a saved view (场景) keeps the filter and applies it again', async () => {
  const { context, page } = await newPage(browser, WIDE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/customers`);
  await rows(page, 'customer').first().waitFor();
  const total = await page.getByTestId('customer-total').innerText();
  await page.getByTestId('customer-filter-level').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '核心' }).click();
  await page.getByTestId('customer-total').filter({ hasNotText: total }).waitFor();
  const filtered = await page.getByTestId('customer-total').innerText();
  await page.getByTestId('customer-scene-save').click();
  await page.getByTestId('customer-scene-name').fill('核心客户');
  await page.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
  await page.reload();
  await page.getByTestId('customer-total').filter({ hasText: total }).waitFor();
  await page.getByTestId('customer-scene').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '核心客户' }).click();
  await page.getByTestId('customer-total').filter({ hasText: filtered }).waitFor();
  await context.close();
}, 120_000);

test('detail pages at 1280 and 390 px', async () => {
  for (const [viewport, label] of [[WIDE, '1280'], [PHONE, '390']] as const) {
    const { context, page } = await newPage(browser, viewport);
    page.setDefaultTimeout(60000);
    await login(page, 'wang');
    for (const list of LISTS.filter((l) => 'detail' in l)) {
      await page.goto(`${BASE_URL}${list.path}`);
      await rows(page, list.module).first().locator('a[href^="/"]').first().click();
      await page.getByTestId((list as { detail: string }).detail).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, `detail-${list.module}-${label}`);
    }
    await context.close();
  }
}, 600_000);
