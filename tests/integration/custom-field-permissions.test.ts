// Field permissions (字段权限) on custom fields, named custom.<key> like audit changes: the role editor's catalogue
// lists them and a role stores them; a hidden one is left out of the record's values, its history and its export,
// a masked one shows masked; neither can be filtered by, and neither (nor a read-only one) can be written — yet a
// required field the viewer may not write does not stop them creating a record. Each check is paired with a
// viewer without the restriction, so it would fail if the restriction were dropped.
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { GET as exportRoute } from '@/app/api/exports/route';
import { Role } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeRole, makeUser, rootDepartment } from '../support/factories';
import { Actor, actor, fieldsOf } from './org-support';
import { csvFile, dryRun } from './import-support';

let db: DataSource;
let it: Actor;
let boss: Actor;
let open: As;
let restricted: As;
let customerId: string;

const PERMISSIONS = ['customer:create', 'customer:update', 'customer:export', 'customer:import'];
const VALUES = 'customFields { key value values display }';
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id ${VALUES} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const READ = `query($id: ID!) { customer(id: $id) { id ${VALUES} history { changes } } }`;
const LIST = 'query($filter: CustomerFilter) { customers(filter: $filter, first: 10) { totalCount nodes { id } } }';
type Value = { key: string; value: string | null; display: string | null };

beforeAll(async () => {
  db = await openTestDatabase();
  it = await actor(db, ['SYSTEM_ADMIN']);
  boss = await actor(db, ['SUPER_ADMIN']);
  const field = (input: object) => ok(it.as, 'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id } }', { input: { module: 'customer', ...input } });
  await field({ key: 'secret', label: '内部评分', type: 'TEXT' });
  await field({ key: 'taxCode', label: '税号', type: 'TEXT' });
  await field({ key: 'grade', label: '评级', type: 'SINGLE_CHOICE', options: ['A', 'B'], required: true });
  const root = await rootDepartment(db);
  // Both see every customer; only the second role restricts the custom fields.
  const openRole = await makeRole(db, { read: ScopeLevel.ALL, write: ScopeLevel.ALL, permissions: PERMISSIONS });
  const restrictedRole = await makeRole(db, {
    read: ScopeLevel.ALL, write: ScopeLevel.ALL, permissions: PERMISSIONS,
    fieldPermissions: { customer: { 'custom.secret': 'HIDDEN', 'custom.taxCode': 'MASKED', 'custom.grade': 'READ_ONLY' } } as Role['fieldPermissions'],
  });
  open = await tokenFor(db, await makeUser(db, root, [openRole]));
  restricted = await tokenFor(db, await makeUser(db, root, [restrictedRole]));
  const created = (await ok(open, CREATE, { input: {
    name: '自定义字段权限有限公司',
    customFields: [{ key: 'secret', value: '九十分' }, { key: 'taxCode', value: '91110000ABCD' }, { key: 'grade', value: 'A' }],
  } })).createCustomer;
  customerId = created.id;
  await ok(open, UPDATE, { id: customerId, input: { customFields: [{ key: 'secret', value: '八十分' }] } });
});
afterAll(async () => closeTestDatabase(db));

test('the role editor lists custom fields as custom.<key>, and a role keeps them; an unknown key is refused', async () => {
  const catalog = (await ok(it.as, '{ permissionCatalog { fieldModules { module fields { key label } } } }')).permissionCatalog.fieldModules;
  expect(catalog.find((m: { module: string }) => m.module === 'customer').fields).toEqual(expect.arrayContaining([{ key: 'custom.secret', label: '内部评分' }]));
  const created = await gql(boss.as, 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id fieldPermissions { module field mode } } }', { input: {
    name: '自定义字段受限', permissions: [], defaultScope: { read: 'SELF', write: 'SELF' },
    fieldPermissions: [{ module: 'customer', field: 'custom.taxCode', mode: 'MASKED' }, { module: 'customer', field: 'mobile', mode: 'HIDDEN' }],
  } });
  expect(created.errors).toBeUndefined();
  expect(created.data?.createRole.fieldPermissions).toEqual(expect.arrayContaining([
    { module: 'customer', field: 'custom.taxCode', mode: 'MASKED' }, { module: 'customer', field: 'mobile', mode: 'HIDDEN' },
  ]));
  const unknown = await gql(boss.as, 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', { input: {
    name: '未知字段', permissions: [], defaultScope: { read: 'SELF', write: 'SELF' }, fieldPermissions: [{ module: 'customer', field: 'custom.nope', mode: 'HIDDEN' }],
  } });
  expect(fieldsOf(unknown)).toEqual(['fieldPermissions.0.field']);
});

test('a hidden value is left out and a masked one masked, in the record, its history and the definitions', async () => {
  const full = (await ok(open, READ, { id: customerId })).customer;
  expect(full.customFields.map((v: Value) => [v.key, v.display])).toEqual([['secret', '八十分'], ['taxCode', '91110000ABCD'], ['grade', 'A']]);
  const seen = (await ok(restricted, READ, { id: customerId })).customer;
  expect(seen.customFields.map((v: Value) => [v.key, v.value, v.display])).toEqual([['taxCode', '9***', '9***'], ['grade', 'A', 'A']]);
  const history = JSON.stringify(seen.history);
  expect(JSON.stringify(full.history)).toContain('八十分');
  expect(history).not.toContain('八十分');
  expect(history).not.toContain('九十分');
  expect(history).not.toContain('custom.secret');
  expect(history).not.toContain('91110000ABCD');
  const modes = (await ok(restricted, '{ customFields(module: "customer") { key viewerMode } }')).customFields;
  expect(modes).toEqual([{ key: 'secret', viewerMode: 'HIDDEN' }, { key: 'taxCode', viewerMode: 'MASKED' }, { key: 'grade', viewerMode: 'READ_ONLY' }]);
  const mine = (await ok(restricted, '{ myFieldPermissions { module field mode } }')).myFieldPermissions;
  expect(mine).toContainEqual({ module: 'customer', field: 'custom.secret', mode: 'HIDDEN' });
});

test('a hidden or masked custom field cannot be filtered by; a read-only one can', async () => {
  const by = (key: string, equals: string) => ({ customFields: [{ key, equals: [equals] }] });
  expect((await ok(open, LIST, { filter: by('secret', '八十分') })).customers.totalCount).toBe(1);
  expect(fieldsOf(await gql(restricted, LIST, { filter: by('secret', '八十分') }))).toEqual(['filter.customFields.0.key']);
  expect(fieldsOf(await gql(restricted, LIST, { filter: by('taxCode', '91110000ABCD') }))).toEqual(['filter.customFields.0.key']);
  expect((await ok(restricted, LIST, { filter: by('grade', 'A') })).customers.totalCount).toBe(1);
});

test('writes: a field the viewer may not set is refused, and a required one they may not set is not asked of them', async () => {
  for (const key of ['secret', 'taxCode', 'grade']) {
    const refused = await gql(restricted, UPDATE, { id: customerId, input: { customFields: [{ key, value: 'B' }] } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual([`input.customFields.${key}`]);
  }
  expect((await ok(open, READ, { id: customerId })).customer.customFields.find((v: Value) => v.key === 'grade').value).toBe('A');
  // The required 评级 is read-only for them: they create without it; the open viewer must give it.
  expect(fieldsOf(await gql(open, CREATE, { input: { name: '必填评级有限公司' } }))).toEqual(['customFields.grade']);
  const created = await gql(restricted, CREATE, { input: { name: '受限创建有限公司' } });
  expect(created.errors).toBeUndefined();
});

test('the export leaves the hidden column out and masks the masked one', async () => {
  const exported = async (as: As) => {
    const answer = (await ok(as, 'mutation($input: ExportCustomersInput!) { exportCustomersLink(input: $input) { url count } }',
      { input: { format: 'CSV', filter: { keyword: '自定义字段权限' } } })).exportCustomersLink;
    const token = as && 'token' in as ? as.token : '';
    const res = await exportRoute(new NextRequest(`http://localhost${answer.url}`, { headers: { authorization: `Bearer ${token}` } }));
    const [header, row] = Buffer.from(await res.arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(','));
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  };
  expect(await exported(open)).toMatchObject({ 内部评分: '八十分', 税号: '91110000ABCD', 评级: 'A' });
  const masked = await exported(restricted);
  expect(masked).not.toHaveProperty('内部评分');
  expect(masked).toMatchObject({ 税号: '9***', 评级: 'A' });
});

test('an import refuses a filled cell of a field the importer may not write, and does not ask for a required one', async () => {
  const csv = csvFile('客户名称,税号,评级\n导入受限一有限公司,91330000,A\n导入受限二有限公司,,\n', 'utf8bom');
  const job = await dryRun(restricted, 'CUSTOMER', 'restricted.csv', csv);
  expect(job).toMatchObject({ createdCount: 1, errorCount: 1 });
  expect(job.problems.nodes.map((p: { rowNumber: number; messages: { column: string; message: string }[] }) => [p.rowNumber, p.messages])).toEqual([
    [2, [{ column: '税号', message: '无权填写此字段（字段权限）' }, { column: '评级', message: '无权填写此字段（字段权限）' }]],
  ]);
  // The same file for a viewer without the restrictions: both rows check, the second for its missing 评级.
  const openJob = await dryRun(open, 'CUSTOMER', 'open.csv', csv);
  expect(openJob).toMatchObject({ createdCount: 1, errorCount: 1 });
  expect(openJob.problems.nodes.map((p: { rowNumber: number }) => p.rowNumber)).toEqual([3]);
});
