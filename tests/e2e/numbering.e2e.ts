// Issue 13 item 3 in the browser: the system administrator (it, who holds system:numbering) opens 编号规则 from the
// menu, is told on the field that a daily reset without the day in the number would repeat numbers, then changes
// the customer prefix to E2E; li's next new customer gets an E2E number. The rule is put back afterwards.
// Screenshots: tests/output/numbering-1-rules.png, numbering-2-new-customer.png (1280 px).
import { Browser } from 'playwright-core';
import { BASE_URL, api, fillBox, launch, login, newPage, pickOption, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const VIEWPORT = { width: 1280, height: 900 };
const RESET = 'mutation { updateNumberingRule(module: "customer", input: { prefix: "KH", datePart: YYYYMMDD, resetPeriod: DAILY, sequenceLength: 4 }) { prefix } }';

test('the administrator changes the customer prefix and li\'s next customer is numbered with it', async () => {
  const admin = await newPage(browser, VIEWPORT);
  await login(admin.page, 'it');
  const page = admin.page;
  try {
    await page.getByTestId('sider').getByRole('menuitem', { name: '编号规则' }).click();
    await page.waitForURL(`${BASE_URL}/settings/numbering`);
    const card = page.getByTestId('numbering-customer');
    await card.waitFor();
    // Read when shown (the texts follow the form a render later): waiting, not a snapshot.
    await page.getByTestId('numbering-next-customer').filter({ hasText: /^KH\d{12}$/ }).waitFor();

    // No day in the number but a daily restart: refused on the reset period, in words.
    await pickOption(page, 'numbering-date-customer', '不含日期');
    await page.getByTestId('numbering-save-customer').click();
    await card.getByText('重置周期比日期部分更细，编号会重复').waitFor();
    await pickOption(page, 'numbering-date-customer', 'yyyyMMdd（年月日）');

    await fillBox(page.getByTestId('numbering-prefix-customer'), 'E2E');
    await page.getByTestId('numbering-example-customer').filter({ hasText: /^E2E\d{8}0001$/ }).waitFor();
    await page.getByTestId('numbering-save-customer').click();
    await page.getByTestId('numbering-next-customer').filter({ hasText: /^E2E\d{12}$/ }).waitFor();
    await screenshot(page, 'numbering-1-rules');

    const { context, page: li } = await newPage(browser, VIEWPORT);
    await login(li, 'li');
    await li.goto(`${BASE_URL}/customers`);
    const name = `编号规则浏览器测试有限公司${Date.now() % 100000}`;
    await li.getByTestId('customer-create').click();
    await fillBox(li.getByTestId('customer-form-name'), name);
    await fillBox(li.getByTestId('customer-form-mobile'), '13912345670');
    await li.getByTestId('customer-form-submit').click();
    await li.getByTestId('customer-form').waitFor({ state: 'hidden' });
    const search = await fillBox(li.getByTestId('customer-filter-keyword'), name);
    await search.press('Enter');
    await li.getByRole('link', { name }).click();
    await li.waitForURL(/\/customers\/\d+$/);
    await li.getByText(/E2E\d{12}/).first().waitFor();
    await screenshot(li, 'numbering-2-new-customer');
    await context.close();
  } finally {
    await api(page, RESET);
    await admin.context.close();
  }
});
