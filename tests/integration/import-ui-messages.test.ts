// What the import wizard shows when the API refuses a step: the real answers of the upload route and of
// startDataImport (BAD_USER_INPUT with fields and reasons) read through the wizard's own importErrorText, in Chinese
// and English — never a raw English server sentence or a generic "bad input".
import { DataSource } from 'typeorm';
import { GraphQLRequestError } from '@/app/_lib/graphql';
import { translator } from '@/app/_lib/i18n/catalog';
import { UploadError, importErrorText } from '@/app/(crm)/_kit/io/import-errors';
import { User } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, gql, tokenFor } from '../support/api';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { upload, uploaded, xlsxFile } from './import-support';

const zh = translator('zh-CN');
const en = translator('en');
let db: DataSource;
let li: As;
let zhou: User;

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北销售部');
  const south = await makeDepartment(db, root, '华南销售部');
  const sales = await roleByCode(db, 'SALES');
  const importer = await makeRole(db, { read: ScopeLevel.SELF, write: ScopeLevel.SELF, permissions: ['customer:import', 'customer:create'] });
  li = await tokenFor(db, await makeUser(db, north, [importer], { name: '李娜', username: 'lina_ui' }));
  zhou = await makeUser(db, south, [sales], { name: '周洋', username: 'zhouyang_ui' });
});
afterAll(async () => closeTestDatabase(db));

/** The first GraphQL error as the UI's client raises it (app/_lib/graphql.ts). */
function asClientError(errors: { message: string; extensions?: Record<string, unknown> }[] | undefined) {
  expect(errors?.length).toBeGreaterThan(0);
  const first = errors![0];
  const extensions = first.extensions ?? {};
  return new GraphQLRequestError(first.message, String(extensions.code), Array.isArray(extensions.fields) ? extensions.fields as never : [], extensions);
}

const START = 'mutation($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { id } }';

test('a refused upload names the reason (old .xls, empty file) in the user\'s language', async () => {
  const old = await upload(li, 'CUSTOMER', '客户.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
  expect(old.status).toBe(400);
  const error = new UploadError(old.json.error.code, old.json.error.message, old.json.error.reason ?? null, old.json.error.fields ?? []);
  expect(importErrorText(zh, error)).toBe('不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 .csv 后再上传');
  expect(importErrorText(en, error)).toMatch(/^Old \.xls workbooks cannot be read/);
  const empty = await upload(li, 'CUSTOMER', '客户.csv', new Uint8Array());
  expect(empty.status).toBe(400);
  expect(importErrorText(zh, new UploadError(empty.json.error.code, empty.json.error.message, empty.json.error.reason ?? null, []))).toBe('文件是空的');
});

test('a mapping without the required column names the column', async () => {
  const job = await uploaded(li, 'CUSTOMER', '缺列.xlsx', await xlsxFile([['手机', '邮箱'], ['13900001111', 'a@example.cn']]));
  const answer = await gql(li, START, { id: job.id, input: { mapping: job.mapping, options: {} } });
  const error = asClientError(answer.errors);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(importErrorText(zh, error)).toBe('缺少必填列：客户名称');
  expect(importErrorText(en, error)).toBe('Required columns missing: 客户名称');
});

test('owner choices outside the rules read as sentences about the owner', async () => {
  const job = await uploaded(li, 'CUSTOMER', '负责人.xlsx', await xlsxFile([['客户名称', '手机'], ['北京华信商贸有限公司', '13900001111']]));
  const outside = asClientError((await gql(li, START, { id: job.id, input: { mapping: job.mapping, options: { owner: 'USER', ownerId: String(zhou.id) } } })).errors);
  expect(outside.code).toBe('BAD_USER_INPUT');
  expect(importErrorText(zh, outside)).toBe(`负责人：${zh('server.outsideScope')}`);
  const noColumn = asClientError((await gql(li, START, { id: job.id, input: { mapping: job.mapping, options: { owner: 'COLUMN' } } })).errors);
  expect(importErrorText(zh, noColumn)).toBe('负责人：选择“按负责人列”时，须把一列对应为“负责人”');
  expect(importErrorText(en, noColumn)).toBe('Owner: Owners from the file need a column mapped to 负责人 (owner)');
  const twice = asClientError((await gql(li, START, { id: job.id, input: { mapping: ['name', 'name'], options: {} } })).errors);
  expect(importErrorText(zh, twice)).toBe('字段对应：同一个字段只能对应一列');
});
