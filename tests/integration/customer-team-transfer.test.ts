// Customer team seats (read-only / can-edit) and transfers between owners, through the real endpoint.
import { DataSource } from 'typeorm';
import { AuditLog, Contact, Customer, CustomerTeamMember, Department, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let owner: User;
let colleague: User;
let stranger: User;
let manager: User;
let teamMate: User;
let beijing: Department;
let asOwner: As;
let asColleague: As;
let asManager: As;

const SET = 'mutation($c: ID!, $u: ID!, $e: Boolean) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: $e) { userId canEdit } }';
const REMOVE = 'mutation($c: ID!, $u: ID!) { removeCustomerTeamMember(customerId: $c, userId: $u) }';
const SEE = 'query($id: ID!) { customer(id: $id) { id viewerCanEdit viewerCanManage team { user { id } canEdit } } }';
const UPDATE = 'mutation($id: ID!) { updateCustomer(id: $id, input: { remarks: "团队成员修改" }) { id remarks } }';
const TRANSFER = `mutation($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id } team { user { id } canEdit } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  const sales = await roleByCode(db, 'SALES');
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北大区');
  beijing = await makeDepartment(db, north, '北京组');
  const south = await makeDepartment(db, root, '华南大区');
  // A regional manager who may read and change everything in their region (and transfer within it).
  const regional = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, permissions: [...sales.permissions, 'customer:transfer'] });
  manager = await makeUser(db, north, [regional], { name: '区域经理' });
  owner = await makeUser(db, beijing, [sales], { name: '业务员甲' });
  teamMate = await makeUser(db, beijing, [sales], { name: '业务员乙' });
  colleague = await makeUser(db, south, [sales], { name: '华南同事' });
  stranger = await makeUser(db, south, [sales], { name: '华南陌生人' });
  asOwner = await tokenFor(db, owner);
  asColleague = await tokenFor(db, colleague);
  asManager = await tokenFor(db, manager);
});
afterAll(async () => closeTestDatabase(db));

describe('team', () => {
  test('a read-only seat lets a colleague see the customer but not change it; can-edit lets them edit; removal hides it again', async () => {
    const c = await makeCustomer(db, owner, { name: '北京燕山石化设备有限公司' });
    const contact = await makeContact(db, c, { name: '采购部刘经理' });
    const id = String(c.id);
    expect((await ok(asColleague, SEE, { id })).customer).toBeNull();

    expect((await ok(asOwner, SET, { c: id, u: String(colleague.id), e: false })).setCustomerTeamMember).toEqual({ userId: String(colleague.id), canEdit: false });
    const seen = (await ok(asColleague, SEE, { id })).customer;
    expect(seen).toMatchObject({ viewerCanEdit: false, viewerCanManage: false, team: [{ user: { id: String(colleague.id) }, canEdit: false }] });
    expect((await ok(asColleague, 'query($id: ID!) { contact(id: $id) { id } }', { id: String(contact.id) })).contact).toEqual({ id: String(contact.id) });
    expect(codeOf(await gql(asColleague, UPDATE, { id }))).toBe('FORBIDDEN');

    await ok(asOwner, SET, { c: id, u: String(colleague.id), e: true });
    expect((await ok(asColleague, UPDATE, { id })).updateCustomer.remarks).toBe('团队成员修改');
    expect((await ok(asColleague, SEE, { id })).customer).toMatchObject({ viewerCanEdit: true, viewerCanManage: false });

    // Even a can-edit seat does not allow deleting, locking, transferring or changing the team.
    expect(codeOf(await gql(asColleague, 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }', { ids: [id] }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(asColleague, 'mutation($ids: [ID!]!) { lockCustomers(ids: $ids) { id } }', { ids: [id] }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(asColleague, SET, { c: id, u: String(stranger.id), e: true }))).toBe('FORBIDDEN');
    expect(await db.getRepository(CustomerTeamMember).countBy({ customerId: c.id })).toBe(1);
    expect((await db.getRepository(Customer).findOneByOrFail({ id: c.id })).deletedAt).toBeNull();

    expect((await ok(asOwner, REMOVE, { c: id, u: String(colleague.id) })).removeCustomerTeamMember).toBe(true);
    expect((await ok(asColleague, SEE, { id })).customer).toBeNull();
    expect(codeOf(await gql(asColleague, UPDATE, { id }))).toBe('NOT_FOUND');

    const actions = (await db.getRepository(AuditLog).find({ where: { entityType: 'customer', entityId: c.id }, order: { id: 'ASC' } })).map((a) => a.action);
    expect(actions).toEqual(['team.add', 'team.update', 'update', 'team.remove']);
  });

  test('the owner, an inactive or disabled user or an unknown user cannot be given a seat', async () => {
    const c = await makeCustomer(db, owner, { name: '北京中关村芯片有限公司' });
    const gone = await makeUser(db, await rootDepartment(db), [], { status: UserStatus.DISABLED });
    const newcomer = await makeUser(db, await rootDepartment(db), [], { status: UserStatus.INACTIVE });
    for (const userId of [owner.id, gone.id, newcomer.id, 99999999]) {
      const result = await gql(asOwner, SET, { c: String(c.id), u: String(userId), e: false });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'userId' })]);
    }
    expect(await db.getRepository(CustomerTeamMember).countBy({ customerId: c.id })).toBe(0);
  });
});

describe('transferCustomers', () => {
  test('moves the owner, and with withContacts the live contacts too; audits each customer', async () => {
    const a = await makeCustomer(db, owner, { name: '天津港口物流有限公司' });
    const b = await makeCustomer(db, owner, { name: '天津滨海化工有限公司' });
    const [ca, cb] = [await makeContact(db, a), await makeContact(db, b)];
    await ok(asManager, TRANSFER, { input: { ids: [String(a.id)], toUserId: String(teamMate.id), withContacts: true } });
    await ok(asManager, TRANSFER, { input: { ids: [String(b.id)], toUserId: String(teamMate.id), withContacts: false } });
    expect((await db.getRepository(Customer).findOneByOrFail({ id: a.id })).ownerId).toBe(teamMate.id);
    expect((await db.getRepository(Contact).findOneByOrFail({ id: ca.id })).ownerId).toBe(teamMate.id);
    expect((await db.getRepository(Contact).findOneByOrFail({ id: cb.id })).ownerId).toBe(owner.id);
    const [entry] = await db.getRepository(AuditLog).findBy({ entityType: 'customer', entityId: a.id, action: 'transfer' });
    expect(entry.actorId).toBe(manager.id);
    expect(entry.changes).toMatchObject({ ownerId: [owner.id, teamMate.id], withContacts: true, contactsMoved: 1 });
    // The old owner no longer sees it.
    expect((await ok(asOwner, SEE, { id: String(a.id) })).customer).toBeNull();
  });

  test('keepOldOwnerInTeam leaves the old owner a read-only seat; the new owner loses any seat they had', async () => {
    const c = await makeCustomer(db, owner, { name: '石家庄钢铁贸易有限公司' });
    await db.getRepository(CustomerTeamMember).insert({ customerId: c.id, userId: teamMate.id, canEdit: true });
    const moved = (await ok(asManager, TRANSFER, { input: { ids: [String(c.id)], toUserId: String(teamMate.id), keepOldOwnerInTeam: true } })).transferCustomers[0];
    expect(moved.owner).toEqual({ id: String(teamMate.id) });
    expect(moved.team).toEqual([{ user: { id: String(owner.id) }, canEdit: false }]);
    const seen = (await ok(asOwner, SEE, { id: String(c.id) })).customer;
    expect(seen).toMatchObject({ viewerCanEdit: false });
  });

  test('a target outside the write scope, inactive or disabled is BAD_USER_INPUT and nothing moves', async () => {
    const c = await makeCustomer(db, owner, { name: '保定汽车配件有限公司' });
    const contact = await makeContact(db, c);
    const newcomer = await makeUser(db, await rootDepartment(db), [], { status: UserStatus.INACTIVE });
    const inRegionInactive = await makeUser(db, beijing, [], { status: UserStatus.INACTIVE });
    const inRegionDisabled = await makeUser(db, beijing, [], { status: UserStatus.DISABLED });
    const audits = await db.getRepository(AuditLog).count();
    for (const target of [colleague, newcomer, inRegionInactive, inRegionDisabled]) {
      const result = await gql(asManager, TRANSFER, { input: { ids: [String(c.id)], toUserId: String(target.id), withContacts: true } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'toUserId' })]);
    }
    expect((await db.getRepository(Customer).findOneByOrFail({ id: c.id })).ownerId).toBe(owner.id);
    expect((await db.getRepository(Contact).findOneByOrFail({ id: contact.id })).ownerId).toBe(owner.id);
    expect(await db.getRepository(AuditLog).count()).toBe(audits);
  });

  test('needs the customer:transfer permission and the customer in the owner write scope', async () => {
    const c = await makeCustomer(db, owner, { name: '唐山陶瓷制品有限公司' });
    // A salesperson has no transfer permission at all.
    expect(codeOf(await gql(asOwner, TRANSFER, { input: { ids: [String(c.id)], toUserId: String(teamMate.id) } }))).toBe('FORBIDDEN');
    // Someone else's customer outside the manager's region does not exist for them.
    const far = await makeCustomer(db, colleague, { name: '广州番禺珠宝有限公司' });
    expect(codeOf(await gql(asManager, TRANSFER, { input: { ids: [String(far.id)], toUserId: String(teamMate.id) } }))).toBe('NOT_FOUND');
    expect((await db.getRepository(Customer).findOneByOrFail({ id: far.id })).ownerId).toBe(colleague.id);
  });
});
