// Lead conversion: one customer per lead through the customer service (code, duplicate check, audit), a primary
// contact, the lead read-only and linked; all or nothing in one transaction; the hook seam for follow-ups.
import { DataSource, In } from 'typeorm';
import { AuditLog, Contact, Customer, Lead } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { registerLeadConversionHook, unregisterLeadConversionHook } from '@/lib/lead/lead-conversion.hooks';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeRole, makeUser } from '../support/factories';
import { ScopeLevel } from '@/lib/access';
import { Company, LEAD_FIELDS, expectUnchanged, makeCompany, makeLead } from './lead-support';

let db: DataSource;
let co: Company;

const CONVERT = `mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { ${LEAD_FIELDS} } }`;
const convert = (ids: (number | string)[], extra: Record<string, unknown> = {}) => ({ input: { ids: ids.map(String), ...extra } });

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

test('converting a lead creates a numbered customer owned by the lead owner, a primary contact, and marks the lead', async () => {
  const next = new Date(Date.UTC(2026, 11, 1, 8, 0, 0));
  const lead = await makeLead(db, co.li, {
    name: '张伟', company: '北京华信科技有限公司', mobile: '13800138000', phone: '010-62345678', email: 'zw@example.cn',
    source: '展会', address: '北京市海淀区', remarks: '重点跟进', status: LeadStatus.QUALIFIED, nextContactAt: next,
  });
  // The regional manager converts a lead of their salesperson.
  const [converted] = (await ok(co.as.manager, CONVERT, convert([lead.id], { customerType: 'DISTRIBUTOR', customerLevel: 'HIGH_GROWTH' }))).convertLeads;
  expect(converted).toMatchObject({ status: 'CONVERTED', viewerCanEdit: false, owner: { id: String(co.li.id) } });
  expect(converted.convertedAt).not.toBeNull();

  const customer = await db.getRepository(Customer).findOneByOrFail({ name: '北京华信科技有限公司' });
  expect(customer).toMatchObject({
    ownerId: co.li.id, createdById: co.manager.id, type: 'DISTRIBUTOR', level: 'HIGH_GROWTH', source: '展会', address: '北京市海淀区',
    contactName: '张伟', mobile: '13800138000', phone: '010-62345678', email: 'zw@example.cn', remarks: '重点跟进',
  });
  expect(customer.code).toMatch(/^KH\d{8}\d{4}$/);
  expect(customer.nextFollowUpAt?.getTime()).toBe(next.getTime());
  const contacts = await db.getRepository(Contact).findBy({ customerId: customer.id });
  expect(contacts).toEqual([expect.objectContaining({ name: '张伟', mobile: '13800138000', email: 'zw@example.cn', isPrimary: true, ownerId: co.li.id })]);

  const stored = await db.getRepository(Lead).findOneByOrFail({ id: lead.id });
  expect(stored).toMatchObject({ status: 'CONVERTED', convertedCustomerId: customer.id, convertedById: co.manager.id });
  // The owner sees the customer behind the lead.
  const asOwner = (await ok(co.as.li, `query($id: ID!) { lead(id: $id) { customer { id code owner { id } } } }`, { id: String(lead.id) })).lead;
  expect(asOwner.customer).toEqual({ id: String(customer.id), code: customer.code, owner: { id: String(co.li.id) } });

  const audit = await db.getRepository(AuditLog).find({ order: { id: 'ASC' } });
  expect(audit.map((a) => [a.entityType, a.action])).toEqual([['customer', 'create'], ['contact', 'create'], ['lead', 'convert']]);
  expect(audit[2].changes).toEqual({ status: ['QUALIFIED', 'CONVERTED'], customerId: customer.id, contactId: contacts[0].id });
  expect(audit[0].changes).toMatchObject({ name: '北京华信科技有限公司', ownerId: co.li.id, code: customer.code });
});

test('Lead.customer is null for a viewer who may read the lead but not the customer', async () => {
  // Leads: whole company; customers: only their own.
  const role = await makeRole(db, { read: ScopeLevel.SELF, permissions: ['lead:convert'], moduleScopes: { lead: { read: ScopeLevel.ALL, write: ScopeLevel.ALL } } });
  const auditor = await makeUser(db, co.root, [role]);
  const lead = await makeLead(db, co.zhou, { company: '广州启明新能源有限公司' });
  const as = await tokenFor(db, auditor);
  const [converted] = (await ok(as, CONVERT, convert([lead.id]))).convertLeads;
  expect(converted.status).toBe('CONVERTED');
  expect(converted.customer).toBeNull();
  const customer = await db.getRepository(Customer).findOneByOrFail({ name: '广州启明新能源有限公司' });
  expect(customer.ownerId).toBe(co.zhou.id);
  expect((await ok(co.as.zhou, `query($id: ID!) { lead(id: $id) { customer { id } } }`, { id: String(lead.id) })).lead.customer).toEqual({ id: String(customer.id) });
});

test('a lead without a company becomes a customer named after the person', async () => {
  const lead = await makeLead(db, co.sun, { name: '个体户王老板', company: null, mobile: '13700001111' });
  await ok(co.as.sun, CONVERT, convert([lead.id]));
  const customer = await db.getRepository(Customer).findOneByOrFail({ name: '个体户王老板' });
  expect(customer).toMatchObject({ ownerId: co.sun.id, type: 'DIRECT', level: 'NORMAL' });
});

test('a duplicate among five leads converts none: no customers, contacts, status changes, numbers or audit rows', async () => {
  const existing = await makeCustomer(db, co.zhou, { name: '天津远航物流有限公司' });
  const leads: Lead[] = [];
  for (const company of ['天津长城建设工程有限公司', '天津海纳医疗器械有限公司', '天津远航物流有限公司', '天津润丰食品有限公司', '天津嘉禾商贸有限公司']) {
    leads.push(await makeLead(db, co.li, { company, name: `联系人-${company.slice(2, 4)}` }));
  }
  const result = await expectUnchanged(db, () => gql(co.as.li, CONVERT, convert(leads.map((l) => l.id))));
  expect(codeOf(result)).toBe('CONFLICT');
  const ext = result.errors![0].extensions!;
  expect(ext.reason).toBe('DUPLICATE_CUSTOMER_NAME');
  // Told which lead and which customer (code, owner), as the duplicate check does for a single customer.
  expect(ext.leads).toEqual([{
    id: String(leads[2].id), name: leads[2].name, customerName: '天津远航物流有限公司', duplicateInSelection: false,
    existingCode: existing.code, existingOwnerName: co.zhou.name,
  }]);
  expect(result.errors![0].message).toContain(leads[2].name);
  // The two customers created before the duplicate was found were rolled back with everything else.
  expect(await db.getRepository(Customer).countBy({ name: In(['天津长城建设工程有限公司', '天津海纳医疗器械有限公司']) })).toBe(0);
});

test('every duplicate is reported: names equal after normalising, and two leads of one company in the same request', async () => {
  await makeCustomer(db, co.zhou, { name: '珠海卓越软件股份有限公司' });
  const a = await makeLead(db, co.li, { company: ' 珠海卓越软件股份有限公司 ' });
  const b = await makeLead(db, co.li, { company: '佛山万通机械制造有限公司' });
  const c = await makeLead(db, co.li, { company: '佛山万通机械制造有限公司' });
  const d = await makeLead(db, co.li, { company: '佛山正元科技有限公司' });
  const result = await expectUnchanged(db, () => gql(co.as.li, CONVERT, convert([a.id, b.id, c.id, d.id])));
  expect(codeOf(result)).toBe('CONFLICT');
  const reported = result.errors![0].extensions!.leads as { id: string; duplicateInSelection: boolean }[];
  expect(reported.map((r) => [r.id, r.duplicateInSelection])).toEqual([[String(a.id), false], [String(c.id), true]]);
});

test('converted leads cannot be converted again; unreadable leads are NOT_FOUND; lead:convert is required; bad options refused', async () => {
  const done = await makeLead(db, co.li, { status: LeadStatus.CONVERTED, convertedAt: new Date() });
  const fresh = await makeLead(db, co.li, { company: '唐山宏达新能源有限公司' });
  expect(codeOf(await expectUnchanged(db, () => gql(co.as.li, CONVERT, convert([fresh.id, done.id]))))).toBe('CONFLICT');
  const southern = await makeLead(db, co.zhou);
  expect(codeOf(await expectUnchanged(db, () => gql(co.as.li, CONVERT, convert([fresh.id, southern.id]))))).toBe('NOT_FOUND');
  expect(codeOf(await gql(co.as.li, CONVERT, convert([])))).toBe('BAD_USER_INPUT');
  const noConvert = await makeRole(db, { permissions: ['lead:create', 'lead:update'] });
  const user = await makeUser(db, co.beijing, [noConvert]);
  const own = await makeLead(db, user, { company: '保定博远教育咨询有限公司' });
  const asUser = await tokenFor(db, user);
  expect(codeOf(await expectUnchanged(db, () => gql(asUser, CONVERT, convert([own.id]))))).toBe('FORBIDDEN');
  expect(codeOf(await gql(co.as.li, CONVERT, convert([fresh.id], { customerLevel: 'PLATINUM' })))).toBe('BAD_USER_INPUT');
});

test('two people converting the same lead at the same moment: exactly one wins, one customer exists', async () => {
  const lead = await makeLead(db, co.li, { company: '珠海华信新能源有限公司' });
  const results = await Promise.all([
    gql(co.as.li, CONVERT, convert([lead.id])),
    gql(co.as.manager, CONVERT, convert([lead.id])),
  ]);
  expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  expect(await db.getRepository(Customer).countBy({ name: '珠海华信新能源有限公司' })).toBe(1);
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'lead', entityId: lead.id, action: 'convert' })).toBe(1);
});

describe('the follow-up seam', () => {
  afterEach(() => unregisterLeadConversionHook('test'));

  test('a registered hook runs once per converted lead, inside the transaction, with lead, customer and contact', async () => {
    const seen: { leadId: number; customerId: number; contactId: number; ownerId: number; customerVisible: boolean }[] = [];
    registerLeadConversionHook('test', async (manager, c) => {
      seen.push({ ...c, viewer: undefined, customerVisible: !!(await manager.findOneBy(Customer, { id: c.customerId })) } as never);
    });
    const a = await makeLead(db, co.sun, { company: '廊坊金桥科技有限公司' });
    const b = await makeLead(db, co.sun, { company: '廊坊天成科技有限公司' });
    await ok(co.as.sun, CONVERT, convert([a.id, b.id]));
    const stored = await db.getRepository(Lead).findBy({ id: In([a.id, b.id]) });
    expect(seen.map((s) => s.leadId).sort()).toEqual([a.id, b.id].sort());
    for (const s of seen) {
      expect(s.customerVisible).toBe(true);
      expect(s.ownerId).toBe(co.sun.id);
      expect(stored.find((l) => l.id === s.leadId)!.convertedCustomerId).toBe(s.customerId);
      expect((await db.getRepository(Contact).findOneByOrFail({ id: s.contactId })).customerId).toBe(s.customerId);
    }
  });

  test('a hook that fails rolls the whole conversion back', async () => {
    registerLeadConversionHook('test', async () => { throw new Error('follow-up move failed'); });
    const lead = await makeLead(db, co.sun, { company: '东莞立德商贸有限公司' });
    const result = await expectUnchanged(db, () => gql(co.as.sun, CONVERT, convert([lead.id])));
    expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toContain('follow-up move failed');
  });
});
