// Issue 13 item 1 in the browser: the system administrator (it, who holds system:dictionary) opens 数据字典 from the
// menu, adds an option to 客户来源, is told on the field when a name is taken, renames the option and disables it;
// the list keeps it, greyed with 已停用. Screenshot: tests/output/dictionary-1-customer-source.png (1280 px).
import { Browser } from 'playwright-core';
import { BASE_URL, api, fillBox, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const option = (name: string) => `dictionary-option-${name}`;

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
