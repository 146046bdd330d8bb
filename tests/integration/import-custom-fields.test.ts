// Custom fields in imports (issue 13 item 2 with issue 12 item 1): every enabled custom field is a template column,
// recognised by its label or key; each cell is checked as a create through the API checks it (options, amounts,
// users, required on a created record), every row's problems reported together; committed values are stored with the
// record and audited with the import id.
import { DataSource, In } from 'typeorm';
import { Workbook } from 'exceljs';
import { NextRequest } from 'next/server';
import { AuditLog, Customer, User } from '@/entities';
import { GET as templateRoute } from '@/app/api/imports/template/route';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeUser, roleByCode, rootDepartment } from '../support/factories';
import { committed, dryRun } from './import-support';

let db: DataSource;
let li: User;
let wang: User;
let as: Record<'li' | 'it', As>;

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  li = await makeUser(db, root, [await roleByCode(db, 'SALES')], { name: '李娜', username: 'lina' });
  wang = await makeUser(db, root, [await roleByCode(db, 'SALES')], { name: '王敏', username: 'wangmin' });
  as = { li: await tokenFor(db, li), it: await tokenFor(db, await makeUser(db, root, [await roleByCode(db, 'SYSTEM_ADMIN')])) };
  const field = (input: object) => ok(as.it, 'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id } }', { input: { module: 'customer', ...input } });
  await field({ key: 'grade', label: '客户评级', type: 'SINGLE_CHOICE', options: ['A', 'B'], required: true });
  await field({ key: 'channels', label: '渠道', type: 'MULTI_CHOICE', options: ['线上', '线下', '代理'] });
  await field({ key: 'budget', label: '预算', type: 'MONEY' });
  await field({ key: 'servedBy', label: '服务专员', type: 'USER' });
});
afterAll(async () => closeTestDatabase(db));

test('the template carries the custom fields as columns, the required one marked', async () => {
  const res = await templateRoute(new NextRequest('http://localhost/api/imports/template?module=CUSTOMER', { headers: { authorization: `Bearer ${(as.li as { token: string }).token}` } }));
  const book = new Workbook();
  await book.xlsx.load(new Uint8Array(await res.arrayBuffer()).buffer as ArrayBuffer);
  const header = (book.worksheets[0].getRow(1).values as string[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(['客户评级*', '渠道', '预算', '服务专员']));
});

test('custom cells are checked on every row, stored on commit and audited with the import id', async () => {
  const csv = [
    '客户名称,客户评级,渠道,预算,servedBy',
    '自定义导入甲有限公司,A,线上、代理,"12,000.5",王敏', // row 2: all good (a user by name, channels by 、)
    '自定义导入乙有限公司,B,,,', //                          row 3: only the required one
    '自定义导入丙有限公司,,,,', //                           row 4: the required one missing
    ',D,电视,1.234,nobody', //                              row 5: no name, and every custom cell wrong: all reported
  ].join('\n');
  const job = await dryRun(as.li, 'CUSTOMER', 'custom.csv', new TextEncoder().encode(csv));
  expect(job.mapping).toEqual(['name', 'custom.grade', 'custom.channels', 'custom.budget', 'custom.servedBy']);
  expect(job).toMatchObject({ createdCount: 2, errorCount: 2 });
  const byRow = Object.fromEntries(job.problems.nodes.map((p: { rowNumber: number; messages: { column: string }[] }) => [p.rowNumber, p.messages.map((m) => m.column).sort()]));
  expect(byRow[4]).toEqual(['客户评级']);
  expect(byRow[5]).toEqual(['客户名称', '客户评级', '服务专员', '渠道', '预算'].sort());
  expect(await db.getRepository(Customer).countBy({ name: In(['自定义导入甲有限公司', '自定义导入乙有限公司']) })).toBe(0);

  await committed(as.li, job.id);
  const created = await db.getRepository(Customer).findOneByOrFail({ name: '自定义导入甲有限公司' });
  const read = await ok(as.li, 'query($id: ID!) { customer(id: $id) { customFields { key values display } } }', { id: String(created.id) });
  const values = Object.fromEntries(read.customer.customFields.map((v: { key: string; display: string | null }) => [v.key, v.display]));
  expect(values).toEqual({ grade: 'A', channels: '线上、代理', budget: '12000.50', servedBy: '王敏' });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'customer', entityId: created.id, action: 'update' });
  expect(entry.changes).toMatchObject({ 'custom.grade': [null, 'A'], importId: Number(job.id) });
  const filtered = await ok(as.li, 'query { customers(first: 5, filter: { customFields: [{ key: "grade", equals: ["B"] }] }) { nodes { name } } }');
  expect(filtered.customers.nodes).toEqual([{ name: '自定义导入乙有限公司' }]);
  void wang;
});
