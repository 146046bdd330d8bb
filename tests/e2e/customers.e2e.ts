// Foundation in a real browser: li creates a customer, finds it, opens it; wang (manager) sees it read-only;
// the customer page works at phone width. Screenshots go to tests/output/.
import { Browser } from 'playwright-core';
import { BASE_URL, DESKTOP, PHONE, fillBox, launch, login, newPage, screenshot, scrollsSideways } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const customerName = `北京浏览器测试科技有限公司${Date.now() % 100000}`;
let customerUrl = '';

test('li logs in, creates a customer, finds it in the list and opens it', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-create').click();
  await fillBox(page.getByTestId('customer-form-name'), customerName);
  await fillBox(page.getByTestId('customer-form-mobile'), '13912345678');
  await page.getByTestId('customer-form-submit').click();
  await page.getByTestId('customer-form').waitFor({ state: 'hidden' });

  const search = await fillBox(page.getByTestId('customer-filter-keyword'), customerName);
  await search.press('Enter');
  const link = page.getByRole('link', { name: customerName });
  await link.waitFor();
  await screenshot(page, 'customers-list-li');
  await link.click();
  await page.waitForURL(/\/customers\/\d+$/);
  customerUrl = page.url();
  await page.getByTestId('customer-name').filter({ hasText: customerName }).waitFor();
  await page.getByTestId('customer-edit').waitFor();
  await screenshot(page, 'customer-page-li');

  // The same name again is refused with the existing customer's code and owner.
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-create').click();
  await fillBox(page.getByTestId('customer-form-name'), ` ${customerName.toUpperCase()} `);
  await page.getByTestId('customer-form-submit').click();
  // The duplicate message sits under the name field: it names the existing customer's code.
  await page.getByTestId('customer-form').getByText(/KH\d{12}/).first().waitFor();
  await context.close();
});

// wang (部门经理) edits only his own customers but reassigns his department's (issue 11 item 5).
test('wang sees li\'s customer with a transfer button but no edit button', async () => {
  expect(customerUrl).toMatch(/\/customers\/\d+$/);
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'wang');
  await page.goto(customerUrl);
  await page.getByTestId('customer-name').filter({ hasText: customerName }).waitFor();
  await page.getByTestId('customer-fields').waitFor();
  expect(await page.getByTestId('customer-edit').count()).toBe(0);
  expect(await page.getByTestId('customer-transfer').count()).toBe(1);
  await context.close();
});

test('zhou (another region) cannot open li\'s customer at all', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'zhou');
  await page.goto(customerUrl);
  await page.waitForLoadState('networkidle');
  expect(await page.getByText(customerName).count()).toBe(0);
  await context.close();
});

test('the customer page fits a phone screen', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'wang');
  await page.goto(customerUrl);
  await page.getByTestId('customer-name').filter({ hasText: customerName }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'customer-page-phone');
  await context.close();
});
