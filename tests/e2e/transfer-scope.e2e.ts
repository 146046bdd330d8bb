// Issue 11 item 5 in the browser: the department manager (wang) edits only his own customers but transfers his
// salespeople's — the customer page shows 转移 without 编辑 — and the role editor offers a transfer scope (转移范围)
// role-wide and per module. Screenshots: tests/output/transfer-scope-*.png.
import { Browser } from 'playwright-core';
import { BASE_URL, DESKTOP, api, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

interface Row { id: string; code: string; owner: { id: string; name: string } | null; viewerCanEdit: boolean; viewerCanTransfer: boolean }

test('the manager sees 转移 but not 编辑 on a salesperson\'s customer, and the transfer dialog opens', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'wang');
  const me = await api<{ me: { user: { id: string } } }>(page, '{ me { user { id } } }');
  const data = await api<{ customers: { nodes: Row[] } }>(page, '{ customers(first: 100) { nodes { id code owner { id name } viewerCanEdit viewerCanTransfer } } }');
  const theirs = data.customers.nodes.find((c) => c.owner && c.owner.id !== me.me.user.id);
  expect(theirs).toBeDefined();
  expect(theirs).toMatchObject({ viewerCanEdit: false, viewerCanTransfer: true });
  await page.goto(`${BASE_URL}/customers/${theirs!.id}`);
  await page.getByTestId('customer-transfer').waitFor();
  expect(await page.getByTestId('customer-edit').count()).toBe(0);
  await screenshot(page, 'transfer-scope-1-customer-wang');
  await page.getByTestId('customer-transfer').click();
  await page.getByRole('dialog').waitFor();
  await screenshot(page, 'transfer-scope-2-dialog-wang');
  await context.close();
});

test('the role editor offers a transfer scope beside read and write', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'admin');
  await page.goto(`${BASE_URL}/admin/roles`);
  await page.locator('[data-testid^="role-edit-"]').first().waitFor();
  await page.locator('[data-testid^="role-edit-"]').first().click();
  await page.getByRole('tab', { name: '数据范围' }).click();
  await page.getByTestId('role-default-transfer').waitFor();
  await page.getByTestId('role-scopes').scrollIntoViewIfNeeded();
  expect(await page.getByText('转移范围').count()).toBeGreaterThan(0);
  await screenshot(page, 'transfer-scope-3-role-editor');
  await context.close();
});
