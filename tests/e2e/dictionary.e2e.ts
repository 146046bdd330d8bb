// Issue 13 item 1 in the browser: the system administrator (it, who holds system:dictionary) opens 数据字典 from the
// menu, adds an option to 客户来源, is told on the field when a name is taken, renames the option and disables it;
// the list keeps it, greyed with 已停用. Screenshot: tests/output/dictionary-1-customer-source.png (1280 px).
import { Browser } from 'playwright-core';
import { BASE_URL, api, fillBox, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const option = (name: string) => `dictionary-option-${name}`;

/** Waits until `read` answers `expected` (the list reloads after each change). */
async function until<T>(read: () => Promise<T>, expected: T, ms = 15000) {
  const end = Date.now() + ms;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 300));
    last = await read();
  }
  expect(last).toEqual(expected);
}

test('the administrator adds, renames and disables a customer source, and the page shows it disabled', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, 'it');
  await page.getByTestId('sider').getByRole('menuitem', { name: '数据字典' }).click();
  await page.waitForURL(`${BASE_URL}/settings/dictionary`);
  await page.getByTestId('dictionary-kind-customer_source').click();
  await page.getByTestId('dictionary-options-customer_source').waitFor();

  const name = `行业展会${Date.now() % 100000}`;
  await page.getByTestId('dictionary-add').click();
  await fillBox(page.getByTestId('dictionary-form-name'), name);
  await page.getByTestId('dictionary-form-submit').click();
  await page.getByTestId(option(name)).waitFor();

  // The same name again is refused on the field, in words.
  await page.getByTestId('dictionary-add').click();
  await fillBox(page.getByTestId('dictionary-form-name'), name);
  await page.getByTestId('dictionary-form-submit').click();
  await page.getByRole('dialog').getByText('同一级下已有同名选项').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  const renamed = `${name}（线下）`;
  await page.getByTestId(`dictionary-rename-${name}`).click();
  await fillBox(page.getByTestId('dictionary-form-name'), renamed);
  await page.getByTestId('dictionary-form-submit').click();
  await page.getByTestId(option(renamed)).waitFor();
  expect(await page.getByTestId(option(name)).count()).toBe(0);

  await page.getByTestId(`dictionary-disable-${renamed}`).click();
  const row = page.getByTestId(option(renamed));
  await row.getByText('已停用').waitFor();
  expect(await row.getAttribute('data-enabled')).toBe('false');
  await row.getByTestId(`dictionary-enable-${renamed}`).waitFor();

  const data = await api<{ dictionaries: { options: { name: string; code: string; enabled: boolean }[] }[] }>(page,
    '{ dictionaries(kinds: ["customer_source"]) { options { name code enabled } } }');
  expect(data.dictionaries[0].options.find((o) => o.name === renamed)).toEqual({ name: renamed, code: name, enabled: false });
  await screenshot(page, 'dictionary-1-customer-source');
  await context.close();
});

test('the administrator moves an industry down and back up, and opens a province of the region tree', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, 'it');
  const order = async () => (await api<{ dictionaries: { options: { name: string }[] }[] }>(page,
    '{ dictionaries(kinds: ["industry"]) { options { name } } }')).dictionaries[0].options.map((o) => o.name);
  const before = await order();
  await page.goto(`${BASE_URL}/settings/dictionary`);
  await page.getByTestId('dictionary-kind-industry').click();
  await page.getByTestId('dictionary-options-industry').waitFor();
  await page.getByTestId(`dictionary-down-${before[0]}`).click();
  await until(order, [before[1], before[0], ...before.slice(2)]);
  await page.getByTestId(`dictionary-up-${before[0]}`).click();
  await until(order, before);

  await page.getByTestId('dictionary-kind-region').click();
  const tree = page.getByTestId('dictionary-options-region');
  await tree.waitFor();
  await tree.locator('.ant-table-row-expand-icon-collapsed').first().click();
  await tree.locator('[data-testid^="dictionary-add-child-"]').first().waitFor();
  expect(await tree.locator('[data-testid*=" / "]').count()).toBeGreaterThan(0);
  await screenshot(page, 'dictionary-2-region-tree');
  await context.close();
});

test('an industry the administrator adds is offered in li\'s customer form, shown in the list and filtered on', async () => {
  const admin = await newPage(browser, { width: 1280, height: 900 });
  await login(admin.page, 'it');
  const industry = `低空经济${Date.now() % 100000}`;
  await api(admin.page, 'mutation($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id } }', { input: { kind: 'industry', name: industry } });
  await admin.context.close();

  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, 'li');
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-create').click();
  const name = `字典表单测试${Date.now() % 100000}有限公司`;
  await fillBox(page.getByTestId('customer-form-name'), name);
  // Choices, not free text: the industry and a city of the region tree.
  // The new option is last of a long list: typed, as users do, so the dropdown's virtual list shows it.
  await page.getByTestId('customer-form-industry').click();
  await page.keyboard.type(industry);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(industry, { exact: true }).click();
  await page.getByTestId('customer-form-region').click();
  await page.keyboard.type('杭州');
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: /^杭州市$/ }).click();
  await screenshot(page, 'dictionary-3-customer-form');
  await page.getByTestId('customer-form-submit').click();
  await page.getByTestId('customer-form').waitFor({ state: 'detached' });

  const saved = await api<{ customers: { nodes: { industry: string; region: string }[] } }>(page,
    'query($k: String) { customers(first: 1, filter: { keyword: $k }) { nodes { industry region } } }', { k: name });
  expect(saved.customers.nodes[0]).toEqual({ industry, region: '浙江省/杭州市' });
  // The list shows the region by its names and filters by the province.
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-filter-region').click();
  await page.keyboard.type('浙江');
  // The search makes the province the active node (announced by the select's live region): Enter picks it.
  await page.locator('[aria-live="assertive"]', { hasText: /^浙江省$/ }).waitFor({ state: 'attached' });
  await page.keyboard.press('Enter');
  const row = page.locator('[data-testid^="customer-row-"]').filter({ hasText: name });
  await row.waitFor();
  expect(await row.innerText()).toContain('浙江省 / 杭州市');
  await context.close();
});
