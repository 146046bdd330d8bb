// Issue 8 in the browser: the system administrator ("it", no customer data) sees which users and roles are beyond his
// own rights (a lock instead of edit, disable and password-reset buttons), while the super administrator keeps every
// action; and the password form tells a user that changing it revokes their API tokens. Screenshots:
// tests/output/admin-rights-*.png.
import { Browser } from 'playwright-core';
import { BASE_URL, DESKTOP, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

test('the system administrator sees locks on salespeople and on roles wider than his own; the super administrator does not', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'it');
  await page.goto(`${BASE_URL}/admin/users`);
  await page.getByTestId('user-locked-li').waitFor();
  for (const username of ['li', 'wang', 'admin']) {
    expect(await page.getByTestId(`user-edit-${username}`).count()).toBe(0);
    expect(await page.getByTestId(`user-reset-${username}`).count()).toBe(0);
    expect(await page.getByTestId(`user-toggle-${username}`).count()).toBe(0);
  }
  await screenshot(page, 'admin-rights-1-users-it');

  await page.goto(`${BASE_URL}/admin/roles`);
  await page.locator('[data-testid^="role-locked-"]').first().waitFor();
  // He may edit his own kind of role (no data), not the manager's or the salesperson's.
  expect(await page.locator('[data-testid^="role-edit-"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid^="role-locked-"]').count()).toBeGreaterThanOrEqual(4);
  await screenshot(page, 'admin-rights-2-roles-it');
  await context.close();

  const admin = await newPage(browser, DESKTOP);
  await login(admin.page, 'admin');
  await admin.page.goto(`${BASE_URL}/admin/users`);
  await admin.page.getByTestId('user-reset-li').waitFor();
  expect(await admin.page.locator('[data-testid^="user-locked-"]').count()).toBe(0);
  await admin.context.close();
});

test('the password form says that a change revokes every API token', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/profile`);
  const hint = page.getByTestId('password-revokes-tokens');
  await hint.waitFor();
  expect(await hint.innerText()).toContain('API 令牌');
  await hint.scrollIntoViewIfNeeded();
  await screenshot(page, 'admin-rights-3-password-li');
  await context.close();
});
