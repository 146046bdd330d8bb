// A 批示 answered in its thread: wang (华北大区经理, desktop) comments on li's follow-up; li, on a 390-px phone, sees
// it in the bell, opens it, and replies in the thread @-mentioning 孙磊 (sun, on the customer's team, so he can read
// the follow-up); wang finds li's reply in his bell and in the thread, and sun finds the mention in his. Screenshots
// go to tests/output/reply-*.png.
import { Browser, Page } from 'playwright-core';
import { BASE_URL, DESKTOP, PHONE, api, closeDropdown, fillBox, launch, login, newPage, screenshot, scrollsSideways } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const STEP_TIMEOUT = 300_000;
const run = Date.now() % 100000;
const result = `客户要求下周演示，回复测试${run}`;
const comment = `演示前先确认对方技术负责人（${run}）`;
const reply = `已约好周三上午演示，孙磊一起去（${run}）`;
let followUpId = '';

async function open(username: string, viewport = DESKTOP) {
  const opened = await newPage(browser, viewport);
  opened.page.setDefaultTimeout(60000);
  await login(opened.page, username);
  return opened;
}

/** Opens the bell and the unread notification whose text contains each of `texts`; it leads to the follow-up's page. */
async function openFromBell(page: Page, texts: string[], shot: string) {
  await page.getByTestId('notification-bell').click();
  const item = texts.reduce((found, text) => found.filter({ hasText: text }), page.getByTestId('notification-panel').locator('[data-unread="true"]')).first();
  // The bell polls every 30 s and the panel fetches on opening: reopen it until the notification shows.
  for (let attempt = 1; ; attempt++) {
    try {
      await item.waitFor({ timeout: 15000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.reload();
      await page.getByTestId('notification-bell').click();
    }
  }
  await page.waitForTimeout(500); // the panel slides in
  await screenshot(page, shot);
  await item.click();
  await page.waitForURL(new RegExp(`/followups/${followUpId}$`));
  await page.getByTestId('followup-detail').getByText(result).waitFor();
}

/** A comment of the thread, by its text. */
const inThread = (page: Page, text: string) => page.getByTestId('comment-list').locator(':scope > div').filter({ hasText: text });

test('li has a follow-up on her customer, with sun on the customer team; wang comments on it (批示)', async () => {
  const li = await open('li');
  const { customers } = await api(li.page, '{ customers(first: 50) { nodes { id owner { username } } } }');
  const customer = customers.nodes.find((c: { owner: { username: string } | null }) => c.owner?.username === 'li');
  expect(customer).toBeTruthy();
  const { createFollowUp } = await api(li.page, 'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', {
    input: { parentType: 'customer', parentId: customer.id, subject: '致电', method: 'PHONE', objective: '确认演示时间', result },
  });
  followUpId = createFollowUp.id;
  const { userDirectory } = await api(li.page, 'query($kw: String) { userDirectory(keyword: $kw) { id username } }', { kw: '孙磊' });
  const sun = userDirectory.find((u: { username: string }) => u.username === 'sun');
  await api(li.page, 'mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u) { userId } }', { c: customer.id, u: sun.id });
  await li.context.close();

  const { context, page } = await open('wang');
  await page.goto(`${BASE_URL}/followups/${followUpId}`);
  const detail = page.getByTestId('followup-detail');
  await detail.getByText(result).waitFor();
  await fillBox(detail.getByTestId('comment-input'), comment);
  await detail.getByTestId('comment-send').click();
  await inThread(page, comment).waitFor();
  await screenshot(page, 'reply-1-comment-wang');
  await context.close();
}, STEP_TIMEOUT);

test('li (390 px) opens the 批示 from the bell and replies in the thread, @-mentioning 孙磊', async () => {
  expect(followUpId).toMatch(/^\d+$/);
  const { context, page } = await open('li', PHONE);
  await openFromBell(page, ['王建国 批示', comment.slice(0, 12)], 'reply-2-bell-li-phone');
  const original = inThread(page, comment);
  await original.waitFor();
  // A salesperson writes no 批示 of her own, but answers the one addressed to her.
  expect(await page.getByTestId('comment-box').count()).toBe(0);
  await original.locator('[data-testid^="comment-reply-"]').click();

  const replyBox = await fillBox(page.getByTestId('reply-input'), reply);
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('reply-mentions').click();
    await page.keyboard.type('孙磊');
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '（sun）' }).first();
    // Chosen: the option stays in the open list, marked (the tag itself may fold into "+1" on a narrow screen).
    const chosen = page.locator('.ant-select-dropdown:visible .ant-select-item-option-selected').filter({ hasText: '（sun）' }).first();
    try {
      await option.waitFor({ timeout: 10000 });
      if (!(await chosen.count())) await option.click();
      await chosen.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await closeDropdown(page);
    }
  }
  await closeDropdown(page);
  expect(await replyBox.inputValue()).toBe(reply);
  await page.waitForLoadState('networkidle');
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'reply-3-replying-li-phone');
  await page.getByTestId('reply-send').click();

  // The reply joins the thread, answering wang, with the mention written before it.
  const answer = inThread(page, reply);
  await answer.filter({ hasText: '回复 王建国' }).filter({ hasText: `@孙磊 ${reply}` }).waitFor();
  await page.getByTestId('reply-box').waitFor({ state: 'detached' });
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'reply-4-thread-li-phone');
  await context.close();
}, STEP_TIMEOUT);

test('wang finds li\'s reply in his bell and in the thread; sun finds the mention in his', async () => {
  expect(followUpId).toMatch(/^\d+$/);
  const wang = await open('wang');
  await openFromBell(wang.page, ['李娜 回复', reply.slice(0, 12)], 'reply-5-bell-wang');
  await inThread(wang.page, comment).waitFor();
  await inThread(wang.page, reply).filter({ hasText: '回复 王建国' }).waitFor();
  await screenshot(wang.page, 'reply-6-thread-wang');
  await wang.context.close();

  const sun = await open('sun');
  await openFromBell(sun.page, ['李娜 在批示中提到了你', reply.slice(0, 12)], 'reply-7-bell-sun');
  await inThread(sun.page, reply).waitFor();
  await sun.context.close();
}, STEP_TIMEOUT);
