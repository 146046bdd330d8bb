// Custom fields (issue 13 item 2): administration (system:customField, keys that cannot collide with built-in
// fields, choice fields with their own options or a dictionary, disabled never deleted, audited), values on
// customers validated like built-in fields, read back through `customFields`, filtered in SQL within the scope.
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { GET as exportRoute } from '@/app/api/exports/route';
import { AuditLog, CustomFieldValue, Lead } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { Actor, actor, fieldsOf } from './org-support';

let db: DataSource;
let it: Actor;
let li: Actor;
let wang: Actor;
let boss: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  it = await actor(db, ['SYSTEM_ADMIN']);
  boss = await actor(db, ['SUPER_ADMIN']);
  li = await actor(db, ['SALES']);
  wang = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

const FIELDS = 'query($module: String!, $withDisabled: Boolean) { customFields(module: $module, withDisabled: $withDisabled) { id key label type required enabled dictionaryKind options { code name enabled } } }';
const CREATE_FIELD = 'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id key label type required dictionaryKind } }';
const UPDATE_FIELD = 'mutation($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { id label required enabled } }';
const VALUES = 'customFields { key value values display }';
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id ${VALUES} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id ${VALUES} } }`;
const LIST = 'query($filter: CustomerFilter) { customers(filter: $filter, first: 50) { totalCount nodes { name } } }';

type Value = { key: string; value: string | null; values: string[]; display: string | null };
const valueOf = (values: Value[], key: string) => values.find((v) => v.key === key)!;
const names = async (who: Actor, filter: object) => ((await ok(who.as, LIST, { filter })).customers.nodes as { name: string }[]).map((n) => n.name).sort();

const field = (input: object) => ok(it.as, CREATE_FIELD, { input: { module: 'customer', ...input } }).then((r) => r.createCustomField);

describe('administration', () => {
  test('only system:customField adds fields; every type; audited', async () => {
    expect(codeOf(await gql(li.as, CREATE_FIELD, { input: { module: 'customer', key: 'budget', label: '预算', type: 'MONEY' } }))).toBe('FORBIDDEN');
    await field({ key: 'budget', label: '预算', type: 'MONEY' });
    await field({ key: 'staffCount', label: '员工人数', type: 'NUMBER' });
    await field({ key: 'foundedOn', label: '成立日期', type: 'DATE' });
    await field({ key: 'taxNumber', label: '税号', type: 'TEXT', required: true });
    await field({ key: 'notes', label: '补充说明', type: 'LONG_TEXT' });
    const grade = await field({ key: 'grade', label: '客户评级', type: 'SINGLE_CHOICE', options: ['A', 'B', 'C'] });
    expect(grade.dictionaryKind).toBe(`field:${grade.id}`);
    await field({ key: 'channels', label: '渠道', type: 'MULTI_CHOICE', options: ['线上', '线下', '代理'] });
    await field({ key: 'sector', label: '行业二', type: 'SINGLE_CHOICE', dictionaryKind: 'industry' });
    await field({ key: 'servedBy', label: '服务专员', type: 'USER' });
    const listed = (await ok(li.as, FIELDS, { module: 'customer' })).customFields;
    expect(listed.map((f: { key: string }) => f.key)).toEqual(['budget', 'staffCount', 'foundedOn', 'taxNumber', 'notes', 'grade', 'channels', 'sector', 'servedBy']);
    expect(listed.find((f: { key: string }) => f.key === 'grade').options.map((o: { name: string }) => o.name)).toEqual(['A', 'B', 'C']);
    expect(listed.find((f: { key: string }) => f.key === 'sector').options.map((o: { code: string }) => o.code)).toContain('制造业');
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'custom_field', entityId: Number(grade.id), action: 'create' });
    expect(entry.changes).toMatchObject({ module: 'customer', key: 'grade', type: 'SINGLE_CHOICE', options: ['A', 'B', 'C'] });
  });

  test('bad definitions are BAD_USER_INPUT on their field', async () => {
    const bad = async (input: object) => fieldsOf(await gql(it.as, CREATE_FIELD, { input: { module: 'customer', label: 'x', type: 'TEXT', ...input } }));
    expect(await bad({ key: 'mobile' })).toEqual(['key']); // a built-in field
    expect(await bad({ key: 'Mobile' })).toEqual(['key']);
    expect(await bad({ key: 'budget' })).toEqual(['key']); // taken
    expect(await bad({ key: '9lives' })).toEqual(['key']);
    expect(await bad({ key: 'okKey', label: ' ' })).toEqual(['label']);
    expect(await bad({ key: 'okKey', type: 'SINGLE_CHOICE' })).toEqual(['options']);
    expect(await bad({ key: 'okKey', options: ['a'] })).toEqual(['options']);
    expect(await bad({ key: 'okKey', type: 'SINGLE_CHOICE', options: ['a', 'a'] })).toEqual(['options']);
    expect(await bad({ key: 'okKey', type: 'SINGLE_CHOICE', dictionaryKind: 'region' })).toEqual(['dictionaryKind']);
    expect(await bad({ key: 'okKey', module: 'task' })).toEqual(['module']);
  });
});

test('fields are reordered all at once (system:customField, every field listed once, audited)', async () => {
  const REORDER = 'mutation($module: String!, $ids: [ID!]!) { reorderCustomFields(module: $module, ids: $ids) { key } }';
  const fields = (await ok(it.as, FIELDS, { module: 'customer', withDisabled: true })).customFields as { id: string; key: string }[];
  const ids = fields.map((f) => f.id);
  const reversed = [...ids].reverse();
  expect(codeOf(await gql(li.as, REORDER, { module: 'customer', ids: reversed }))).toBe('FORBIDDEN');
  expect(fieldsOf(await gql(it.as, REORDER, { module: 'customer', ids: reversed.slice(1) }))).toEqual(['ids']);
  expect(fieldsOf(await gql(it.as, REORDER, { module: 'customer', ids: [...reversed.slice(1), reversed[1]] }))).toEqual(['ids']);
  expect((await ok(it.as, REORDER, { module: 'customer', ids: reversed })).reorderCustomFields.map((f: { key: string }) => f.key)).toEqual([...fields.map((f) => f.key)].reverse());
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'custom_field', action: 'update' })).toBeGreaterThan(0);
  await ok(it.as, REORDER, { module: 'customer', ids });
  expect((await ok(li.as, FIELDS, { module: 'customer' })).customFields.map((f: { key: string }) => f.key)[0]).toBe(fields[0].key);
});

describe('values on customers', () => {
  let id: string;

  test('a create must fill the required field and gives each value its type; wrong values name their field', async () => {
    expect(fieldsOf(await gql(li.as, CREATE, { input: { name: '自定义一号有限公司' } }))).toEqual(['customFields.taxNumber']);
    const wrong = await gql(li.as, CREATE, { input: { name: '自定义一号有限公司', customFields: [
      { key: 'taxNumber', value: '91110000' }, { key: 'foundedOn', value: '12345' }, { key: 'budget', value: '1.234' },
      { key: 'grade', value: 'D' }, { key: 'channels', values: ['线上', '电视'] }, { key: 'servedBy', value: '999999' }, { key: 'nope', value: 'x' },
    ] } });
    expect(fieldsOf(wrong)).toEqual(['customFields.budget', 'customFields.channels', 'customFields.foundedOn', 'customFields.grade', 'customFields.nope', 'customFields.servedBy']);
    const created = (await ok(li.as, CREATE, { input: { name: '自定义一号有限公司', customFields: [
      { key: 'taxNumber', value: '91110000' }, { key: 'foundedOn', value: '2019-05-04' }, { key: 'budget', value: '120,000.5' },
      { key: 'grade', value: 'A' }, { key: 'channels', values: ['线上', '代理'] }, { key: 'servedBy', value: String(wang.user.id) }, { key: 'staffCount', value: '35' },
    ] } })).createCustomer;
    id = created.id;
    expect(valueOf(created.customFields, 'budget')).toEqual({ key: 'budget', value: '120000.50', values: ['120000.50'], display: '120000.50' });
    expect(valueOf(created.customFields, 'channels')).toMatchObject({ values: ['线上', '代理'], display: '线上、代理' });
    expect(valueOf(created.customFields, 'servedBy')).toMatchObject({ value: String(wang.user.id), display: wang.user.name });
    expect(valueOf(created.customFields, 'notes')).toEqual({ key: 'notes', value: null, values: [], display: null });
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'customer', entityId: Number(id), action: 'create' });
    expect(entry.changes).toMatchObject({ 'custom.taxNumber': '91110000', 'custom.channels': ['线上', '代理'] });
  });

  test('an update changes only the values given, audits before and after, and may clear an optional one', async () => {
    const updated = (await ok(li.as, UPDATE, { id, input: { customFields: [{ key: 'grade', value: 'B' }, { key: 'staffCount', value: '' }] } })).updateCustomer;
    expect(valueOf(updated.customFields, 'grade').value).toBe('B');
    expect(valueOf(updated.customFields, 'staffCount').value).toBeNull();
    expect(valueOf(updated.customFields, 'taxNumber').value).toBe('91110000');
    expect(fieldsOf(await gql(li.as, UPDATE, { id, input: { customFields: [{ key: 'taxNumber', value: '' }] } }))).toEqual(['customFields.taxNumber']);
    const entries = await db.getRepository(AuditLog).findBy({ entityType: 'customer', entityId: Number(id), action: 'update' });
    expect(entries.at(-1)!.changes).toEqual({ 'custom.grade': ['A', 'B'], 'custom.staffCount': ['35', null] });
  });

  test('a colleague outside the scope cannot write values; a disabled field leaves the record but keeps its values', async () => {
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await gql(wang.as, UPDATE, { id, input: { customFields: [{ key: 'grade', value: 'C' }] } })));
    const fields = (await ok(it.as, FIELDS, { module: 'customer' })).customFields as { id: string; key: string }[];
    const grade = fields.find((f) => f.key === 'grade')!;
    expect(codeOf(await gql(li.as, UPDATE_FIELD, { id: grade.id, input: { enabled: false } }))).toBe('FORBIDDEN');
    await ok(it.as, UPDATE_FIELD, { id: grade.id, input: { enabled: false } });
    const read = (await ok(li.as, `query($id: ID!) { customer(id: $id) { ${VALUES} } }`, { id })).customer;
    expect(read.customFields.map((v: Value) => v.key)).not.toContain('grade');
    expect(await db.getRepository(CustomFieldValue).countBy({ fieldId: Number(grade.id), recordId: Number(id) })).toBe(1);
    expect((await ok(it.as, FIELDS, { module: 'customer', withDisabled: true })).customFields.map((f: { key: string }) => f.key)).toContain('grade');
    await ok(it.as, UPDATE_FIELD, { id: grade.id, input: { enabled: true } });
  });

  test('a converted lead becomes a customer without the required custom values (asked for on its next edit)', async () => {
    const lead = await db.getRepository(Lead).save({ name: '赵六', company: '自定义转化有限公司', status: LeadStatus.QUALIFIED, ownerId: li.user.id, createdById: li.user.id });
    await ok(li.as, 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status } }', { input: { ids: [String(lead.id)] } });
    expect(await names(li, { keyword: '自定义转化' })).toEqual(['自定义转化有限公司']);
  });
});

describe('filters', () => {
  beforeAll(async () => {
    const make = (who: Actor, name: string, grade: string, budget: string, foundedOn: string) => ok(who.as, CREATE, { input: { name, customFields: [
      { key: 'taxNumber', value: `T-${name}` }, { key: 'grade', value: grade }, { key: 'budget', value: budget }, { key: 'foundedOn', value: foundedOn },
    ] } });
    await make(li, '筛选甲有限公司', 'A', '5000', '2020-01-01');
    await make(li, '筛选乙有限公司', 'C', '90000', '2022-06-30');
    await make(wang, '筛选丙有限公司', 'A', '7000', '2021-03-15');
  });

  test('by choice (code or name), number and date ranges and text, always inside the scope', async () => {
    expect(await names(li, { keyword: '筛选', customFields: [{ key: 'grade', equals: ['A'] }] })).toEqual(['筛选甲有限公司']);
    expect(await names(wang, { keyword: '筛选', customFields: [{ key: 'grade', equals: ['A'] }] })).toEqual(['筛选丙有限公司']);
    expect(await names(boss, { keyword: '筛选', customFields: [{ key: 'grade', equals: ['A', 'C'] }] })).toEqual(['筛选丙有限公司', '筛选乙有限公司', '筛选甲有限公司'].sort());
    expect(await names(boss, { customFields: [{ key: 'budget', from: '6000', to: '100000' }] })).toEqual(['筛选丙有限公司', '筛选乙有限公司'].sort());
    expect(await names(boss, { customFields: [{ key: 'foundedOn', from: '2021-01-01' }, { key: 'grade', equals: ['A'] }] })).toEqual(['筛选丙有限公司']);
    expect(await names(boss, { customFields: [{ key: 'taxNumber', contains: '筛选乙' }] })).toEqual(['筛选乙有限公司']);
    expect((await ok(li.as, LIST, { filter: { customFields: [{ key: 'grade', equals: ['A'] }] } })).customers.totalCount).toBe(1);
  });

  test('a value held only by records outside the scope answers exactly like a value held nowhere (no filter oracle)', async () => {
    const answer = async (condition: object) => JSON.stringify(await gql(li.as, LIST, { filter: { customFields: [condition] } }));
    expect(JSON.parse(await answer({ key: 'budget', from: '900000000' })).data.customers).toEqual({ totalCount: 0, nodes: [] });
    expect(await answer({ key: 'budget', from: '6500', to: '7500' })).toBe(await answer({ key: 'budget', from: '900000000' }));
    expect(await answer({ key: 'taxNumber', contains: '筛选丙' })).toBe(await answer({ key: 'taxNumber', contains: '无此税号' }));
    expect(await answer({ key: 'foundedOn', equals: ['2021-03-15'] })).toBe(await answer({ key: 'foundedOn', equals: ['1999-01-01'] }));
  });

  test('a value thousands of records hold is checked per row, with the same answers and the same scope', async () => {
    // 6 000 stored values (most on ids of no customer) make the condition broad: the per-row form of the filter.
    const budget = (await ok(it.as, FIELDS, { module: 'customer' })).customFields.find((f: { key: string }) => f.key === 'grade');
    const rows = Array.from({ length: 6000 }, (_, i) => ({ fieldId: Number(budget.id), recordId: 900_000 + i, textValue: 'A', numberValue: null, longValue: null }));
    for (let i = 0; i < rows.length; i += 500) await db.getRepository(CustomFieldValue).insert(rows.slice(i, i + 500));
    expect(await names(li, { keyword: '筛选', customFields: [{ key: 'grade', equals: ['A'] }] })).toEqual(['筛选甲有限公司']);
    expect(await names(wang, { customFields: [{ key: 'grade', equals: ['A'] }] })).toEqual(['筛选丙有限公司']);
    expect(await names(boss, { keyword: '筛选', customFields: [{ key: 'grade', equals: ['A'] }] })).toEqual(['筛选丙有限公司', '筛选甲有限公司'].sort());
    expect((await ok(li.as, LIST, { filter: { customFields: [{ key: 'grade', equals: ['A'] }] } })).customers.totalCount).toBe(1);
    await db.getRepository(CustomFieldValue).createQueryBuilder().delete().where('record_id >= :from', { from: 900_000 }).execute();
  });

  test('a filter on an unknown field or with the wrong kind of bound is BAD_USER_INPUT', async () => {
    expect(fieldsOf(await gql(li.as, LIST, { filter: { customFields: [{ key: 'nope', equals: ['x'] }] } }))).toEqual(['customFields.nope']);
    expect(fieldsOf(await gql(li.as, LIST, { filter: { customFields: [{ key: 'budget', from: 'lots' }] } }))).toEqual(['customFields.budget']);
    expect(fieldsOf(await gql(li.as, LIST, { filter: { customFields: [{ key: 'grade' }] } }))).toEqual(['customFields.grade']);
  });
});

describe('exports', () => {
  test('the customer export carries every custom field as a column, a disabled one marked, with its values as they read', async () => {
    const fields = (await ok(it.as, FIELDS, { module: 'customer' })).customFields as { id: string; key: string }[];
    const notes = fields.find((f) => f.key === 'notes')!;
    await ok(it.as, UPDATE_FIELD, { id: notes.id, input: { enabled: false } });
    const answer = (await ok(li.as, 'mutation($input: ExportCustomersInput!) { exportCustomersLink(input: $input) { url count } }',
      { input: { format: 'CSV', filter: { keyword: '自定义一号' } } })).exportCustomersLink;
    expect(answer.count).toBe(1);
    const token = li.as && 'token' in li.as ? li.as.token : '';
    const res = await exportRoute(new NextRequest(`http://localhost${answer.url}`, { headers: { authorization: `Bearer ${token}` } }));
    const [header, row] = Buffer.from(await res.arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(','));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(header).toEqual(expect.arrayContaining(['预算', '客户评级', '渠道', '服务专员', '补充说明（已停用）']));
    expect(cell('客户评级')).toBe('B');
    expect(cell('预算')).toBe('120000.50');
    expect(cell('服务专员')).toBe(wang.user.name);
    await ok(it.as, UPDATE_FIELD, { id: notes.id, input: { enabled: true } });
  });
});

describe('contacts and leads', () => {
  test('take, show and filter their own module\'s fields, checked like customers\'; another module\'s key is refused', async () => {
    await ok(it.as, CREATE_FIELD, { input: { module: 'contact', key: 'hobby', label: '爱好', type: 'MULTI_CHOICE', options: ['高尔夫', '茶'] } });
    await ok(it.as, CREATE_FIELD, { input: { module: 'lead', key: 'expo', label: '展会', type: 'TEXT', required: true } });
    const customer = (await ok(li.as, CREATE, { input: { name: '联系人自定义有限公司', customFields: [{ key: 'taxNumber', value: 'T1' }] } })).createCustomer;
    const CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id ${VALUES} } }`;
    expect(fieldsOf(await gql(li.as, CONTACT, { input: { customerId: customer.id, name: '钱七', customFields: [{ key: 'grade', value: 'A' }] } }))).toEqual(['customFields.grade']);
    const contact = (await ok(li.as, CONTACT, { input: { customerId: customer.id, name: '钱七', customFields: [{ key: 'hobby', values: ['茶'] }] } })).createContact;
    expect(valueOf(contact.customFields, 'hobby').values).toEqual(['茶']);
    const contacts = (await ok(li.as, 'query($f: ContactFilter) { contacts(first: 10, filter: $f) { nodes { name } } }', { f: { customFields: [{ key: 'hobby', equals: ['茶'] }] } })).contacts.nodes;
    expect(contacts).toEqual([{ name: '钱七' }]);
    expect((await ok(wang.as, 'query($f: ContactFilter) { contacts(first: 10, filter: $f) { nodes { name } } }', { f: { customFields: [{ key: 'hobby', equals: ['茶'] }] } })).contacts.nodes).toEqual([]);

    const LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id ${VALUES} } }`;
    expect(fieldsOf(await gql(li.as, LEAD, { input: { name: '孙八' } }))).toEqual(['customFields.expo']);
    const lead = (await ok(li.as, LEAD, { input: { name: '孙八', customFields: [{ key: 'expo', value: '2026 广交会' }] } })).createLead;
    expect(valueOf(lead.customFields, 'expo').value).toBe('2026 广交会');
    const updated = (await ok(li.as, `mutation($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { ${VALUES} } }`, { id: lead.id, input: { customFields: [{ key: 'expo', value: '2026 高交会' }] } })).updateLead;
    expect(valueOf(updated.customFields, 'expo').value).toBe('2026 高交会');
    const leads = (await ok(li.as, 'query($f: LeadFilter) { leads(first: 10, filter: $f) { nodes { name } } }', { f: { customFields: [{ key: 'expo', contains: '高交' }] } })).leads.nodes;
    expect(leads).toEqual([{ name: '孙八' }]);
  });
});
