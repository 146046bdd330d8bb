// Issue 13 item 4 in the browser: the super administrator opens a role in 角色管理, sets the customer mobile to
// 脱敏显示 on its 字段权限 tab and saves; a salesperson holding only that role then sees their customer's mobile as
// 138****5678 in the list, on the detail page and in the exported file, and the edit form shows it disabled and
// still saves (the masked value is never sent back). Screenshots at 1280 px: tests/output/field-permissions-*.png.
import { Browser } from 'playwright-core';
import { Workbook } from 'exceljs';
import { BASE_URL, PHONE, api, fillBox, launch, login, newPage, pickOption, screenshot, scrollsSideways } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const run = Date.now() % 100000;
const seller = { username: `masked${run}`, name: `脱敏测试${run}`, firstPassword: 'Start2026e2e', password: 'Masked2026e2e' };
const customerName = `字段权限测试${run}有限公司`;
const MOBILE = '13812345678';
const WIDE = { width: 1280, height: 900 };

test('a role with a masked mobile shows 138****5678 in the list, the detail page, the export and the edit form', async () => {
  const admin = await newPage(browser, WIDE);
  await login(admin.page, 'admin');
  const a = admin.page;
  // The role (the salesperson's rights, on their own data) and its user, who records a customer with a mobile.
  const { roles } = await api(a, '{ roles { id code permissions } }');
  const sales = roles.find((r: { code: string }) => r.code === 'SALES');
  const { createRole } = await api(a, 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', { input: {
    name: `脱敏销售${run}`, permissions: sales.permissions, defaultScope: { read: 'SELF', write: 'SELF', transfer: 'SELF' },
  } });
  const { departments } = await api(a, '{ departments { id name } }');
  await api(a, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: {
    username: seller.username, name: seller.name, password: seller.firstPassword,
    departmentId: departments.find((d: { name: string }) => d.name === '北京组').id, roleIds: [createRole.id],
  } });
  const first = await newPage(browser, WIDE);
  await login(first.page, seller.username, seller.firstPassword);
  await api(first.page, 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id } }', { o: seller.firstPassword, n: seller.password });
  await first.context.close();
  // A new password ends the session: sign in again with it.
  const again = await newPage(browser, WIDE);
  await login(again.page, seller.username, seller.password);
  await api(again.page, 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', { input: { name: customerName, mobile: MOBILE } });
  await again.context.close();

  // The administrator masks the mobile on the role's 字段权限 tab.
  await a.goto(`${BASE_URL}/admin/roles`);
  await a.getByTestId(`role-edit-${createRole.id}`).click();
  await a.getByTestId('role-tab-fields').click();
  await a.getByTestId('role-field-module-customer').waitFor();
  await pickOption(a, 'role-field-customer-mobile', /^脱敏显示$/);
  await screenshot(a, 'field-permissions-1-role');
  await a.getByTestId('role-form-submit').click();
  await a.getByTestId('role-form').waitFor({ state: 'detached' });
  const saved = await api(a, '{ roles { id fieldPermissions { module field mode } } }');
  expect(saved.roles.find((r: { id: string }) => r.id === createRole.id).fieldPermissions).toEqual([{ module: 'customer', field: 'mobile', mode: 'MASKED' }]);
  await admin.context.close();

  const { context, page } = await newPage(browser, WIDE);
  await login(page, seller.username, seller.password);
  await page.goto(`${BASE_URL}/customers`);
  const row = page.locator('[data-testid^="customer-row-"]', { hasText: customerName });
  await row.getByText('138****5678').waitFor();
  expect(await page.locator('body').innerText()).not.toContain(MOBILE);
  await screenshot(page, 'field-permissions-2-list');

  // The export holds the masked value only.
  await page.getByTestId('customer-export-all').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="customer-export-xlsx"]:visible').click()]);
  const book = new Workbook();
  await book.xlsx.readFile(await download.path());
  const cells = book.worksheets[0].getSheetValues().flat().map(String);
  expect(cells).toContain('138****5678');
  expect(cells).not.toContain(MOBILE);

  // The detail page, and the edit form: the mobile shown disabled; saving another field works.
  await row.locator('a').first().click();
  await page.getByTestId('customer-fields').getByText('138****5678').waitFor();
  await screenshot(page, 'field-permissions-3-detail');
  await page.getByTestId('customer-edit').click();
  const mobile = page.getByTestId('customer-form-mobile');
  await mobile.waitFor();
  expect(await mobile.inputValue()).toBe('138****5678');
  expect(await mobile.isDisabled()).toBe(true);
  await fillBox(page.getByTestId('customer-form-remarks'), '字段权限测试备注');
  await screenshot(page, 'field-permissions-4-edit');
  await page.getByTestId('customer-form-submit').click();
  await page.getByTestId('customer-form').waitFor({ state: 'detached' });
  await page.getByTestId('customer-fields').getByText('字段权限测试备注').waitFor();
  await context.close();

  // The mobile itself is unchanged.
  const check = await newPage(browser, WIDE);
  await login(check.page, 'admin');
  const found = await api(check.page, 'query($k: String) { customers(first: 1, filter: { keyword: $k }) { nodes { mobile remarks } } }', { k: customerName });
  expect(found.customers.nodes[0]).toEqual({ mobile: MOBILE, remarks: '字段权限测试备注' });
  await check.context.close();
}, 180_000);

test('on a phone the role editor\'s 字段权限 tab fits the screen', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'admin');
  await page.goto(`${BASE_URL}/admin/roles`);
  await page.locator('[data-testid^="role-edit-"]').first().click();
  await page.getByTestId('role-tab-fields').click();
  await page.getByTestId('role-field-customer-mobile').waitFor();
  await screenshot(page, 'field-permissions-5-role-390');
  expect(await scrollsSideways(page)).toBe(false);
  await context.close();
});
