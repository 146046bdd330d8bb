// Lead transfer: to a colleague within the transferrer's lead transfer scope, one or many, all or nothing, audited,
// the new owner notified; converted leads stay where they are.
import { DataSource } from 'typeorm';
import { AuditLog, Lead, Notification } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { ScopeLevel } from '@/lib/access/scopes';
import { makeRole, makeUser, roleByCode } from '../support/factories';
import { Company, expectUnchanged, fieldsOf, makeCompany, makeLead } from './lead-support';

let db: DataSource;
let co: Company;

const TRANSFER = 'mutation($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id } } }';
const transfer = (ids: (number | string)[], toUserId: number | string) => ({ input: { ids: ids.map(String), toUserId: String(toUserId) } });

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

test('the regional manager moves several leads to a salesperson of the region; audited; the new owner is notified', async () => {
  const a = await makeLead(db, co.li, { name: '甲' });
  const b = await makeLead(db, co.manager, { name: '乙' });
  const moved = (await ok(co.as.manager, TRANSFER, transfer([a.id, b.id], co.sun.id))).transferLeads;
  expect(moved.map((l: { owner: { id: string } }) => l.owner.id)).toEqual([String(co.sun.id), String(co.sun.id)]);
  const entries = await db.getRepository(AuditLog).find({ where: { entityType: 'lead', action: 'transfer' }, order: { entityId: 'ASC' } });
  expect(entries.map((e) => [e.entityId, e.changes, e.actorId])).toEqual([
    [a.id, { ownerId: [co.li.id, co.sun.id] }, co.manager.id],
    [b.id, { ownerId: [co.manager.id, co.sun.id] }, co.manager.id],
  ]);
  const notes = await db.getRepository(Notification).find({ where: { userId: co.sun.id, kind: 'lead.transfer' }, order: { entityId: 'ASC' } });
  expect(notes.map((n) => n.entityId)).toEqual([a.id, b.id]);
  // The old owner no longer sees the lead; the new one does.
  expect((await ok(co.as.li, 'query($id: ID!) { lead(id: $id) { id } }', { id: String(a.id) })).lead).toBeNull();
  expect((await ok(co.as.sun, 'query($id: ID!) { lead(id: $id) { id } }', { id: String(a.id) })).lead).toEqual({ id: String(a.id) });
});

test('a target outside the write scope, a disabled user or an unknown user is refused, and nothing changes', async () => {
  const lead = await makeLead(db, co.li);
  const disabled = await makeUser(db, co.beijing, [co.sales], { status: UserStatus.DISABLED });
  for (const target of [co.zhou.id, disabled.id, 987654]) {
    const result = await expectUnchanged(db, () => gql(co.as.manager, TRANSFER, transfer([lead.id], target)));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['toUserId']);
  }
});

test('leads outside the read scope are NOT_FOUND; one foreign lead refuses the whole batch', async () => {
  const mine = await makeLead(db, co.li);
  const southern = await makeLead(db, co.zhou);
  const result = await expectUnchanged(db, () => gql(co.as.manager, TRANSFER, transfer([mine.id, southern.id], co.sun.id)));
  expect(codeOf(result)).toBe('NOT_FOUND');
  expect(codeOf(await gql(co.as.manager, TRANSFER, transfer([], co.sun.id)))).toBe('BAD_USER_INPUT');
});

test('transferring needs lead:transfer (salespeople lack it) and transfer access to every lead', async () => {
  const own = await makeLead(db, co.li);
  expect(codeOf(await expectUnchanged(db, () => gql(co.as.li, TRANSFER, transfer([own.id], co.sun.id))))).toBe('FORBIDDEN');
  // A role that reads its department's leads but writes and transfers only its own: FORBIDDEN, nothing changes.
  const narrow = await makeRole(db, { permissions: ['lead:transfer'], defaultScope: { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF, transfer: ScopeLevel.SELF } });
  const clerk = await makeUser(db, co.north, [narrow]);
  const clerkAs = await tokenFor(db, clerk);
  expect(codeOf(await expectUnchanged(db, () => gql(clerkAs, TRANSFER, transfer([own.id], clerk.id))))).toBe('FORBIDDEN');
  // The built-in department manager edits only his own leads but transfers his department's (seeds 001, 004).
  const dept = await makeUser(db, co.north, [await roleByCode(db, 'DEPT_MANAGER')]);
  const deptAs = await tokenFor(db, dept);
  expect(codeOf(await gql(deptAs, 'mutation($id: ID!) { updateLead(id: $id, input: { remarks: "x" }) { id } }', { id: String(own.id) }))).toBe('FORBIDDEN');
  const moved = await gql(deptAs, TRANSFER, transfer([own.id], dept.id));
  expect(codeOf(moved)).toBeUndefined();
  expect((await db.getRepository(Lead).findOneByOrFail({ id: own.id })).ownerId).toBe(dept.id);
});

test('a converted lead cannot be transferred (CONFLICT naming it); the batch is refused as a whole', async () => {
  const open = await makeLead(db, co.li, { name: '开放线索' });
  const done = await makeLead(db, co.li, { name: '已转化线索', status: LeadStatus.CONVERTED, convertedAt: new Date() });
  const result = await expectUnchanged(db, () => gql(co.as.manager, TRANSFER, transfer([open.id, done.id], co.sun.id)));
  expect(codeOf(result)).toBe('CONFLICT');
  expect(result.errors![0].extensions!.leads).toEqual([{ id: String(done.id), name: '已转化线索' }]);
  expect((await db.getRepository(Lead).findOneByOrFail({ id: open.id })).ownerId).toBe(co.li.id);
});

test('transferring a lead to its current owner changes nothing and writes no audit entry', async () => {
  const lead = await makeLead(db, co.sun);
  const before = await db.getRepository(AuditLog).countBy({ entityType: 'lead', entityId: lead.id });
  expect((await ok(co.as.manager, TRANSFER, transfer([lead.id], co.sun.id))).transferLeads[0].owner.id).toBe(String(co.sun.id));
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'lead', entityId: lead.id })).toBe(before);
});
