// Follow-ups on leads: logged like any other, and moved to the new customer when the lead is converted
// ("the follow-up history moves with them"), with the customer's follow-up times taken over.
import { DataSource } from 'typeorm';
import { Customer, FollowUp, Lead } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { ok } from '../support/api';
import { makeDepartment, rootDepartment } from '../support/factories';
import { Actor, LIST, actor, logFollowUp } from './followup-support';

let db: DataSource;
let li: Actor; let sun: Actor;
const HOUR = 3600000;
const seconds = (value: string | Date | null) => (value ? Math.floor(new Date(value).getTime() / 1000) : null);

beforeAll(async () => {
  db = await openTestDatabase();
  const north = await makeDepartment(db, await rootDepartment(db), '华北');
  li = await actor(db, ['SALES'], north);
  sun = await actor(db, ['SALES'], north);
});
afterAll(async () => closeTestDatabase(db));

const makeLead = (owner: Actor, input: Partial<Lead> = {}) => db.getRepository(Lead).save(db.getRepository(Lead).create({
  name: '张宏', company: `线索转化测试${Math.random().toString(36).slice(2, 8)}有限公司`, status: LeadStatus.NEW, ownerId: owner.user.id, createdById: owner.user.id, ...input,
}));

test('follow-ups on a lead are visible with the lead and move to the customer it converts into', async () => {
  const plan = new Date(Date.now() + 72 * HOUR);
  const lead = await makeLead(li, { nextContactAt: plan });
  const first = await logFollowUp(li.as, 'lead', lead.id, { occurredAt: new Date(Date.now() - 48 * HOUR).toISOString(), nextContactAt: new Date(Date.now() - 24 * HOUR).toISOString() });
  const second = await logFollowUp(li.as, 'lead', lead.id, { occurredAt: new Date(Date.now() - 2 * HOUR).toISOString() });
  expect(second.parent).toMatchObject({ type: 'lead', title: '张宏' });
  expect((await ok(sun.as, 'query($id: ID!) { followUp(id: $id) { id } }', { id: first.id })).followUp).toBeNull();

  await ok(li.as, 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id } }', { input: { ids: [String(lead.id)] } });
  const converted = await db.getRepository(Lead).findOneByOrFail({ id: lead.id });
  const customerId = converted.convertedCustomerId!;
  const moved = await db.getRepository(FollowUp).findBy({ parentType: 'customer', parentId: customerId });
  expect(moved.map((f) => f.id).sort()).toEqual([Number(first.id), Number(second.id)].sort());
  expect(await db.getRepository(FollowUp).countBy({ parentType: 'lead', parentId: lead.id })).toBe(0);
  const customer = await db.getRepository(Customer).findOneByOrFail({ id: customerId });
  expect(seconds(customer.lastFollowUpAt)).toBe(seconds(second.occurredAt));
  expect(seconds(customer.nextFollowUpAt)).toBe(seconds(plan)); // the lead's plan survives; the superseded one does not
  const list = await ok(li.as, LIST, { filter: { parentType: 'customer', parentId: String(customerId) } });
  expect(list.followUps.totalCount).toBe(2);
});
