// 回款 entry from the 回款 menu (seed 001: receivables are created in the 回款 module, each tied to a contract): li,
// the contract owner, opens 回款 from the menu; 登记回款 asks for the contract first — her draft one is refused with
// the reason — and then, for her approved contract with money outstanding, opens the contract's dialog (outstanding
// amount shown, more than it refused readably); the new receivable shows in the list, found by the contract's
// number, awaiting 财务. qian (财务) finds it in her 回款 list. Screenshots go to tests/output/receivables-*.png.
import { Browser, Page } from 'playwright-core';
import { DESKTOP, api, closeDropdown, fillBox, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

const run = Date.now() % 100000;
// Under ¥1,000 and unique enough to find: ¥100.01 … ¥999.99.
const amount = `${100 + (run % 900)}.${String(1 + (run % 99)).padStart(2, '0')}`;
const shown = `¥${amount}`;

interface ContractOption { id: string; code: string; title: string; outstandingAmount: string; status: string; customerId: string }

/** Types into the contract picker and chooses the contract whose number shows up. */
async function chooseContract(page: Page, code: string) {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('receivable-new-contract').click();
    await page.keyboard.type(code);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: code }).first();
    try {
      await option.waitFor({ timeout: 10000 });
      await option.click();
      await page.getByTestId('receivable-new-contract').getByText(code).first().waitFor({ timeout: 5000 });
      // Close the list by clicking beside it (Escape would close the dialog too).
      await page.locator('.ant-modal:visible').getByText('回款都记在合同上').click();
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await closeDropdown(page);
      // Clear what was typed before trying again.
      await page.getByTestId('receivable-new-contract').locator('input').fill('').catch(() => undefined);
    }
  }
}

async function openReceivables(page: Page) {
  await page.getByTestId('nav-receivables').click();
  await page.waitForURL(/\/receivables$/);
  await page.locator('[data-testid^="receivable-row-"]').first().waitFor();
}

/** Filters the 回款 list by the contract's number; the row of the recorded amount shows up with its status. */
async function findInList(page: Page, code: string, status: RegExp) {
  const search = await fillBox(page.getByTestId('receivable-filter-keyword'), code);
  await search.press('Enter');
  const row = page.locator('[data-testid^="receivable-row-"]').filter({ hasText: shown }).filter({ hasText: code }).filter({ hasText: status });
  await row.first().waitFor();
  return row;
}

let contract: ContractOption | undefined;

test('li opens 回款 from the menu and records a receivable on her approved contract; it shows in the list awaiting 财务', async () => {
  const { context, page } = await newPage(browser, DESKTOP);
  page.setDefaultTimeout(60000);
  await login(page, 'li');
  const query = 'query($s: [ContractStatus!]) { contracts(first: 100, filter: { statuses: $s }) { nodes { id code title outstandingAmount status customerId owner { username } } } }';
  const approved: (ContractOption & { owner: { username: string } })[] = (await api(page, query, { s: ['APPROVED'] })).contracts.nodes;
  contract = approved.find((c) => c.owner.username === 'li' && Number(c.outstandingAmount) >= 1000);
  expect(contract).toBeTruthy();
  // A draft of hers: no receivable before it is approved.
  const { createContract: draft } = await api(page, 'mutation($input: CreateContractInput!) { createContract(input: $input) { id code } }', {
    input: { title: `回款测试草稿合同${run}`, customerId: contract!.customerId, amount: '5000.00' },
  });

  await openReceivables(page);
  await screenshot(page, 'receivables-1-list-li');

  await page.getByTestId('receivable-new').click();
  await chooseContract(page, draft.code);
  await page.getByTestId('receivable-new-refusal').filter({ hasText: '合同审批通过后才能登记回款' }).waitFor();
  expect(await page.getByTestId('receivable-new-next').isDisabled()).toBe(true);
  await screenshot(page, 'receivables-2-refused-li');

  // The approved one: its outstanding amount, then the contract's receivable dialog.
  await chooseContract(page, contract!.code);
  await page.getByTestId('receivable-new-outstanding').filter({ hasText: '未回款' }).waitFor();
  await page.getByTestId('receivable-new-next').and(page.locator(':enabled')).waitFor();
  await page.getByTestId('receivable-new-next').click();
  const form = page.getByTestId('receivable-form');
  await form.waitFor();
  const dialog = page.locator('.ant-modal:visible').filter({ has: form });
  // More than is outstanding is refused, readably.
  await fillBox(page.getByTestId('receivable-amount'), (Number(contract!.outstandingAmount) + 1000).toFixed(2));
  await page.getByTestId('receivable-submit').click();
  await dialog.getByText(/超出未回款金额/).first().waitFor();
  await fillBox(page.getByTestId('receivable-amount'), amount);
  await screenshot(page, 'receivables-3-form-li');
  await page.getByTestId('receivable-submit').click();
  await form.waitFor({ state: 'detached' });

  // Receivables need 财务's confirmation in the demo: recorded, awaiting approval.
  await findInList(page, contract!.code, /审批中/);
  await screenshot(page, 'receivables-4-recorded-li');
  const { receivables } = await api(page, 'query($kw: String) { receivables(first: 50, filter: { keyword: $kw }) { nodes { amount status recordedBy { name } contract { id } } } }', { kw: contract!.code });
  const recorded = receivables.nodes.filter((r: { amount: string; contract: { id: string } }) => r.contract.id === contract!.id && Number(r.amount) === Number(amount));
  expect(recorded).toHaveLength(1);
  expect(recorded[0]).toMatchObject({ status: 'PENDING', recordedBy: { name: '李娜' } });
  await context.close();
}, 300_000);

test('qian (财务) finds the new receivable in her 回款 list, awaiting her', async () => {
  expect(contract).toBeTruthy();
  const { context, page } = await newPage(browser, DESKTOP);
  page.setDefaultTimeout(60000);
  await login(page, 'qian');
  await openReceivables(page);
  await findInList(page, contract!.code, /审批中/);
  await screenshot(page, 'receivables-5-list-qian');
  await context.close();
}, 300_000);
