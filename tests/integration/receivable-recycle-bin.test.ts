// Receivables in the recycle bin (issue 13 item 6): a rejected receivable is deleted by whoever may record money
// on its contract, leaves the contract's and the receivables' lists (the amounts never counted it), shows in the bin
// with who deleted it, and is restored from there. Approved and pending ones are the books and the approval queue:
// refused. A receivable of a contract outside the viewer's scope is NOT_FOUND, in the bin too.
import { DataSource } from 'typeorm';
import { ApprovalStep, AuditLog } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { roleByCode } from '../support/factories';
import { Company, approvedContract, as, codeOf, decide, gql, makeCompany, ok, saveFlow } from './contract-support';

let db: DataSource;
let c: Company;
beforeAll(async () => { db = await openTestDatabase(); c = await makeCompany(db); });
afterAll(async () => closeTestDatabase(db));

const RECORD = 'mutation($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }';
const DELETE = 'mutation($ids: [ID!]!) { deleteReceivables(ids: $ids) { ids } }';
const RESTORE = 'mutation($input: RestoreRecordsInput!) { restoreRecords(input: $input) { type ids } }';
const BIN = 'query($filter: RecycleBinFilter!) { recycleBin(filter: $filter, first: 50) { totalCount nodes { id code deletedBy { id } viewerCanRestore } } }';
const CONTRACT = 'query($id: ID!) { contract(id: $id) { receivedAmount outstandingAmount receivables { code status } } }';
const LIST = 'query($f: ReceivableFilter) { receivables(first: 50, filter: $f) { totalCount nodes { code } } }';

test('a rejected receivable goes to the recycle bin and comes back; approved and pending ones are refused', async () => {
  const li = await as(db, c.li);
  await saveFlow(db, c.settings, 'RECEIVABLE', [{ name: '财务确认', approverType: 'ROLE', roleId: String((await roleByCode(db, 'FINANCE')).id) }]);
  const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '100.00' });
  const record = async (amount: string) => (await ok(li, RECORD, { input: { contractId: contract.id, amount, receivedDate: '2026-12-01' } })).createReceivable;
  const stepOf = async (id: string) => db.getRepository(ApprovalStep).findOneByOrFail({ documentType: 'RECEIVABLE' as never, documentId: Number(id) });
  const approved = await record('30.00');
  await decide(db, c.finance, (await stepOf(approved.id)).id, 'approve');
  const rejected = await record('20.00');
  await decide(db, c.finance, (await stepOf(rejected.id)).id, 'reject', '未到账');
  const pending = await record('10.00');
  await saveFlow(db, c.settings, 'RECEIVABLE', [], false);

  for (const kept of [approved, pending]) {
    const refused = await gql(li, DELETE, { ids: [kept.id] });
    expect(codeOf(refused)).toBe('CONFLICT');
  }
  // All or nothing: one that may not be deleted keeps the rejected one too.
  expect(codeOf(await gql(li, DELETE, { ids: [rejected.id, approved.id] }))).toBe('CONFLICT');
  // Outside the contract's scope (zhao sells elsewhere): as if it did not exist; so is an id that does not.
  expect(codeOf(await gql(await as(db, c.zhao), DELETE, { ids: [rejected.id] }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(li, DELETE, { ids: ['999999'] }))).toBe('NOT_FOUND');

  const before = (await ok(li, CONTRACT, { id: contract.id })).contract;
  expect((await ok(li, DELETE, { ids: [rejected.id] })).deleteReceivables.ids).toEqual([rejected.id]);
  const after = (await ok(li, CONTRACT, { id: contract.id })).contract;
  expect(after.receivables.map((r: { code: string }) => r.code).sort()).toEqual([approved.code, pending.code].sort());
  expect({ received: after.receivedAmount, outstanding: after.outstandingAmount }).toEqual({ received: before.receivedAmount, outstanding: before.outstandingAmount });
  expect((await ok(li, LIST, { f: { contractId: contract.id } })).receivables.nodes.map((n: { code: string }) => n.code)).not.toContain(rejected.code);
  expect(await db.getRepository(AuditLog).countBy({ action: 'delete', entityType: 'receivable', entityId: Number(rejected.id) })).toBe(1);

  const inBin = (await ok(li, BIN, { filter: { type: 'RECEIVABLE' } })).recycleBin;
  expect(inBin.nodes).toEqual([{ id: rejected.id, code: rejected.code, deletedBy: { id: String(c.li.id) }, viewerCanRestore: true }]);
  expect((await ok(await as(db, c.zhao), BIN, { filter: { type: 'RECEIVABLE' } })).recycleBin.totalCount).toBe(0);
  expect(codeOf(await gql(await as(db, c.zhao), RESTORE, { input: { type: 'RECEIVABLE', ids: [rejected.id] } }))).toBe('NOT_FOUND');

  expect((await ok(li, RESTORE, { input: { type: 'RECEIVABLE', ids: [rejected.id] } })).restoreRecords.ids).toEqual([rejected.id]);
  expect((await ok(li, CONTRACT, { id: contract.id })).contract.receivables.map((r: { code: string }) => r.code)).toContain(rejected.code);
  expect((await ok(li, BIN, { filter: { type: 'RECEIVABLE' } })).recycleBin.totalCount).toBe(0);
});
