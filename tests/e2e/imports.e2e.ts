// The import wizard and the export buttons as wang (华北大区经理) uses them at 1280 px: a generated .xlsx with good,
// bad and duplicate rows goes through upload → column mapping → dry run (the report names each problem row and
// offers the rows with problems as .xlsx) → options → import → result, and the customer list then shows the new
// customers; an export of the list downloads an .xlsx holding them. Screenshots go to tests/output/import-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { Browser, Page } from 'playwright-core';
import { BASE_URL, OUTPUT_DIR, launch, login, newPage, screenshot } from './support/browser';

/** The wizard is a dialog over the page: shoot what the screen shows, not the whole page under its mask. */
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });

const WIDE = { width: 1280, height: 900 };
const stamp = Date.now().toString().slice(-6);
const GOOD_A = `导入测试甲${stamp}商贸有限公司`;
const GOOD_B = `导入测试乙${stamp}科技有限公司`;
const BAD = `导入测试丙${stamp}有限公司`;
const BAD_LEVEL = `导入测试丁${stamp}有限公司`;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

/** A customer name that already exists (any customer of the company counts as a duplicate). */
const existingName = (page: Page) => page.evaluate(async () => {
  const res = await fetch('/api/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ customers(first: 1, filter: { inPool: false }) { nodes { name } } }' }),
  });
  return (await res.json()).data.customers.nodes[0].name as string;
});

async function workbook(existing: string): Promise<string> {
  const book = new Workbook();
  const sheet = book.addWorksheet('客户');
  sheet.addRow(['客户名称', '客户级别', '手机', '邮箱', '行业']);
  sheet.addRow([GOOD_A, '核心', '13988000001', 'jia@example.cn', '批发零售']); // row 2: new
  sheet.addRow([GOOD_B, '普通', '', '', '信息技术']); //                       row 3: new
  sheet.addRow([BAD, '普通', '12345', 'not-an-email', '火星采矿']); //         row 4: errors in three columns
  sheet.addRow([BAD_LEVEL, '超级', '', '', '']); //                             row 5: not a customer level
  sheet.addRow(['', '普通', '13988000002', '', '']); //                        row 6: the required name is missing
  sheet.addRow([existing, '普通', '', '', '']); //                             row 7: duplicate of a customer in the database
  sheet.addRow([GOOD_A, '普通', '', '', '']); //                               row 8: the same name twice in the file
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, 'import-customers.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const count = (page: Page, key: string) => page.getByTestId(`import-count-${key}`).getAttribute('data-count');

test('the import wizard checks a file with good, bad and duplicate rows, then imports the valid rows', async () => {
  const { context, page } = await newPage(browser, WIDE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/customers`);
  await page.locator('[data-testid^="customer-row-"]').first().waitFor();
  const file = await workbook(await existingName(page));

  // 1. Upload: the template is offered beside the drop zone.
  await page.getByTestId('customer-import').click();
  await page.getByTestId('import-template').waitFor();
  await page.locator('[data-testid="import-upload"] input[type="file"]').setInputFiles(file);

  // 2. Column mapping: every header recognised.
  await page.getByTestId('import-check').waitFor();
  await page.getByTestId('import-wizard-body').getByText('5/5').waitFor();
  await shot(page, 'import-mapping-1280');
  await page.getByTestId('import-check').click();

  // 3. The dry run's report: counts, and each problem row with its column and message.
  await page.getByTestId('import-report').waitFor();
  expect(await count(page, 'new')).toBe('2');
  expect(await count(page, 'error')).toBe('4');
  expect(await count(page, 'duplicate')).toBe('1');
  const badRow = page.getByTestId('import-problem-4');
  await badRow.waitFor();
  for (const text of ['手机', '邮箱', '行业']) expect(await badRow.innerText()).toContain(text);
  expect(await page.getByTestId('import-problem-5').innerText()).toContain('客户级别');
  expect(await page.getByTestId('import-problem-6').innerText()).toContain('客户名称');
  expect(await page.getByTestId('import-problem-7').innerText()).toContain('重复');
  expect(await page.getByTestId('import-problem-8').innerText()).toContain('第 2 行');
  await shot(page, 'import-report-1280');
  // The rows with problems download as an .xlsx with 错误原因.
  const [problems] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-problem-file').click()]);
  expect(problems.suggestedFilename()).toMatch(/\.xlsx$/);
  const problemBook = new Workbook();
  await problemBook.xlsx.readFile(await problems.path());
  const problemSheet = problemBook.worksheets[0];
  expect(JSON.stringify(problemSheet.getRow(1).values)).toContain('错误原因');
  expect(problemSheet.actualRowCount).toBe(6);

  // 4. Options, then 5. the import itself.
  await page.getByTestId('import-next-options').click();
  await page.getByTestId('import-options').waitFor();
  await shot(page, 'import-options-1280');
  await page.getByTestId('import-commit').click();

  // 6. The result, and the list shows the new customers (nothing else from the file).
  await page.getByTestId('import-result').waitFor();
  expect(await page.getByTestId('import-result-title').innerText()).toContain('2');
  await shot(page, 'import-result-1280');
  await page.getByTestId('import-finish').click();
  const list = page.getByTestId('customer-list');
  await list.getByText(GOOD_A).waitFor();
  await list.getByText(GOOD_B).waitFor();
  expect(await list.getByText(BAD).count()).toBe(0);
  expect(await list.getByText(BAD_LEVEL).count()).toBe(0);

  // The import history names the file and its counts.
  await page.getByTestId('customer-import-more').click();
  await page.getByTestId('customer-import-history').click();
  const history = page.getByTestId('import-history');
  await history.getByText('import-customers.xlsx').first().waitFor();
  await screenshot(page, 'import-history-1280');
  await context.close();
}, 240_000);

test('only users holding the import permission see the import button', async () => {
  for (const [user, shown] of [['li', false], ['it', true]] as const) {
    const { context, page } = await newPage(browser, WIDE);
    page.setDefaultTimeout(60000);
    await login(page, user);
    await page.goto(`${BASE_URL}/products`);
    await page.locator('[data-testid^="product-row-"]').first().waitFor();
    expect(await page.getByTestId('product-import').count()).toBe(shown ? 1 : 0);
    await context.close();
  }
}, 120_000);

test('a bad file gets a readable message, not a failure', async () => {
  const { context, page } = await newPage(browser, WIDE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/contacts`);
  await page.getByTestId('contact-import').click();
  await page.locator('[data-testid="import-upload"] input[type="file"]').setInputFiles({ name: '通讯录.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not really a workbook') });
  const error = page.getByTestId('import-upload-error');
  await error.waitFor();
  expect(await error.innerText()).toMatch(/\.xls|文件/);
  await context.close();
}, 120_000);

test('the customer list exports the current filter as .xlsx, and the file holds the imported customers', async () => {
  const { context, page } = await newPage(browser, WIDE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/customers`);
  await page.locator('[data-testid^="customer-row-"]').first().waitFor();
  await page.getByTestId('customer-export-all').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="customer-export-xlsx"]:visible').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new Workbook();
  await book.xlsx.readFile(await download.path());
  const names = book.worksheets[0].getColumn(2).values.map(String);
  expect(names.join('\n')).toContain(GOOD_A);
  await screenshot(page, 'import-export-1280');
  await context.close();
}, 120_000);

test('a running dry run survives a page reload and can be cancelled', async () => {
  const { context, page } = await newPage(browser, WIDE);
  page.setDefaultTimeout(60000);
  await login(page, 'wang');
  await page.goto(`${BASE_URL}/customers`);
  await page.locator('[data-testid^="customer-row-"]').first().waitFor();
  // Large enough that checking it takes seconds (each row is checked against the database and the rest of the file).
  const rows = Array.from({ length: 150_000 }, (_, i) => `重载取消测试${stamp}第${i + 1}号商贸有限公司,普通`);
  const csv = Buffer.from(`\uFEFF客户名称,客户级别\n${rows.join('\n')}\n`, 'utf8');

  await page.getByTestId('customer-import').click();
  await page.locator('[data-testid="import-upload"] input[type="file"]').setInputFiles({ name: '大批客户.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-progress').waitFor();

  // The reload lands on the list, which opens the wizard again at the same running pass.
  await page.reload();
  const progress = page.getByTestId('import-progress');
  await progress.waitFor();
  expect(await progress.innerText()).toContain('大批客户.csv');
  await shot(page, 'import-progress-after-reload-1280');
  await page.getByTestId('import-cancel').click();
  await page.getByTestId('import-result').waitFor();
  expect(await page.getByTestId('import-result-title').innerText()).toMatch(/取消/);
  await shot(page, 'import-cancelled-1280');

  // Nothing of the file was written.
  const found = await page.evaluate(async (name) => {
    const res = await fetch('/api/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($k: String) { customers(first: 1, filter: { keyword: $k }) { totalCount } }', variables: { k: name } }),
    });
    return (await res.json()).data.customers.totalCount as number;
  }, `重载取消测试${stamp}`);
  expect(found).toBe(0);
  await context.close();
}, 240_000);
