// 合并客户 and 查重 / 申请归属 in a real browser (issue 12 items 3-4): wang merges two of his customers from the
// list's batch bar, picking a field from the newer one; li finds zhou's customer through 查重 and asks for it.
// Screenshots at 1280 px go to tests/output/.
import { Browser } from 'playwright-core';
import { BASE_URL, api, fillBox, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const WIDE = { width: 1280, height: 900 };
const tag = Date.now() % 100000;
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }';

test('wang merges two duplicates field by field from the customer list', async () => {
  const { context, page } = await newPage(browser, WIDE);
  await login(page, 'wang');
  const older = (await api(page, CREATE, { input: { name: `合并浏览器测试${tag}`, phone: '010-11112222' } })).createCustomer;
  const newer = (await api(page, CREATE, { input: { name: `合并浏览器测试${tag}北京分部`, phone: '010-33334444', email: 'merge@example.cn' } })).createCustomer;

  await page.goto(`${BASE_URL}/customers`);
  const search = await fillBox(page.getByTestId('customer-filter-keyword'), `合并浏览器测试${tag}`);
  await search.press('Enter');
  for (const c of [older, newer]) {
    const row = page.getByTestId(`customer-row-${c.code}`);
    await row.waitFor();
    await row.locator('input[type="checkbox"]').check();
  }
  await page.getByTestId('customer-batch-merge').click();
  await page.getByTestId('merge-table').waitFor();
  // The older one is kept; take the newer one's phone; its e-mail comes along (the kept one has none).
  await page.getByTestId(`merge-pick-phone-${newer.code}`).click();
  await screenshot(page, 'customer-merge-dialog');
  await page.getByTestId('merge-submit').click();
  await page.getByTestId('merge-table').waitFor({ state: 'hidden' });

  const after = await api(page, 'query($a: ID!, $b: ID!) { kept: customer(id: $a) { phone email deletedAt } gone: customer(id: $b) { deletedAt mergedIntoId } }', { a: older.id, b: newer.id });
  expect(after.kept).toEqual({ phone: '010-33334444', email: 'merge@example.cn', deletedAt: null });
  expect(after.gone.mergedIntoId).toBe(older.id);
  expect(after.gone.deletedAt).not.toBeNull();
  await context.close();
});

test('li finds zhou\'s customer through 查重 and requests ownership', async () => {
  const owner = await newPage(browser, WIDE);
  await login(owner.page, 'zhou');
  const theirs = (await api(owner.page, CREATE, { input: { name: `广州查重浏览器测试${tag}` } })).createCustomer;
  await owner.context.close();

  const { context, page } = await newPage(browser, WIDE);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-duplicates').click();
  await fillBox(page.getByTestId('dup-name'), `广州查重浏览器测试${tag}（有限公司）`);
  await page.getByTestId('dup-search').click();
  await page.getByTestId(`dup-row-${theirs.code}`).waitFor();
  await screenshot(page, 'customer-duplicate-search');
  await page.getByTestId(`dup-request-${theirs.code}`).click();
  await fillBox(page.getByTestId('ownership-form-reason'), '我已跟进该客户半年');
  await page.getByTestId('ownership-form-submit').click();
  await page.getByTestId('ownership-form').waitFor({ state: 'hidden' });

  const mine = await api(page, '{ myOwnershipRequests { customerCode status reason } }');
  expect(mine.myOwnershipRequests[0]).toEqual({ customerCode: theirs.code, status: 'PENDING', reason: '我已跟进该客户半年' });
  await page.goto(`${BASE_URL}/approvals`);
  await page.getByRole('tab', { name: /我发起的/ }).click();
  await page.getByTestId('approvals-submitted').getByText(theirs.code).waitFor();
  await screenshot(page, 'ownership-request-submitted');
  await context.close();

  // li's leader, then zhou's leader, approve it on 待我审批; then the customer is li's.
  for (const leader of ['wang', 'chen']) {
    const decider = await newPage(browser, WIDE);
    await login(decider.page, leader);
    await decider.page.goto(`${BASE_URL}/approvals`);
    const card = decider.page.locator('[data-testid^="pending-approval-"]').filter({ hasText: theirs.code });
    await card.getByText('我已跟进该客户半年').waitFor();
    if (leader === 'wang') await screenshot(decider.page, 'ownership-request-pending');
    await card.locator('[data-testid^="approve-"]').click();
    await decider.page.getByTestId('decision-submit').click();
    await card.waitFor({ state: 'detached' });
    await decider.context.close();
  }
  const back = await newPage(browser, WIDE);
  await login(back.page, 'li');
  const now = await api(back.page, '{ myOwnershipRequests { customerCode status customer { owner { name } } } }');
  expect(now.myOwnershipRequests[0]).toEqual({ customerCode: theirs.code, status: 'APPROVED', customer: { owner: { name: '李娜' } } });
  await back.context.close();
});

test('the new-customer form finds a colleague\'s similar customer while the name is typed', async () => {
  const owner = await newPage(browser, WIDE);
  await login(owner.page, 'zhou');
  const theirs = (await api(owner.page, CREATE, { input: { name: `深圳边输边查${tag}科技有限公司` } })).createCustomer;
  await owner.context.close();

  const { context, page } = await newPage(browser, WIDE);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/customers`);
  await page.getByTestId('customer-create').click();
  // Not yet saved, not submitted: the hint appears from typing alone, with whom to ask — and nothing else.
  await fillBox(page.getByTestId('customer-form-name'), `深圳边输边查${tag}科技`);
  const hint = page.getByTestId(`customer-form-duplicate-${theirs.code}`);
  await hint.waitFor();
  expect(await hint.textContent()).toContain('周');
  await screenshot(page, 'customer-form-duplicate-hint');
  await fillBox(page.getByTestId('customer-form-name'), `完全不同的名字${tag}`);
  await page.getByTestId('customer-form-duplicates').waitFor({ state: 'detached' });
  await context.close();
});
