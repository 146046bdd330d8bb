// Schedule, tasks, work reports and the notification bell in a real browser: li's follow-up with a next contact
// time shows in her calendar; li creates and completes a task in her boxes; li starts a task from a customer's page
// and links another to an opportunity in the task form; li's daily report starts from 今日总结 / 明日计划 / 需协调
// with her numbers of the day (desktop and 390 px); li writes her weekly report (subject generated); wang, at phone
// width, sees it in the bell, opens it (read receipt) and reviews tasks and schedule without horizontal scrolling.
// Screenshots at 1366 and 390 px go to tests/output/.
import { Browser, Page } from 'playwright-core';
import { BASE_URL, api, DESKTOP, PHONE, fillBox, launch, login, newPage, pickOption, screenshot, scrollsSideways } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

let reportId = '';

test("li's follow-up with a next contact time appears in her calendar, day and month", async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  const { customers } = await api(page, '{ customers(first: 1) { nodes { id name } } }');
  const customer = customers.nodes[0];
  const next = new Date(Date.now() + 2 * 86400000);
  next.setUTCHours(2, 30, 0, 0); // 10:30 in Shanghai, the day after tomorrow
  const { createFollowUp } = await api(page, `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }`, { input: {
    parentType: 'customer', parentId: customer.id, subject: '致电', method: 'PHONE', objective: '确认预算', result: '下周再联系', nextStep: '电话确认采购时间', nextContactAt: next.toISOString(),
  } });
  const entryTitle = `跟进：${customer.name}`;
  const { scheduleEntries } = await api(page, `query($from: DateTimeISO!, $to: DateTimeISO!) { scheduleEntries(from: $from, to: $to) { id followUpId } }`, {
    from: new Date(next.getTime() - 3600000).toISOString(), to: new Date(next.getTime() + 3600000).toISOString(),
  });
  const entry = scheduleEntries.find((e: { followUpId: string | null }) => e.followUpId === createFollowUp.id);
  expect(entry).toBeTruthy();
  await page.goto(`${BASE_URL}/schedule`);
  await page.getByTestId('calendar-month').getByTestId(`entry-${entry.id}`).filter({ hasText: entryTitle }).waitFor();
  await screenshot(page, 'schedule-month-li-desktop');
  await page.getByTestId('calendar-view').getByText('周').click();
  const day = new Date(next.getTime() + 8 * 3600000).toISOString().slice(0, 10);
  const inWeek = page.getByTestId(`week-${day}`).getByTestId(`entry-${entry.id}`);
  await inWeek.filter({ hasText: '10:30' }).waitFor();
  await screenshot(page, 'schedule-week-li-desktop');
  await inWeek.click();
  await page.getByTestId('entry-detail').getByText('电话确认采购时间').waitFor();
  await page.getByTestId('entry-related').filter({ hasText: customer.name }).waitFor();
  expect(createFollowUp.id).toBeTruthy();
  await context.close();
});

test('li creates a task in her inbox and completes it', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/tasks`);
  await page.getByTestId('task-box-today').waitFor();
  const title = `浏览器任务${Date.now() % 100000}`;
  await page.getByTestId('task-create').click();
  await fillBox(page.getByTestId('task-title'), title);
  await page.getByTestId('task-save').click();
  const inbox = page.getByTestId('task-box-inbox');
  await inbox.getByText(title).waitFor();
  await screenshot(page, 'tasks-li-desktop');
  const row = inbox.locator('[data-testid^="task-"]').filter({ hasText: title }).first();
  await row.locator('input[type="checkbox"]').click(); // controlled: it ticks once the server has it done
  await inbox.getByText(title).waitFor({ state: 'detached' });
  await context.close();
});

test('li starts a task from a customer page; another, from the task form, is about an opportunity and links to it', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  const { customers, opportunities } = await api(page, '{ customers(first: 1) { nodes { id name } } opportunities(first: 1) { nodes { id name } } }');
  const [customer, opportunity] = [customers.nodes[0], opportunities.nodes[0]];
  const stamp = Date.now() % 100000;
  await page.goto(`${BASE_URL}/customers/${customer.id}`);
  await page.getByTestId('activity-task').click();
  await page.getByTestId('task-related-fixed').filter({ hasText: customer.name }).waitFor();
  await fillBox(page.getByTestId('task-title'), `回访客户${stamp}`);
  await page.getByTestId('task-save').click();
  await page.getByTestId('activity-timeline').getByText(`回访客户${stamp}`).first().waitFor();
  await screenshot(page, 'task-from-customer-li-desktop');

  await page.goto(`${BASE_URL}/tasks`);
  await page.getByTestId('task-box-today').waitFor();
  await page.getByTestId('task-create').click();
  await fillBox(page.getByTestId('task-title'), `推进商机${stamp}`);
  await pickOption(page, 'task-related-type', '商机');
  await pickOption(page, 'task-related', opportunity.name);
  await screenshot(page, 'task-related-form-li-desktop');
  await page.getByTestId('task-save').click();
  const inbox = page.getByTestId('task-box-inbox');
  await inbox.getByText(`推进商机${stamp}`).click();
  await page.getByTestId('task-detail').getByRole('link', { name: new RegExp(opportunity.name) }).click();
  await page.waitForURL(new RegExp(`/opportunities/${opportunity.id}$`));
  await page.getByTestId('activity-timeline').getByText(`推进商机${stamp}`).first().waitFor();
  await context.close();
});

test('li’s daily report starts from 今日总结 / 明日计划 / 需协调 with her numbers of the day; 周报 refreshes them; it fits 390 px', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/reports`);
  const figures = 'followUps substantiveFollowUps newCustomers opportunitiesMoved stageChanges newContracts receivables';
  const { reportDraft: day } = await api(page, `{ reportDraft(kind: DAILY) { figures { ${figures} } } }`);
  const { reportDraft: week } = await api(page, `{ reportDraft(kind: WEEKLY) { periodStart periodEnd figures { ${figures} } } }`);
  expect(day.figures.followUps).toBeGreaterThanOrEqual(1); // the follow-up of the first test
  await page.goto(`${BASE_URL}/reports/new`);
  await page.getByTestId('report-kind').getByText('日报').click();
  await page.getByTestId('report-subject').filter({ hasText: /^\d{4}年\d{1,2}月\d{1,2}日工作日报—李娜$/ }).waitFor();
  const card = page.getByTestId('report-figures');
  await card.getByTestId('report-figure-followUps').filter({ hasText: `${day.figures.followUps} 次（实质性 ${day.figures.substantiveFollowUps} 次）` }).waitFor();
  await card.getByTestId('report-figure-newCustomers').filter({ hasText: `${day.figures.newCustomers} 家` }).waitFor();
  await card.getByTestId('report-figure-opportunitiesMoved').filter({ hasText: `${day.figures.opportunitiesMoved} 个（阶段变更 ${day.figures.stageChanges} 次）` }).waitFor();
  const content = await page.getByTestId('report-content').inputValue();
  expect(content).toContain(`【今日总结】\n本期跟进 ${day.figures.followUps} 次（实质性 ${day.figures.substantiveFollowUps} 次），新增客户 ${day.figures.newCustomers} 家`);
  expect(content).toMatch(/【明日计划】[\s\S]*【需协调】[\s\S]*李娜$/);
  await screenshot(page, 'report-daily-li-desktop');
  await page.getByTestId('report-kind').getByText('周报').click();
  await card.filter({ hasText: `${week.periodStart} – ${week.periodEnd}` }).getByTestId('report-figure-followUps')
    .filter({ hasText: `${week.figures.followUps} 次（实质性 ${week.figures.substantiveFollowUps} 次）` }).waitFor();
  await page.waitForFunction(() => (document.querySelector('textarea[data-testid="report-content"]') as HTMLTextAreaElement | null)?.value.includes('【本周总结】'));
  await context.close();

  const phone = await newPage(browser, PHONE);
  await login(phone.page, 'li');
  await phone.page.goto(`${BASE_URL}/reports/new`);
  await pickOption(phone.page, 'report-kind', '日报');
  await phone.page.getByTestId('report-figure-followUps').filter({ hasText: `${day.figures.followUps} 次` }).waitFor();
  expect(await scrollsSideways(phone.page)).toBe(false);
  await screenshot(phone.page, 'report-daily-li-phone');
  await phone.context.close();
});

test('li writes her weekly report: the subject is generated and it goes to wang', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  await login(page, 'li');
  // A second run against the same database: this week's report from the first run goes to the recycle bin.
  await page.goto(`${BASE_URL}/reports`);
  const { reportDraft } = await api(page, '{ reportDraft(kind: WEEKLY) { existingReportId } }');
  if (reportDraft.existingReportId) await api(page, 'mutation($id: ID!) { deleteReport(id: $id) { ids } }', { id: reportDraft.existingReportId });
  await page.goto(`${BASE_URL}/reports/new`);
  await page.getByTestId('report-kind').getByText('周报').click();
  await page.getByTestId('report-subject').filter({ hasText: /^\d{4}年第\d{1,2}周工作周报—李娜$/ }).waitFor();
  await expect(page.getByTestId('report-content').inputValue()).resolves.toMatch(/^王建国：\n【本周总结】\n本期跟进 \d+ 次/);
  await fillBox(page.getByTestId('report-content'), '王经理：\n本周拜访客户 5 家，推进商机 2 个。\n李娜');
  await screenshot(page, 'report-write-li-desktop');
  await page.getByTestId('report-send').click();
  await page.waitForURL(/\/reports\/\d+$/);
  reportId = page.url().split('/').pop()!;
  await page.getByTestId('receipt-wang').getByText('未读').waitFor();
  await screenshot(page, 'report-sent-li-desktop');
  await context.close();
});

test('wang at phone width: the bell shows the report, opening it records the receipt; pages fit 390 px', async () => {
  expect(reportId).toMatch(/^\d+$/);
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/tasks`);
  await page.getByTestId('task-box-today').waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'tasks-wang-phone');
  await page.getByTestId('notification-bell').click();
  const panel = page.getByTestId('notification-panel');
  await panel.locator('[data-notification]').first().waitFor();
  await page.waitForTimeout(500); // the drawer slides in
  await screenshot(page, 'bell-wang-phone');
  const item = panel.locator('[data-unread="true"]').filter({ hasText: /工作周报—李娜/ }).first();
  await item.click();
  await page.waitForURL(new RegExp(`/reports/${reportId}$`));
  await page.getByTestId('report-detail-subject').waitFor();
  await page.getByTestId('receipt-wang').getByText('已读').waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'report-read-wang-phone');
  await page.goto(`${BASE_URL}/schedule`);
  await page.getByTestId('calendar-month').waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'schedule-wang-phone');
  await page.goto(`${BASE_URL}/notifications`);
  await page.getByTestId('notification-page-mark-all').click();
  await page.locator('[data-unread="true"]').first().waitFor({ state: 'detached' });
  expect(await page.locator('[data-unread="true"]').count()).toBe(0);
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, 'notifications-wang-phone');
  await context.close();
});
