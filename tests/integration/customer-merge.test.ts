// 合并客户 (issue 12 item 4, seed 002 §3.1.4): duplicates merge into the earliest created one with the values chosen
// field by field; contacts, follow-ups, opportunities, contracts (and their receivables), attachments, team seats and
// pool history move to it; the others are soft-deleted with merged_into_id, and their old codes find the kept one in
// 查重. Only customers in the merger's owner-side write scope (a hidden one answers like a missing one); bad input
// is BAD_USER_INPUT; refusals write nothing.
import { DataSource, In } from 'typeorm';
import {
  Attachment, AuditLog, Contact, Contract, Customer, CustomerPoolHistory, CustomerTeamMember, FollowUp, Opportunity, Pool, Receivable, User, UserRole,
} from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeRole, roleByCode } from '../support/factories';
import { makeOpportunity } from './contract-support';
import { makeContract, offboardingCompany } from './offboarding-support';
import { tableChecksums } from './security/support';

const MERGE = `mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { kept { id code name phone email industry } mergedIds } }`;
const SEARCH = 'query($input: DuplicateSearchInput!) { duplicateCustomers(input: $input) { code name ownerName matchedBy } }';

let db: DataSource;
let li: User;
let sun: User;
let zhou: User;
let asLi: As;
let asSun: As;

beforeAll(async () => {
  db = await openTestDatabase();
  const c = await offboardingCompany(db);
  [li, sun, zhou] = [c.li.user, c.sun.user, c.zhou.user];
  // li: a salesperson who may merge, own records only; sun: a plain salesperson.
  const sales = await roleByCode(db, 'SALES');
  const merger = await makeRole(db, { name: '可合并销售', read: ScopeLevel.SELF, write: ScopeLevel.SELF, permissions: [...sales.permissions, 'customer:merge'] });
  await db.getRepository(UserRole).delete({ userId: li.id });
  await db.getRepository(UserRole).insert({ userId: li.id, roleId: merger.id });
  [asLi, asSun] = [await tokenFor(db, li), await tokenFor(db, sun)];
});
afterAll(async () => closeTestDatabase(db));

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

async function trio(tag: string) {
  const kept = await makeCustomer(db, li, { name: `华信商贸${tag}`, phone: null, email: 'old@huaxin.cn', industry: '商贸', createdAt: day(1) });
  const second = await makeCustomer(db, li, { name: `华信商贸${tag}北京`, phone: '010-88886666', email: null, industry: null, createdAt: day(2) });
  const third = await makeCustomer(db, li, { name: `北京华信${tag}`, phone: '010-12345678', email: 'new@huaxin.cn', industry: '零售', createdAt: day(3) });
  return { kept, second, third };
}

describe('merging duplicates', () => {
  test('keeps the earliest created, takes the chosen values, moves everything and soft-deletes the others', async () => {
    const { kept, second, third } = await trio('甲');
    const contacts = [await makeContact(db, second), await makeContact(db, third)];
    const followUp = await db.getRepository(FollowUp).save(db.getRepository(FollowUp).create({
      parentType: 'customer', parentId: second.id, subject: '致电', method: FollowUpMethod.PHONE, objective: '目的', result: '结果', occurredAt: new Date(), authorId: li.id }));
    const opportunity = await makeOpportunity(db, third, li);
    const contract = await makeContract(db, second, li, ContractStatus.APPROVED);
    const receivable = await db.getRepository(Receivable).save(db.getRepository(Receivable).create({
      code: `HK-MERGE-${second.id}`, contractId: contract.id, amount: '100.00', receivedDate: '2026-11-01', status: ReceivableStatus.APPROVED, recordedById: li.id }));
    const attachment = await db.getRepository(Attachment).save(db.getRepository(Attachment).create({
      entityType: 'customer', entityId: third.id, fileName: '名片.png', storageName: `merge-${third.id}`, mimeType: 'image/png', size: 10, uploadedById: li.id }));
    await db.getRepository(CustomerTeamMember).insert([{ customerId: second.id, userId: sun.id, canEdit: true }, { customerId: third.id, userId: sun.id, canEdit: false }]);
    const pool = await db.getRepository(Pool).findOneByOrFail({ isDefault: true });
    const history = await db.getRepository(CustomerPoolHistory).save(db.getRepository(CustomerPoolHistory).create({
      customerId: third.id, event: PoolEvent.CLAIM, poolId: pool.id, fromOwnerId: null, toOwnerId: li.id, actorId: li.id }));

    // The ids in any order: the earliest created is kept whatever is named first.
    const result = (await ok(asLi, MERGE, { input: {
      ids: [String(third.id), String(kept.id), String(second.id)],
      choices: [{ field: 'name', customerId: String(third.id) }, { field: 'phone', customerId: String(second.id) }, { field: 'industry', customerId: String(kept.id) }],
    } })).mergeCustomers;
    // name from third, phone from second; industry kept's; email kept's (not chosen, kept has one).
    expect(result.kept).toEqual({ id: String(kept.id), code: kept.code, name: third.name, phone: '010-88886666', email: 'old@huaxin.cn', industry: '商贸' });
    expect(result.mergedIds.map(Number).sort()).toEqual([second.id, third.id].sort());

    const others = await db.getRepository(Customer).findBy({ id: In([second.id, third.id]) });
    for (const other of others) expect(other).toMatchObject({ mergedIntoId: kept.id, deletedById: li.id, nameKey: null });
    for (const other of others) expect(other.deletedAt).not.toBeNull();
    expect((await db.getRepository(Contact).findBy({ id: In(contacts.map((x) => x.id)) })).map((x) => x.customerId)).toEqual([kept.id, kept.id]);
    expect((await db.getRepository(FollowUp).findOneByOrFail({ id: followUp.id })).parentId).toBe(kept.id);
    expect((await db.getRepository(Opportunity).findOneByOrFail({ id: opportunity.id })).customerId).toBe(kept.id);
    expect((await db.getRepository(Contract).findOneByOrFail({ id: contract.id })).customerId).toBe(kept.id);
    expect((await db.getRepository(Receivable).findOneByOrFail({ id: receivable.id })).contractId).toBe(contract.id);
    expect((await db.getRepository(Attachment).findOneByOrFail({ id: attachment.id })).entityId).toBe(kept.id);
    expect((await db.getRepository(CustomerPoolHistory).findOneByOrFail({ id: history.id })).customerId).toBe(kept.id);
    // sun's two seats become one edit seat on the kept customer.
    expect(await db.getRepository(CustomerTeamMember).findBy({ userId: sun.id, customerId: In([kept.id, second.id, third.id]) }))
      .toEqual([expect.objectContaining({ customerId: kept.id, canEdit: true })]);

    // Through the API: the kept customer holds the contacts; the merged ones are gone from the list.
    const read = await ok(asLi, `query($id: ID!) { customer(id: $id) { id name contacts { id } } }`, { id: String(kept.id) });
    expect(read.customer.contacts.map((x: { id: string }) => Number(x.id)).sort()).toEqual(contacts.map((x) => x.id).sort());
    // A merged customer is in the recycle bin, pointing at the kept one.
    const gone = (await ok(asLi, `query($id: ID!) { customer(id: $id) { id deletedAt mergedIntoId } }`, { id: String(second.id) })).customer;
    expect(gone).toMatchObject({ mergedIntoId: String(kept.id), deletedAt: expect.any(String) });
    const live = (await ok(asLi, `query($k: String) { customers(filter: { keyword: $k }) { nodes { id } } }`, { k: '华信' })).customers.nodes.map((n: { id: string }) => Number(n.id));
    expect(live).toContain(kept.id);
    expect(live).not.toContain(second.id);

    // 查重: a merged customer's old code finds the kept one.
    const hits = (await ok(asSun, SEARCH, { input: { name: second.code } })).duplicateCustomers;
    expect(hits).toEqual([expect.objectContaining({ code: kept.code, name: third.name, matchedBy: expect.arrayContaining(['CODE']) })]);

    const audit = await db.getRepository(AuditLog).findBy({ entityType: 'customer', entityId: In([kept.id, second.id, third.id]), action: In(['merge', 'merged']) });
    expect(audit.map((a) => `${a.action}:${a.entityId}`).sort()).toEqual([`merge:${kept.id}`, `merged:${second.id}`, `merged:${third.id}`].sort());
    const entry = audit.find((a) => a.action === 'merge')!;
    expect(entry.actorId).toBe(li.id);
    expect(entry.changes).toMatchObject({ fields: { name: [kept.name, third.name], phone: [null, '010-88886666'] }, moved: { contacts: 2, contracts: 1, opportunities: 1, followUps: 1, attachments: 1, poolHistory: 1 } });
  });

  test('an unchosen empty field takes the first value among the others', async () => {
    const { kept, second } = await trio('乙');
    const result = (await ok(asLi, MERGE, { input: { ids: [String(kept.id), String(second.id)] } })).mergeCustomers;
    expect(result.kept).toMatchObject({ name: kept.name, phone: '010-88886666', email: 'old@huaxin.cn' });
  });
});

describe('refusals write nothing', () => {
  const refused = async (as: As, input: Record<string, unknown>) => {
    const before = await tableChecksums(db);
    const result = await gql(as, MERGE, { input });
    expect(await tableChecksums(db)).toEqual(before);
    return result;
  };

  test('a customer outside the write scope answers exactly like a missing one', async () => {
    const { kept } = await trio('丙');
    const hidden = await makeCustomer(db, zhou, { name: '周洋的华信商贸' });
    const outside = await refused(asLi, { ids: [String(kept.id), String(hidden.id)] });
    const missing = await refused(asLi, { ids: [String(kept.id), '987654321'] });
    expect(codeOf(outside)).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  test('without customer:merge: FORBIDDEN', async () => {
    const mine = [await makeCustomer(db, sun, { name: '孙磊客户一' }), await makeCustomer(db, sun, { name: '孙磊客户二' })];
    expect(codeOf(await refused(asSun, { ids: mine.map((x) => String(x.id)) }))).toBe('FORBIDDEN');
  });

  test.each([
    ['one id', (a: number) => ({ ids: [String(a)] }), 'ids'],
    ['the same id twice', (a: number) => ({ ids: [String(a), String(a)] }), 'ids'],
    ['an unknown field', (a: number, b: number) => ({ ids: [String(a), String(b)], choices: [{ field: 'ownerId', customerId: String(b) }] }), 'choices.0.field'],
    ['a choice naming another customer', (a: number, b: number) => ({ ids: [String(a), String(b)], choices: [{ field: 'phone', customerId: '987654321' }] }), 'choices.0.customerId'],
    ['a field chosen twice', (a: number, b: number) => ({ ids: [String(a), String(b)], choices: [{ field: 'phone', customerId: String(a) }, { field: 'phone', customerId: String(b) }] }), 'choices.1.field'],
  ])('%s: BAD_USER_INPUT naming the field', async (_name, input, field) => {
    const { kept, second } = await trio(`丁${field}${_name.length}`);
    const result = await refused(asLi, input(kept.id, second.id));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field })]);
  });
});
