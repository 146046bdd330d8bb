// 员工离职 in a real browser: a salesperson of 天津组 (created for this run, so that no demo user the other browser
// tests rely on changes) owns customers, a contact, an opportunity, a lead and a task; admin disables them on
// 用户管理, sees the counts, picks wang as successor and submits; the user shows 已停用 and the API confirms wang now
// owns the customers. Then wang's customer transfer dialog offers 同时转移商机 / 同时转移合同. Screenshots go to
// tests/output/offboarding-*.png.
import { Browser, Page } from 'playwright-core';
import { BASE_URL, api, DESKTOP, fillBox, launch, login, newPage, pickOption, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const run = Date.now() % 100000;
const leaver = { username: `leaver${run}`, name: `离职测试${run}`, firstPassword: 'Start2026e2e', password: 'Leave2026e2e' };
const customerNames = [`天津离职交接测试一${run}有限公司`, `天津离职交接测试二${run}有限公司`];

/** Admin creates the salesperson; they sign in once (setting their password) and record some work. */
async function salespersonWithRecords(admin: Page) {
  const { departments } = await api(admin, '{ departments { id name } }');
  const { roles } = await api(admin, '{ roles { id code } }');
  await api(admin, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: {
    username: leaver.username, name: leaver.name, password: leaver.firstPassword,
    departmentId: departments.find((d: { name: string }) => d.name === '天津组').id,
    roleIds: [roles.find((r: { code: string }) => r.code === 'SALES').id],
  } });
  const first = await newPage(browser, DESKTOP);
  await login(first.page, leaver.username, leaver.firstPassword);
  await api(first.page, 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id } }', { o: leaver.firstPassword, n: leaver.password });
  await first.context.close();

  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, leaver.username, leaver.password);
  const ids: string[] = [];
  for (const name of customerNames) ids.push((await api(page, 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', { input: { name } })).createCustomer.id);
  await api(page, 'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }', { input: { customerId: ids[0], name: '采购部刘工' } });
  const { opportunityStages } = await api(page, '{ opportunityStages { id sort } }');
  await api(page, 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', { input: {
    name: `离职交接商机${run}`, customerId: ids[0], category: 'SHORT_TERM', stageId: opportunityStages.find((s: { sort: number }) => s.sort === 3).id,
    expectedCloseDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  } });
  await api(page, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', { input: { name: '张先生', company: `天津离职交接线索${run}有限公司` } });
  await api(page, 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title: '给天津客户寄样品' } });
  await context.close();
}

test('admin disables a salesperson: the dialog counts their records, wang receives them, the user shows 已停用', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'admin');
  await salespersonWithRecords(page);

  await page.goto(`${BASE_URL}/admin/users`);
  await page.getByTestId('user-filter-keyword').locator('input').waitFor();
  const search = await fillBox(page.getByTestId('user-filter-keyword'), leaver.username);
  await search.press('Enter');
  const row = page.getByTestId(`user-row-${leaver.username}`);
  await row.getByText('正常').waitFor();
  await page.getByTestId(`user-toggle-${leaver.username}`).click();

  const dialog = page.getByTestId('offboarding-modal');
  const counts = { customers: '2', contacts: '1', opportunities: '1', contracts: '0', leads: '1', openTasks: '1' };
  for (const [kind, count] of Object.entries(counts)) await dialog.getByTestId(`offboarding-count-${kind}`).filter({ hasText: new RegExp(`^${count}$`) }).waitFor();
  await page.waitForTimeout(400); // the dialog zooms in
  await screenshot(page, 'offboarding-1-preview-desktop');

  // Neither successor nor release: the form asks for one of them and nothing happens.
  await page.getByTestId('offboarding-submit').click();
  const required = dialog.getByText('请选择接收人，或勾选客户释放到公海');
  await required.waitFor();
  await pickOption(page, 'offboarding-successor', '王建国');
  await required.waitFor({ state: 'detached' });
  await screenshot(page, 'offboarding-2-successor-desktop');
  await page.getByTestId('offboarding-submit').click();

  const done = page.getByTestId('offboarding-done');
  await done.waitFor();
  expect(await done.textContent()).toBe(`已停用 ${leaver.name}；客户 2、联系人 1、商机 1、线索 1、待办任务 1 已交接给 王建国`);
  await screenshot(page, 'offboarding-3-done-desktop');
  await row.getByText('已停用').waitFor();
  await dialog.waitFor({ state: 'detached' });

  const { users } = await api(page, 'query($kw: String) { users(filter: { keyword: $kw }) { nodes { id status } } }', { kw: leaver.username });
  expect(users.nodes).toEqual([{ id: expect.any(String), status: 'DISABLED' }]);
  const owned = await api(page, 'query($id: ID) { customers(filter: { ownerId: $id }, first: 5) { totalCount } }', { id: users.nodes[0].id });
  expect(owned.customers.totalCount).toBe(0);
  for (const name of customerNames) {
    const { customers } = await api(page, 'query($kw: String) { customers(filter: { keyword: $kw }, first: 5) { nodes { name owner { username } } } }', { kw: name });
    expect(customers.nodes).toEqual([{ name, owner: { username: 'wang' } }]);
  }
  await context.close();
});

test('wang transferring one of his customers is offered to move its opportunities and contracts too, ticked', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'wang');
  const { me } = await api(page, '{ me { user { id } } }');
  const { customers } = await api(page, 'query($id: ID) { customers(filter: { ownerId: $id }, first: 1) { nodes { id } } }', { id: me.user.id });
  await page.goto(`${BASE_URL}/customers/${customers.nodes[0].id}`);
  await page.getByTestId('customer-transfer').click();
  const form = page.getByTestId('transfer-form');
  for (const box of ['transfer-with-contacts', 'transfer-with-opportunities', 'transfer-with-contracts']) {
    // antd puts the test id on the <input> of the checkbox.
    await form.getByTestId(box).waitFor();
    expect(await form.getByTestId(box).isChecked()).toBe(true);
  }
  await form.getByText('同时转移商机').waitFor();
  await form.getByText('同时转移合同').waitFor();
  await page.waitForTimeout(400);
  await screenshot(page, 'offboarding-4-transfer-cascade-wang-desktop');
  await context.close();
});
