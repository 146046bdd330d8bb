// Issue 13 item 2 in the browser: the system administrator (it, system:customField) opens 自定义字段 from the menu and
// adds a required single-choice field to customers with its own options; li's new-customer form then shows it in
// its own section and refuses to save until it is chosen; the saved value shows in the list's column (chosen in the
// column chooser), on the detail page, and filters the list. Screenshots at 1280 px:
// tests/output/custom-fields-1-settings.png, -2-form.png, -3-list.png; at 390 px -4-detail-390.png.
import { Browser } from 'playwright-core';
import { BASE_URL, PHONE, api, fillBox, launch, login, newPage, pickOption, screenshot } from './support/browser';

let browser: Browser;
const key = `grade${Date.now() % 100000}`;
const label = '客户评级';
beforeAll(async () => { browser = await launch(); });
afterAll(async () => {
  // The field is required: disable it so later browser tests create customers as before.
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, 'it');
  const fields = await api<{ customFields: { id: string; key: string }[] }>(page, '{ customFields(module: "customer") { id key } }');
  const mine = fields.customFields.find((f) => f.key === key);
  if (mine) await api(page, 'mutation($id: ID!) { updateCustomField(id: $id, input: { enabled: false }) { id } }', { id: mine.id });
  await context.close();
  await browser?.close();
});

test('the administrator adds a required choice field; li must fill it, and sees it in the list, the detail page and the filter', async () => {
  const admin = await newPage(browser, { width: 1280, height: 900 });
  await login(admin.page, 'it');
  const a = admin.page;
  await a.getByTestId('sider').getByRole('menuitem', { name: '自定义字段' }).click();
  await a.waitForURL(`${BASE_URL}/settings/custom-fields`);
  await a.getByTestId('custom-field-add').click();
  await fillBox(a.getByTestId('custom-field-form-label'), label);
  await fillBox(a.getByTestId('custom-field-form-key'), 'mobile');
  await pickOption(a, 'custom-field-form-type', /^单选$/);
  await fillBox(a.getByTestId('custom-field-form-options'), '战略客户\n重点客户\n一般客户');
  await a.getByTestId('custom-field-form-required').click();
  // A key of a built-in field is refused on the key, in words.
  await a.getByTestId('custom-field-form-submit').click();
  await a.getByRole('dialog').getByText('与系统字段重名').waitFor();
  await fillBox(a.getByTestId('custom-field-form-key'), key);
  await a.getByTestId('custom-field-form-submit').click();
  await a.getByTestId(`custom-field-row-${key}`).waitFor();
  await a.getByTestId(`custom-field-option-${key}-重点客户`).waitFor();
  await screenshot(a, 'custom-fields-1-settings');
  await admin.context.close();

  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, 'li');
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-create').click();
  const name = `自定义字段测试${Date.now() % 100000}有限公司`;
  await fillBox(page.getByTestId('customer-form-name'), name);
  await page.getByTestId('customer-form-submit').click();
  await page.getByTestId('customer-form').getByText(`请填写${label}`).waitFor();
  await pickOption(page, `custom-field-${key}`, /^重点客户$/);
  await screenshot(page, 'custom-fields-2-form');
  await page.getByTestId('customer-form-submit').click();
  await page.getByTestId('customer-form').waitFor({ state: 'detached' });

  // The list: the column is chosen in the column chooser, and the filter finds the customer by the value.
  await page.getByTestId('customer-columns').click();
  await page.getByTestId(`customer-column-customFields.${key}`).click();
  await page.keyboard.press('Escape');
  const row = page.locator('[data-testid^="customer-row-"]', { hasText: name });
  await row.getByText('重点客户').waitFor();
  await screenshot(page, 'custom-fields-3-list');

  const found = await api<{ customers: { nodes: { name: string; customFields: { key: string; display: string }[] }[] } }>(page,
    'query($f: CustomerFilter) { customers(first: 5, filter: $f) { nodes { name customFields { key display } } } }',
    { f: { customFields: [{ key, equals: ['重点客户'] }] } });
  expect(found.customers.nodes.map((n) => n.name)).toEqual([name]);
  expect(found.customers.nodes[0].customFields.find((v) => v.key === key)?.display).toBe('重点客户');

  await row.locator('a').first().click();
  await page.getByTestId('customer-fields').getByText('重点客户').waitFor();
  const detailUrl = page.url();
  await context.close();

  // On a phone (a manager reviewing on the road) the detail page shows the value in its one-column list.
  const phone = await newPage(browser, PHONE);
  await login(phone.page, 'li');
  await phone.page.goto(detailUrl);
  const fields = phone.page.getByTestId('customer-fields');
  await fields.getByText(label).waitFor();
  await fields.getByText('重点客户').waitFor();
  // The history names the custom value by its field's label, not by its key.
  const history = phone.page.getByTestId('customer-history');
  await history.getByText(`${label}：`).first().waitFor();
  expect(await history.innerText()).not.toContain(`custom.${key}`);
  await screenshot(phone.page, 'custom-fields-4-detail-390');
  await phone.context.close();
});
