// The pipeline board: a column per stage with count, exact amount sum (SQL) and the first cards, over the
// viewer's scope and the filter; decimal sums stay exact (0.10 + 0.20 = 0.30, 3 × 19.99 = 59.97).
import { DataSource } from 'typeorm';
import { OpportunityStage } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { Actor, actor } from './org-support';
import { createOpportunityCall, makeProduct, monthsAhead, stageId } from './opportunity-support';

let db: DataSource;
let li: Actor;
let sun: Actor;

beforeAll(async () => {
  db = await openTestDatabase();
  li = await actor(db, ['SALES']);
  sun = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

const BOARD = `query($filter: OpportunityFilter, $n: Int) { opportunityBoard(filter: $filter, cardsPerColumn: $n) {
  totalCount totalAmount columns { stage { sort name probability enabled } count amount cards { id name amount } } } }`;

type Column = { stage: { sort: number; enabled: boolean }; count: number; amount: string; cards: { id: string; name: string }[] };
const column = (board: { columns: Column[] }, sort: number) => board.columns.find((c) => c.stage.sort === sort)!;

test('columns for every stage in order, with exact sums of decimal amounts and product lines, for the viewer only', async () => {
  const customer = await makeCustomer(db, li.user);
  const p = await makeProduct(db, { price: '19.99' });
  const s3 = await stageId(db, 3);
  const mk = (name: string, extra: Record<string, unknown>) => createOpportunityCall(db, li.as, { customerId: customer.id, name, category: 'SHORT_TERM', stage: s3, expectedCloseDate: monthsAhead(1), ...extra });
  await mk('一毛', { amount: '0.10' });
  await mk('两毛', { amount: '0.20' });
  await mk('三台', { products: [{ productId: String(p.id), quantity: '3' }] });
  await createOpportunityCall(db, li.as, { customerId: customer.id, name: '中线', amount: '1000000000.05' });
  // Another salesperson's pipeline never shows on li's board.
  const theirs = await makeCustomer(db, sun.user);
  await createOpportunityCall(db, sun.as, { customerId: theirs.id, name: '别人的', amount: '5' });

  const board = (await ok(li.as, BOARD, { n: 10 })).opportunityBoard;
  expect(board.columns.map((c: Column) => c.stage.sort)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(column(board, 3)).toMatchObject({ count: 3, amount: '60.27' });
  expect(column(board, 3).cards.map((c) => c.name).sort()).toEqual(['一毛', '两毛', '三台'].sort());
  expect(column(board, 2)).toMatchObject({ count: 1, amount: '1000000000.05' });
  expect(column(board, 5)).toMatchObject({ count: 0, amount: '0.00', cards: [] });
  expect(board.totalCount).toBe(4);
  expect(board.totalAmount).toBe('1000000060.32');
  const sunBoard = (await ok(sun.as, BOARD, {})).opportunityBoard;
  expect(sunBoard.totalCount).toBe(1);
  expect(column(sunBoard, 2)).toMatchObject({ count: 1, amount: '5.00' });
});

test('cardsPerColumn limits the cards but not the counts or sums; the filter narrows all of them', async () => {
  const customer = await makeCustomer(db, li.user, { name: '看板筛选客户' });
  const s4 = await stageId(db, 4);
  for (let i = 0; i < 4; i++) {
    await createOpportunityCall(db, li.as, { customerId: customer.id, name: `批量${i}`, category: 'SHORT_TERM', stage: s4, expectedCloseDate: monthsAhead(2), amount: '1.11' });
  }
  const board = (await ok(li.as, BOARD, { n: 2, filter: { customerId: String(customer.id) } })).opportunityBoard;
  expect(column(board, 4)).toMatchObject({ count: 4, amount: '4.44' });
  expect(column(board, 4).cards).toHaveLength(2);
  expect(board.totalCount).toBe(4);
  const none = (await ok(li.as, BOARD, { filter: { customerId: String(customer.id), category: 'LONG_TERM' } })).opportunityBoard;
  expect(none.totalCount).toBe(0);
  expect(none.totalAmount).toBe('0.00');
  expect(codeOf(await gql(li.as, BOARD, { n: 51 }))).toBe('BAD_USER_INPUT');
});

test('a disabled stage disappears from the board unless opportunities still sit in it; deleted opportunities never count', async () => {
  const admin = await actor(db, ['SUPER_ADMIN']);
  const customer = await makeCustomer(db, admin.user);
  const created = (await ok(admin.as, `mutation { createOpportunityStage(input: { name: "旧阶段", probability: 45, sort: 50 }) { id } }`)).createOpportunityStage;
  const inOld = (await createOpportunityCall(db, admin.as, { customerId: customer.id, name: '旧阶段商机', category: 'SHORT_TERM', stage: await stageId(db, 5), expectedCloseDate: monthsAhead(1), amount: '7' })).data.createOpportunity;
  // The opportunity sat in the old stage before it was disabled.
  await db.query(`UPDATE opportunity SET stage_id = ${Number(created.id)} WHERE id = ${Number(inOld.id)}`);
  await db.getRepository(OpportunityStage).update({ id: Number(created.id) }, { enabled: false });
  let board = (await ok(admin.as, BOARD, {})).opportunityBoard;
  expect(column(board, 50)).toMatchObject({ count: 1, amount: '7.00', stage: { enabled: false } });
  await ok(admin.as, `mutation($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`, { ids: [inOld.id] });
  board = (await ok(admin.as, BOARD, {})).opportunityBoard;
  expect(board.columns.find((c: Column) => c.stage.sort === 50)).toBeUndefined();
});

test('without any opportunity scope the board is FORBIDDEN', async () => {
  const it = await actor(db, ['SYSTEM_ADMIN']);
  expect(codeOf(await gql(it.as, BOARD, {}))).toBe('FORBIDDEN');
});
