// Opportunities in a real browser: wang's pipeline board (columns scroll inside their container, never the page,
// also at phone width); li creates an opportunity with 3 × ¥19.99 (¥59.97 exactly), moves it along the stage bar,
// adds a progress record, and finds it on the board. Screenshots go to tests/output/.
import { Browser } from 'playwright-core';
import { BASE_URL, DESKTOP, PHONE, launch, login, newPage, pickOption, screenshot, scrollsSideways } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });

/** A page with room for a slow machine: the board and the opportunity page fetch several queries at once. */
async function open(viewport: typeof DESKTOP) {
  const opened = await newPage(browser, viewport);
  opened.page.setDefaultTimeout(60000);
  return opened;
}
afterAll(async () => browser?.close());

const name = `浏览器测试商机${Date.now() % 100000}`;

test('wang sees the pipeline board by stage, with counts and sums, scrolling sideways inside the board only', async () => {
  for (const [viewport, label] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
    const { context, page } = await open(viewport);
    await login(page, 'wang');
    await page.goto(`${BASE_URL}/opportunities/board`);
    await page.getByTestId('board-column-3').waitFor();
    await page.getByTestId('board-total').waitFor();
    for (const sort of [0, 1, 5, 10]) await page.getByTestId(`board-column-${sort}`).waitFor();
    expect(await page.locator('[data-testid^="board-card-"]').count()).toBeGreaterThan(5);
    expect(await scrollsSideways(page)).toBe(false);
    const scroller = page.getByTestId('board-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await screenshot(page, `opportunity-board-wang-${label}`);
    await context.close();
  }
});

test('li creates an opportunity with exact product amounts, moves its stage, adds progress and finds it on the board', async () => {
  const { context, page } = await open(DESKTOP);
  await login(page, 'li');
  await page.goto(`${BASE_URL}/opportunities`);
  await page.getByTestId('opportunity-create').click();
  await page.getByTestId('opportunity-form-name').fill(name);
  await pickOption(page, 'opportunity-form-customer', /./);
  await pickOption(page, 'opportunity-form-category', '短线');
  await pickOption(page, 'opportunity-form-stage', /^3 /);
  const expected = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByTestId('opportunity-form-expected').click();
  await page.keyboard.type(expected);
  await page.keyboard.press('Enter');
  await page.getByTestId('opportunity-line-add').click();
  await page.getByTestId('opportunity-line-0-product').click();
  await page.keyboard.type('OCR');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'OCR' }).first().click();
  await page.getByTestId('opportunity-line-0-quantity').fill('3');
  await page.getByTestId('opportunity-line-0-amount').filter({ hasText: '¥59.97' }).waitFor();
  await page.getByTestId('opportunity-form-total').filter({ hasText: '¥59.97' }).waitFor();
  await page.getByTestId('opportunity-form-submit').click();

  await page.waitForURL(/\/opportunities\/\d+$/);
  const url = page.url();
  await page.getByTestId('opportunity-name').filter({ hasText: name }).waitFor();
  await page.getByTestId('opportunity-amount').filter({ hasText: '¥59.97' }).waitFor();
  await page.getByTestId('opportunity-current-stage').filter({ hasText: /^3 / }).waitFor();

  await page.getByTestId('stage-step-5').click();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await page.getByTestId('opportunity-current-stage').filter({ hasText: /^5 / }).waitFor();
  await page.getByTestId('opportunity-probability').filter({ hasText: '50%' }).waitFor();

  await page.getByTestId('opportunity-progress-add').click();
  await page.getByTestId('opportunity-progress-content').fill('上门演示OCR识别效果，客户认可');
  await page.getByTestId('opportunity-progress-next').fill('下周报价');
  await page.getByTestId('opportunity-progress-submit').click();
  await page.getByTestId('opportunity-progress').getByText('上门演示OCR识别效果，客户认可').waitFor();
  await screenshot(page, 'opportunity-page-li');

  await page.goto(`${BASE_URL}/opportunities/board`);
  await page.getByTestId('board-column-5').getByText(name).waitFor();
  await page.getByTestId('board-column-5').getByText(name).click();
  await page.waitForURL(url);

  const phone = await open(PHONE);
  await login(phone.page, 'li');
  await phone.page.goto(url);
  await phone.page.getByTestId('opportunity-stage-bar').waitFor();
  expect(await scrollsSideways(phone.page)).toBe(false);
  await screenshot(phone.page, 'opportunity-page-li-phone');
  await phone.context.close();
  await context.close();
});
