// The recycle bin (回收站) in a real browser at 1280 px: li deletes a contact of one of her customers and a task of
// her own (through the API), finds each under its type in the bin with her name as the one who deleted it, and
// restores the contact with its row button and the task with the batch bar; both are live again afterwards.
// Then a rejected receivable, deleted on its contract page and restored from the bin.
// Screenshots: tests/output/recycle-bin-1-contacts.png, recycle-bin-2-tasks.png, recycle-bin-3-receivables.png.
import { Browser } from 'playwright-core';
import { BASE_URL, api, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

test('li restores a deleted contact and a deleted task from the recycle bin', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, 'li');
  const stamp = Date.now() % 100000;
  const { customers } = await api(page, '{ customers(first: 1) { nodes { id } } }');
  const { createContact } = await api(page, 'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }', {
    input: { customerId: customers.nodes[0].id, name: `回收联系人${stamp}` },
  });
  await api(page, 'mutation($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }', { ids: [createContact.id] });
  const { createTask } = await api(page, 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title: `回收任务${stamp}` } });
  await api(page, 'mutation($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }', { ids: [createTask.id] });

  await page.goto(`${BASE_URL}/recycle-bin`);
  await page.getByTestId('recycle-type-CONTACT').click();
  const contactRow = page.getByTestId(`recycle-row-${createContact.id}`);
  await contactRow.filter({ hasText: `回收联系人${stamp}` }).filter({ hasText: '李娜' }).waitFor();
  await page.waitForTimeout(400); // the type selector's slide
  await screenshot(page, 'recycle-bin-1-contacts');
  await page.getByTestId(`recycle-restore-${createContact.id}`).click();
  await page.getByTestId('confirm-ok').click();
  await contactRow.waitFor({ state: 'detached' });

  await page.getByTestId('recycle-type-TASK').click();
  const taskRow = page.getByTestId(`recycle-row-${createTask.id}`);
  await taskRow.filter({ hasText: `回收任务${stamp}` }).waitFor();
  await taskRow.locator('input[type="checkbox"]').check();
  await page.getByTestId('recycle-batch-restore').waitFor();
  await page.waitForTimeout(400);
  await screenshot(page, 'recycle-bin-2-tasks');
  await page.getByTestId('recycle-batch-restore').click();
  await page.getByTestId('confirm-ok').click();
  await taskRow.waitFor({ state: 'detached' });

  const { contact, task } = await api(page, 'query($c: ID!, $t: ID!) { contact(id: $c) { id name } task(id: $t) { id title } }', { c: createContact.id, t: createTask.id });
  expect(contact?.name).toBe(`回收联系人${stamp}`);
  expect(task?.title).toBe(`回收任务${stamp}`);
  await context.close();
});

test('a rejected receivable is deleted on its contract page and restored from the bin', async () => {
  // 钱芳 (finance) rejects one of the receivables awaiting her confirmation in the demo company.
  const finance = await newPage(browser, { width: 1280, height: 900 });
  await login(finance.page, 'qian');
  const { myPendingApprovals } = await api(finance.page, '{ myPendingApprovals(documentType: RECEIVABLE, first: 50) { nodes { id receivable { id code recordedBy { username } } contract { id } } } }');
  const step = myPendingApprovals.nodes.find((n: { receivable: { recordedBy: { username: string } | null } | null }) => n.receivable?.recordedBy?.username);
  expect(step).toBeTruthy();
  await api(finance.page, 'mutation($id: ID!) { rejectApproval(id: $id, comment: "未到账") { id } }', { id: step.id });
  await finance.context.close();

  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await login(page, step.receivable.recordedBy.username);
  await page.goto(`${BASE_URL}/contracts/${step.contract.id}`);
  const code = step.receivable.code;
  await page.getByTestId(`receivable-row-${code}`).getByText('已驳回').waitFor();
  await page.getByTestId(`receivable-delete-${code}`).click();
  await page.getByTestId('receivable-delete-ok').click();
  await page.getByTestId(`receivable-row-${code}`).waitFor({ state: 'detached' });

  await page.goto(`${BASE_URL}/recycle-bin`);
  await page.getByTestId('recycle-type-RECEIVABLE').click();
  const row = page.getByTestId(`recycle-row-${step.receivable.id}`);
  await row.filter({ hasText: code }).waitFor();
  await page.waitForTimeout(400); // the type selector's slide
  await screenshot(page, 'recycle-bin-3-receivables');
  await page.getByTestId(`recycle-restore-${step.receivable.id}`).click();
  await page.getByTestId('confirm-ok').click();
  await row.waitFor({ state: 'detached' });
  const { receivable } = await api(page, 'query($id: ID!) { receivable(id: $id) { code status } }', { id: step.receivable.id });
  expect(receivable).toEqual({ code, status: 'REJECTED' });
  await context.close();
});
