// 员工监督 and phone review in a real browser: li records a follow-up with a next contact time on one of her
// customers (desktop) and finds it in her calendar; wang, on a 390-px phone, opens 员工监督 from the menu, reads
// the team's feed, opens li's follow-up, comments on it (批示), looks at what li is doing now and at his tasks,
// and rejects li's contract in 待我审批 — never scrolling sideways; li then sees the unread comment mark and the
// bell, at both widths. Screenshots go to tests/output/supervision-*.png.
import { Browser, Page } from 'playwright-core';
import { BASE_URL, api, DESKTOP, PHONE, fillBox, launch, login, newPage, screenshot, scrollsSideways } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

/** The page fits the phone: nothing wider than the viewport. */
async function fits(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await scrollsSideways(page)).toBe(false);
}

const run = Date.now() % 100000;
const result = `客户确认预算，监督测试${run}`;
const comment = `请本周内出方案并约技术交流（${run}）`;
const contractTitle = `监督审批测试合同${run}`;
let followUpId = '';
let customerName = '';

test('li records a follow-up with a next contact time on her customer and finds it in her calendar', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  // Not a leader: no 员工监督 in her menu.
  await page.getByTestId('sider').waitFor();
  expect(await page.getByTestId('nav-supervision').count()).toBe(0);
  const { customers } = await api(page, '{ customers(first: 50) { nodes { id name owner { username } } } }');
  const customer = customers.nodes.find((c: { owner: { username: string } | null }) => c.owner?.username === 'li');
  expect(customer).toBeTruthy();
  customerName = customer.name;
  // Her contract goes to wang (head of 华北大区) for approval; he decides it on his phone below.
  const { createContract } = await api(page, 'mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
    input: { title: contractTitle, customerId: customer.id, amount: '12800.00' },
  });
  await api(page, 'mutation($id: ID!) { submitContract(id: $id) { id status } }', { id: createContract.id });

  await page.goto(`${BASE_URL}/customers/${customer.id}`);
  await page.getByTestId('activity-log').click();
  await page.getByTestId('followup-form').waitFor();
  await fillBox(page.getByTestId('followup-objective'), '确认预算和采购时间');
  await fillBox(page.getByTestId('followup-result'), result);
  await fillBox(page.getByTestId('followup-next-step'), '电话约技术交流');
  // Tomorrow 10:30 in Shanghai.
  const next = new Date(Date.now() + 8 * 3_600_000 + 86_400_000);
  const day = next.toISOString().slice(0, 10);
  const picker = await fillBox(page.getByTestId('followup-next-contact'), `${day} 10:30`);
  await picker.press('Enter');
  await screenshot(page, 'supervision-1-followup-form-li-desktop');
  await page.getByTestId('followup-save').click();
  await page.getByTestId('followup-form').waitFor({ state: 'detached' });

  const { followUps } = await api(page, 'query($kw: String) { followUps(filter: { keyword: $kw }, first: 5) { nodes { id nextContactAt author { username } } } }', { kw: result });
  expect(followUps.nodes).toHaveLength(1);
  followUpId = followUps.nodes[0].id;
  expect(new Date(followUps.nodes[0].nextContactAt).toISOString()).toBe(new Date(`${day}T02:30:00Z`).toISOString());
  await page.getByTestId('activity-panel').getByText(result).first().waitFor();
  await screenshot(page, 'supervision-2-customer-li-desktop');

  const at = new Date(`${day}T02:30:00Z`).getTime();
  const { scheduleEntries } = await api(page, 'query($from: DateTimeISO!, $to: DateTimeISO!) { scheduleEntries(from: $from, to: $to) { id followUpId title } }', {
    from: new Date(at - 3_600_000).toISOString(), to: new Date(at + 3_600_000).toISOString(),
  });
  const entry = scheduleEntries.find((e: { followUpId: string | null }) => e.followUpId === followUpId);
  expect(entry).toBeTruthy();
  await page.goto(`${BASE_URL}/schedule`);
  await page.getByTestId('calendar-view').getByText('周').click();
  const thisWeek = page.getByTestId(`week-${day}`);
  // Tomorrow may already be next week (on a Sunday).
  if (!(await thisWeek.count())) await page.getByTestId('calendar-next').click();
  await thisWeek.getByTestId(`entry-${entry.id}`).filter({ hasText: '10:30' }).waitFor();
  await screenshot(page, 'supervision-3-schedule-li-desktop');
  await context.close();
});

test('wang at 390 px: 员工监督 feed, li\'s follow-up commented, li\'s day, his tasks, 待我审批 decided — no sideways scrolling', async () => {
  expect(followUpId).toMatch(/^\d+$/);
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'wang');
  await page.getByTestId('nav-toggle').click();
  await page.getByTestId('nav-supervision').click();
  await page.waitForURL(/\/supervision$/);
  await page.getByTestId('overview-row-li').waitFor();
  await fits(page);
  await screenshot(page, 'supervision-4-overview-wang-phone');

  // The team's activity feed, newest first: li's follow-up is at the top.
  await page.getByTestId('supervision-tabs').getByText('跟进记录').click();
  const card = page.getByTestId(`sv-followup-${followUpId}`);
  await card.waitFor();
  const first = await page.locator('[data-testid^="sv-followup-"]').first().getAttribute('data-testid');
  expect(first).toBe(`sv-followup-${followUpId}`);
  expect(await card.textContent()).toContain(customerName);
  await fits(page);
  await screenshot(page, 'supervision-5-feed-wang-phone');

  await card.click();
  const detail = page.getByTestId('followup-detail');
  await detail.getByText(result).waitFor();
  await fillBox(detail.getByTestId('comment-input'), comment);
  await detail.getByTestId('comment-send').click();
  await detail.getByTestId('comment-list').getByText(comment).waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'supervision-6-comment-wang-phone');
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });

  // What li is doing now: today's schedule, open tasks, the follow-up just reviewed.
  await page.getByTestId('supervision-tabs').getByText('人员概览').click();
  await page.getByTestId('person-li').click();
  await page.getByTestId('now-followups').getByText(result).waitFor();
  await page.getByTestId('now-tasks').waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'supervision-7-now-li-wang-phone');
  await page.keyboard.press('Escape');
  await page.getByTestId('person-now').waitFor({ state: 'detached' });

  await page.goto(`${BASE_URL}/tasks`);
  await page.getByTestId('task-box-today').waitFor();
  await fits(page);
  await screenshot(page, 'supervision-8-tasks-wang-phone');

  await page.goto(`${BASE_URL}/approvals`);
  const pending = page.locator('[data-testid^="pending-approval-"]').filter({ hasText: contractTitle });
  await pending.waitFor();
  await fits(page);
  await screenshot(page, 'supervision-9-approvals-wang-phone');
  const id = (await pending.getAttribute('data-testid'))!.replace('pending-approval-', '');
  await page.getByTestId(`reject-${id}`).click();
  await fillBox(page.getByTestId('decision-comment'), '价格需要复核后再提交');
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'supervision-10-reject-wang-phone');
  await page.getByTestId('decision-submit').click();
  await pending.waitFor({ state: 'detached' });
  const { contracts } = await api(page, 'query($kw: String) { contracts(filter: { keyword: $kw }, first: 1) { nodes { status } } }', { kw: contractTitle });
  expect(contracts.nodes[0].status).toBe('REJECTED');
  await fits(page);
  await context.close();
});

for (const [width, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
  test(`li sees wang's comment as unread, and in the bell (${name})`, async () => {
    expect(followUpId).toMatch(/^\d+$/);
    const { context, page } = await newPage(browser, width);
    await login(page, 'li');
    await page.goto(`${BASE_URL}/followups`);
    const row = page.getByTestId(`followup-row-${followUpId}`);
    await row.getByTestId('followup-unread-badge').waitFor();
    if (name === 'phone') await fits(page);
    await screenshot(page, `supervision-11-unread-li-${name}`);

    await page.getByTestId('notification-bell').click();
    const panel = page.getByTestId('notification-panel');
    await panel.locator('[data-unread="true"]').filter({ hasText: comment.slice(0, 12) }).first().waitFor();
    await page.waitForTimeout(500); // the panel slides in
    await screenshot(page, `supervision-12-bell-li-${name}`);
    await page.keyboard.press('Escape');
    if (name === 'phone') {
      // Opening the follow-up reads the comment: the mark goes.
      await row.click();
      await page.getByTestId('followup-detail').getByText(comment).waitFor();
      await page.getByTestId('comment-unread').first().waitFor();
      await fits(page);
      await screenshot(page, 'supervision-13-comment-read-li-phone');
      await page.keyboard.press('Escape');
      await expect(api(page, 'query($id: ID!) { followUp(id: $id) { unreadCommentCount } }', { id: followUpId })).resolves.toEqual({ followUp: { unreadCommentCount: 0 } });
    }
    await context.close();
  });
}
