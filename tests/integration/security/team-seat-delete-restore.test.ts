// Bug class: a team seat doing more than the owner side allows. Deleting and restoring a contact follow the
// customer's rule exactly (owner-side write scope; a can-edit seat edits but never deletes or restores), and
// every refusal writes nothing.
import { DataSource } from 'typeorm';
import { Contact, Customer, CustomerTeamMember, User } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, codeOf, gql, tokenFor } from '../../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../../support/factories';
import { snapshot } from '../org-support';

let db: DataSource;
let owner: User;
const actors: Record<string, { user: User; as: As; seat: 'none' | 'read' | 'edit' }> = {};

const CUSTOMER = {
  delete: 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }',
  restore: 'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }',
};
const CONTACT = {
  delete: 'mutation($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }',
  restore: 'mutation($ids: [ID!]!) { restoreContacts(ids: $ids) { id } }',
  update: 'mutation($id: ID!) { updateContact(id: $id, input: { remarks: "席位修改" }) { id } }',
};

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  const beijing = await makeDepartment(db, north, '北京');
  const south = await makeDepartment(db, root, '华南');
  const sales = await roleByCode(db, 'SALES');
  // Every permission a salesperson has plus contact:delete and customer:restore, so only the scope decides.
  const permissions = [...new Set([...sales.permissions, 'contact:delete', 'customer:restore', 'customer:delete'])];
  const seller = await makeRole(db, { name: '销售含删除', read: ScopeLevel.SELF, permissions });
  const regional = await makeRole(db, { name: '区域经理写', read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, permissions });
  owner = await makeUser(db, beijing, [seller], { name: '业务员甲' });
  const add = async (key: string, user: User, seat: 'none' | 'read' | 'edit') => { actors[key] = { user, as: await tokenFor(db, user), seat }; };
  await add('owner', owner, 'none');
  await add('manager', await makeUser(db, north, [regional], { name: '华北经理' }), 'none');
  await add('editSeat', await makeUser(db, south, [seller], { name: '可编辑同事' }), 'edit');
  await add('readSeat', await makeUser(db, south, [seller], { name: '只读同事' }), 'read');
  await add('stranger', await makeUser(db, south, [seller], { name: '陌生人' }), 'none');
});
afterAll(async () => closeTestDatabase(db));

/** A fresh customer of the owner with one contact, team seats as the actors need, optionally in the recycle bin. */
async function fixture(deleted: boolean) {
  const customer = await makeCustomer(db, owner);
  const contact = await makeContact(db, customer);
  const seats = Object.values(actors).filter((a) => a.seat !== 'none').map((a) => ({ customerId: customer.id, userId: a.user.id, canEdit: a.seat === 'edit' }));
  await db.getRepository(CustomerTeamMember).insert(seats);
  if (deleted) {
    await db.getRepository(Contact).update({ id: contact.id }, { deletedAt: new Date() });
  }
  return { customer, contact };
}

test.each(['owner', 'manager', 'editSeat', 'readSeat', 'stranger'])('%s: deleting a contact answers exactly as deleting its customer, and a refusal writes nothing', async (key) => {
  const actor = actors[key];
  const forContact = await fixture(false);
  const contactResult = await expectOutcome(actor.as, CONTACT.delete, { ids: [forContact.contact.id] });
  const forCustomer = await fixture(false);
  const customerResult = await expectOutcome(actor.as, CUSTOMER.delete, { ids: [forCustomer.customer.id] });
  expect([key, contactResult]).toEqual([key, customerResult]);
  expect([key, contactResult]).toEqual([key, { owner: 'OK', manager: 'OK', editSeat: 'FORBIDDEN', readSeat: 'FORBIDDEN', stranger: 'NOT_FOUND' }[key]]);
});

test.each(['owner', 'manager', 'editSeat', 'readSeat', 'stranger'])('%s: restoring a contact answers exactly as restoring a customer, and a refusal writes nothing', async (key) => {
  const actor = actors[key];
  const forContact = await fixture(true);
  const contactResult = await expectOutcome(actor.as, CONTACT.restore, { ids: [forContact.contact.id] });
  const forCustomer = await fixture(false);
  await db.getRepository(Customer).update({ id: forCustomer.customer.id }, { deletedAt: new Date(), nameKey: null });
  const customerResult = await expectOutcome(actor.as, CUSTOMER.restore, { ids: [forCustomer.customer.id] });
  expect([key, contactResult]).toEqual([key, customerResult]);
  expect([key, contactResult]).toEqual([key, { owner: 'OK', manager: 'OK', editSeat: 'FORBIDDEN', readSeat: 'FORBIDDEN', stranger: 'NOT_FOUND' }[key]]);
});

test('a can-edit seat still edits the contact (the edit rule is unchanged)', async () => {
  const { contact } = await fixture(false);
  expect(codeOf(await gql(actors.editSeat.as, CONTACT.update, { id: contact.id }))).toBeUndefined();
  expect(codeOf(await gql(actors.readSeat.as, CONTACT.update, { id: contact.id }))).toBe('FORBIDDEN');
});

/** Runs the mutation: 'OK' on success, else the error code, after checking that the refusal wrote nothing. */
async function expectOutcome(as: As, query: string, variables: Record<string, unknown>): Promise<string> {
  const before = await snapshot(db);
  const code = codeOf(await gql(as, query, variables));
  if (code) expect(await snapshot(db)).toEqual(before);
  return code ?? 'OK';
}
