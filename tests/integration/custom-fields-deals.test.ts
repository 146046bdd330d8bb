// Custom fields on opportunities and contracts (issue 13 item 2): created with their required values, checked like
// the built-in fields, shown on the record, changed by an update (audited), and filtering the lists within scope.
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { GET as exportRoute } from '@/app/api/exports/route';
import { AuditLog, Lead, Opportunity } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { gql, ok, tokenFor } from '../support/api';
import { makeUser, roleByCode, rootDepartment } from '../support/factories';
import { Company, as, contractInput, makeCompany } from './contract-support';
import { badFields, createOpportunityCall } from './opportunity-support';

let db: DataSource;
let c: Company;
const VALUES = 'customFields { key value values display }';
type Value = { key: string; value: string | null };
const valueOf = (values: Value[], key: string) => values.find((v) => v.key === key)?.value ?? null;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await makeCompany(db);
  const it = await tokenFor(db, await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SYSTEM_ADMIN')]));
  const field = (input: object) => ok(it, 'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id } }', { input });
  await field({ module: 'opportunity', key: 'decisionMaker', label: '决策人', type: 'TEXT', required: true });
  await field({ module: 'contract', key: 'paymentTerms', label: '付款条件', type: 'SINGLE_CHOICE', options: ['预付', '月结', '季结'] });
  await field({ module: 'contract', key: 'deposit', label: '保证金', type: 'MONEY' });
});
afterAll(async () => closeTestDatabase(db));

test('opportunities: the required value on create, shown, updated with an audit entry, filtered within scope', async () => {
  const li = await as(db, c.li);
  expect(badFields(await createOpportunityCall(db, li, { customerId: c.customerOfLi.id }))).toEqual(['customFields.decisionMaker']);
  const created = (await createOpportunityCall(db, li, { customerId: c.customerOfLi.id, name: '自定义商机', customFields: [{ key: 'decisionMaker', value: '张总' }] })).data.createOpportunity;
  const read = (await ok(li, `query($id: ID!) { opportunity(id: $id) { ${VALUES} } }`, { id: created.id })).opportunity;
  expect(valueOf(read.customFields, 'decisionMaker')).toBe('张总');
  await ok(li, 'mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }', { id: created.id, input: { customFields: [{ key: 'decisionMaker', value: '李总' }] } });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'opportunity', entityId: Number(created.id), action: 'update' });
  expect(entry.changes).toEqual({ 'custom.decisionMaker': ['张总', '李总'] });
  const LIST = 'query($f: OpportunityFilter) { opportunities(first: 10, filter: $f) { nodes { name } } }';
  expect((await ok(li, LIST, { f: { customFields: [{ key: 'decisionMaker', equals: ['李总'] }] } })).opportunities.nodes).toEqual([{ name: '自定义商机' }]);
  expect((await ok(await as(db, c.zhao), LIST, { f: { customFields: [{ key: 'decisionMaker', equals: ['李总'] }] } })).opportunities.nodes).toEqual([]);
});

test('a lead converted with an opportunity needs no custom values (they are asked for on its first edit)', async () => {
  const lead = await db.getRepository(Lead).save({ name: '转化联系人', company: '自定义商机转化有限公司', status: LeadStatus.QUALIFIED, ownerId: c.li.id, createdById: c.li.id });
  const stages = (await ok(await as(db, c.li), '{ opportunityStages { id sort } }')).opportunityStages as { id: string; sort: number }[];
  const result = await gql(await as(db, c.li), 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status } }', {
    input: { ids: [String(lead.id)], opportunity: { name: '转化商机', category: 'MID_TERM', stageId: stages.find((s) => s.sort === 2)!.id, expectedCloseDate: new Date(Date.now() + 40 * 86400000).toISOString().slice(0, 10) } },
  });
  expect(result.errors).toBeUndefined();
  expect(await db.getRepository(Opportunity).countBy({ name: '转化商机' })).toBe(1);
});

test('contracts: values checked, shown, filtered within scope', async () => {
  const li = await as(db, c.li);
  const CREATE = `mutation($input: CreateContractInput!) { createContract(input: $input) { id ${VALUES} } }`;
  const bad = await gql(li, CREATE, { input: contractInput(c.customerOfLi, { customFields: [{ key: 'paymentTerms', value: '赊账' }, { key: 'deposit', value: 'abc' }] }) });
  expect(badFields(bad).sort()).toEqual(['customFields.deposit', 'customFields.paymentTerms']);
  const created = (await ok(li, CREATE, { input: contractInput(c.customerOfLi, { title: '自定义合同', customFields: [{ key: 'paymentTerms', value: '月结' }, { key: 'deposit', value: '5000' }] }) })).createContract;
  expect(valueOf(created.customFields, 'deposit')).toBe('5000.00');
  const LIST = 'query($f: ContractFilter) { contracts(first: 10, filter: $f) { nodes { title } } }';
  expect((await ok(li, LIST, { f: { customFields: [{ key: 'deposit', from: '1000' }] } })).contracts.nodes).toEqual([{ title: '自定义合同' }]);
  expect((await ok(await as(db, c.zhao), LIST, { f: { customFields: [{ key: 'paymentTerms', equals: ['月结'] }] } })).contracts.nodes).toEqual([]);
});

test('contract and opportunity exports carry their custom fields as columns', async () => {
  const li = await as(db, c.admin); // the super administrator holds every export permission
  const token = li && 'token' in li ? li.token : '';
  const csv = async (mutation: string, input: string, filter: object) => {
    const answer = (await ok(li, `mutation($input: ${input}!) { ${mutation}(input: $input) { url } }`, { input: { format: 'CSV', filter } }))[mutation];
    const res = await exportRoute(new NextRequest(`http://localhost${answer.url}`, { headers: { authorization: `Bearer ${token}` } }));
    const [header, ...rows] = Buffer.from(await res.arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(','));
    return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
  };
  const contracts = await csv('exportContractsLink', 'ExportContractsInput', { keyword: '自定义合同' });
  expect(contracts).toHaveLength(1);
  expect(contracts[0]).toMatchObject({ 付款条件: '月结', 保证金: '5000.00' });
  const opportunities = await csv('exportOpportunitiesLink', 'ExportOpportunitiesInput', { keyword: '自定义商机' });
  // The keyword also finds the opportunity of a converted lead (its customer's name holds it), which has no value.
  expect(opportunities.map((o) => o['决策人']).sort()).toEqual(['', '李总']);
});
