// Issue 11 item 8 in the browser: a missing address answers 404 with the Chinese page (English for an English user)
// and a way home; a built-in role opens in the editor with its description in Chinese; a customer's name cell
// carries the full name on hover. Screenshots: tests/output/user-language-*.png.
import { Browser } from 'playwright-core';
import { BASE_URL, DESKTOP, PHONE, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

test('a missing page is a Chinese 404 page with a way back home, and English for an English user', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  const response = await page.goto(`${BASE_URL}/no-such-page/really`);
  expect(response?.status()).toBe(404);
  const notFound = page.getByTestId('page-not-found');
  await notFound.waitFor();
  expect(await notFound.innerText()).toContain('页面不存在');
  expect(await page.getByTestId('page-home').innerText()).toContain('返回首页');
  expect(await page.title()).toContain('页面不存在');
  await screenshot(page, 'user-language-1-404-zh');

  await page.getByTestId('page-home').click();
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/customers');
  await context.close();

  const english = await newPage(browser, PHONE);
  await english.context.addCookies([{ name: 'crm-locale', value: 'en', url: BASE_URL }]);
  await english.page.goto(`${BASE_URL}/customers/xyz/nothing-here`);
  await english.page.getByTestId('page-not-found').waitFor();
  expect(await english.page.getByTestId('page-not-found').innerText()).toContain('Page not found');
  expect(await english.page.getByTestId('page-home').innerText()).toContain('Back to home');
  await screenshot(english.page, 'user-language-2-404-en-390');
  await english.context.close();
});

test('a built-in role opens with its description in Chinese, and permissions by name only', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'admin');
  await page.goto(`${BASE_URL}/admin/roles`);
  const row = page.locator('[data-testid^="role-row-"]').filter({ hasText: '系统管理员' });
  await row.waitFor();
  expect(await row.innerText()).toContain('管理用户、角色、部门和设置；不接触客户数据');
  await row.locator('[data-testid^="role-edit-"]').click();
  const description = page.getByTestId('role-form-description');
  await description.waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-testid="role-form-description"]') as HTMLTextAreaElement | null)?.value !== '');
  expect(await description.inputValue()).toBe('管理用户、角色、部门和设置；不接触客户数据');
  const permissions = page.getByTestId('role-permissions');
  await permissions.waitFor();
  const text = await permissions.innerText();
  expect(text).toContain('用户管理');
  expect(text).not.toMatch(/\b(system|customer):[a-zA-Z]+/);
  await screenshot(page, 'user-language-3-role-editor');
  await context.close();
});

test('a customer name cut short in the list shows the whole name on hover', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/customers`);
  const link = page.locator('[data-testid^="customer-link-"]').nth(1);
  await link.waitFor();
  const name = (await link.innerText()).trim();
  expect(name).not.toBe('');
  // The code column's link comes first; the name cell's wrapper carries the full name as its title.
  const titled = page.locator(`span[title="${name}"]`);
  expect(await titled.count()).toBeGreaterThan(0);
  await context.close();
});
