// Importing customers (issue 12 item 1) through the real upload route and GraphQL: the template, a file with good,
// bad and duplicate rows, a true dry run (every row checked as createCustomer checks it, nothing written), the
// commit of the valid rows (audited with the import id), the file of rows to fix, undo through the recycle bin, and
// all-or-nothing. A salesperson updates nothing beyond their write scope and learns only code, name and owner of a
// duplicate they cannot see.
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Workbook } from 'exceljs';
import { NextRequest } from 'next/server';
import { AuditLog, Customer, ImportJob, User } from '@/entities';
import { GET as templateRoute } from '@/app/api/imports/template/route';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { ScopeLevel } from '@/lib/access';
import { businessChecksums, committed, dryRun, problemFile, settled, startDry, uploaded, xlsxFile } from './import-support';

let db: DataSource;
let li: User;
let zhou: User;
let boss: User;
let as: Record<'li' | 'zhou' | 'boss' | 'it', As>;

const HEADER = ['客户名称*', '客户类型', '客户级别', '手机', '邮编', '备注', '负责人'];
const LONG = '长'.repeat(10_000);

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北销售部');
  const south = await makeDepartment(db, root, '华南销售部');
  const sales = await roleByCode(db, 'SALES');
  const lead = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, permissions: ['customer:import', 'customer:update', 'customer:create'] });
  boss = await makeUser(db, north, [lead], { name: '王经理', username: 'wangjl' });
  li = await makeUser(db, north, [sales], { name: '李娜', username: 'lina' });
  zhou = await makeUser(db, south, [sales], { name: '周洋', username: 'zhouyang' });
  const it = await makeUser(db, root, [await roleByCode(db, 'SYSTEM_ADMIN')]);
  as = { li: await tokenFor(db, li), zhou: await tokenFor(db, zhou), boss: await tokenFor(db, boss), it: await tokenFor(db, it) };
});
afterAll(async () => closeTestDatabase(db));

test('the template has Chinese headers, required ones marked, an example row and notes; left as it is, it imports nothing', async () => {
  const res = await templateRoute(new NextRequest('http://localhost/api/imports/template?module=CUSTOMER', { headers: { authorization: `Bearer ${(as.li as { token: string }).token}` } }));
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const book = new Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  const header = (book.worksheets[0].getRow(1).values as string[]).slice(1);
  expect(header[0]).toBe('客户名称*');
  expect(header).toEqual(expect.arrayContaining(['客户类型', '手机', '负责人']));
  expect(String(book.worksheets[0].getRow(2).getCell(1).value)).toBe('北京华信商贸有限公司');
  expect(book.getWorksheet('填写说明')).toBeDefined();
  const job = await dryRun(as.li, 'CUSTOMER', '客户导入模板.xlsx', bytes);
  expect(job).toMatchObject({ status: 'VALIDATED', createdCount: 0, errorCount: 0 });
  expect(job.mapping.slice(0, 3)).toEqual(['name', 'type', 'level']);
  const refused = await templateRoute(new NextRequest('http://localhost/api/imports/template?module=CUSTOMER', { headers: { authorization: `Bearer ${(as.it as { token: string }).token}` } }));
  expect(refused.status).toBe(403);
});

describe('a file with good, bad and duplicate rows', () => {
  let id: string;
  let hidden: Customer;
  let mine: Customer;

  beforeAll(async () => {
    hidden = await makeCustomer(db, zhou, { name: '广州珠江电子科技有限公司', mobile: '13911112222', remarks: '周洋的秘密' });
    mine = await makeCustomer(db, li, { name: '天津港联物流有限公司', industry: '物流' });
  });

  const file = () => xlsxFile([
    HEADER,
    ['北京新创科技有限公司', '直接客户', '核心', 13800138001, 100080, '好的一行', ''], // row 2: mobile and postcode typed as numbers
    ['上海东方贸易有限公司', '分销商', '', '13800138002', '', '', ''], // row 3
    ['', '直接客户', '', '', '', '没有名称', ''], // row 4: name missing
    ['深圳坏手机有限公司', '', '', '12345', '', '', ''], // row 5: bad mobile
    [LONG, '', '', '', '', '', ''], // row 6: 10 000 characters
    ['广州珠江电子科技（有限公司）', '', '', '', '', '', ''], // row 7: near-duplicate of zhou's customer
    ['杭州西湖茶业有限公司', '批发商', '', '', '', '', ''], // row 8: not a customer type
    ['北京新创科技', '', '', '', '', '', ''], // row 9: the same customer as row 2, once more
    ['成都公式有限公司', '', '', { formula: 'A2&"x"', result: 'x' }, '', '', ''], // row 10: a formula
    ['天津港联物流', '', '普通', '', '', '更新备注', ''], // row 11: li's own customer
    ['南京手机重复有限公司', '', '', '13911112222', '', '', ''], // row 12: zhou's customer's mobile
    ['重庆他人负责有限公司', '', '', '', '', '', 'zhouyang'], // row 13: an owner outside li's write scope
  ]);

  test('the dry run checks every row as a create would, reports row, column and message, and writes nothing', async () => {
    const before = await businessChecksums(db);
    const job = await uploaded(as.li, 'CUSTOMER', '客户.xlsx', await file());
    id = job.id;
    expect(job.mapping).toEqual(['name', 'type', 'level', 'mobile', 'postcode', 'remarks', 'owner']);
    expect((await startDry(as.li, id, job.mapping, { duplicates: 'UPDATE', owner: 'COLUMN' })).errors).toBeUndefined();
    const report = await settled(as.li, id);
    expect(await businessChecksums(db)).toEqual(before);
    expect(report).toMatchObject({ status: 'VALIDATED', totalRows: 12, createdCount: 3, updatedCount: 1, duplicateCount: 1, errorCount: 7, warningCount: 1 });
    const byRow = Object.fromEntries(report.problems.nodes.map((p: { rowNumber: number }) => [p.rowNumber, p]));
    expect(byRow[4]).toMatchObject({ kind: 'ERROR', messages: [{ column: '客户名称', message: '必填' }] });
    expect(byRow[5].messages).toEqual([{ column: '手机', message: '须为 11 位手机号' }]);
    expect(byRow[6].messages).toEqual([{ column: '客户名称', message: '不能超过 100 个字符' }]);
    expect(byRow[7]).toMatchObject({ kind: 'DUPLICATE', messages: [{ column: null, message: `已存在客户 ${hidden.code} ${hidden.name}（负责人 周洋）` }] });
    expect(byRow[8].messages[0]).toMatchObject({ column: '客户类型' });
    expect(byRow[9].messages).toEqual([{ column: null, message: '与第 2 行重复（同一文件中出现两次）' }]);
    expect(byRow[10].messages[0].message).toContain('含公式');
    expect(byRow[12]).toMatchObject({ kind: 'WARNING' });
    expect(byRow[12].messages[0].message).toContain(hidden.code);
    expect(byRow[13].messages).toEqual([{ column: '负责人', message: '“zhouyang”不在您的数据权限范围内' }]);
    // Nothing but the four fields of the hidden customer: not its mobile owner's details, not its remarks.
    expect(JSON.stringify(report)).not.toContain('周洋的秘密');
  });

  test('the rows to fix download as .xlsx with the file\'s columns and 错误原因', async () => {
    const { status, rows } = await problemFile(as.li, id);
    expect(status).toBe(200);
    expect(rows[0]).toEqual([...HEADER, '错误原因']);
    const names = rows.slice(1).map((r) => r[0]);
    // A cell longer than any field is kept cut to 2 000 characters: it is reported too long either way.
    expect(names.map((n) => (n === LONG.slice(0, 2000) ? 'LONG' : n))).toEqual(['', '深圳坏手机有限公司', 'LONG', '广州珠江电子科技（有限公司）', '杭州西湖茶业有限公司', '北京新创科技', '成都公式有限公司', '重庆他人负责有限公司']);
    expect(rows[1][HEADER.length]).toBe('客户名称：必填');
    expect((await problemFile(as.zhou, id)).status).toBe(404);
  });

  test('importing the valid rows creates and updates exactly them, owned by the importer, audited with the import id', async () => {
    const job = await committed(as.li, id);
    expect(job).toMatchObject({ status: 'DONE', createdCount: 3, updatedCount: 1, duplicateCount: 1, errorCount: 7, viewerCanUndo: true });
    const created = await db.getRepository(Customer).find({ where: { name: In(['北京新创科技有限公司', '上海东方贸易有限公司', '南京手机重复有限公司']) }, order: { id: 'ASC' } });
    expect(created.map((c) => [c.name, c.ownerId, c.createdById])).toEqual([
      ['北京新创科技有限公司', li.id, li.id], ['上海东方贸易有限公司', li.id, li.id], ['南京手机重复有限公司', li.id, li.id],
    ]);
    expect(created[0]).toMatchObject({ type: 'DIRECT', level: 'CORE', mobile: '13800138001', postcode: '100080', remarks: '好的一行' });
    expect(created[1]).toMatchObject({ type: 'DISTRIBUTOR', level: 'NORMAL' });
    expect(created[0].code).toMatch(/^KH\d{8}\d{4}$/);
    expect((await db.getRepository(Customer).findOneByOrFail({ id: mine.id })).remarks).toBe('更新备注');
    expect(await db.getRepository(Customer).findOneByOrFail({ id: hidden.id })).toMatchObject({ name: hidden.name, remarks: '周洋的秘密', ownerId: zhou.id });
    const audits = await db.getRepository(AuditLog).find({ where: { actorId: li.id, entityType: 'customer', entityId: In([...created.map((c) => c.id), mine.id]) } });
    expect(audits).toHaveLength(4);
    expect(audits.every((a) => (a.changes as { importId: number }).importId === Number(id))).toBe(true);
    expect(audits.find((a) => a.entityId === mine.id)).toMatchObject({ action: 'update', changes: { remarks: [null, '更新备注'] } });
    expect(await db.getRepository(AuditLog).findOneBy({ action: 'import', actorId: li.id })).toMatchObject({ entityType: 'customer', changes: { importId: Number(id), createdCount: 3 } });
  });

  test('undo moves what the import created to the recycle bin, as a whole, and leaves the updated customer', async () => {
    const undone = (await ok(as.li, 'mutation($id: ID!) { undoDataImport(id: $id) { status viewerCanUndo } }', { id })).undoDataImport;
    expect(undone).toEqual({ status: 'UNDONE', viewerCanUndo: false });
    const created = await db.getRepository(Customer).find({ where: { name: In(['北京新创科技有限公司', '上海东方贸易有限公司', '南京手机重复有限公司', '重庆他人负责有限公司']) } });
    expect(created).toHaveLength(3);
    expect(created.every((c) => c.deletedAt && c.nameKey === null && c.deletedById === li.id)).toBe(true);
    expect(await db.getRepository(Customer).findOneByOrFail({ id: mine.id })).toMatchObject({ deletedAt: null, remarks: '更新备注' });
    expect(await db.getRepository(AuditLog).count({ where: { action: 'delete', entityType: 'customer', entityId: In(created.map((c) => c.id)) } })).toBe(3);
    expect(codeOf(await gql(as.li, 'mutation($id: ID!) { undoDataImport(id: $id) { status } }', { id }))).toBe('CONFLICT');
    // Another user's import is invisible: as if it did not exist.
    expect((await ok(as.zhou, 'query($id: ID!) { dataImport(id: $id) { id } }', { id })).dataImport).toBeNull();
    expect(codeOf(await gql(as.zhou, 'mutation($id: ID!) { undoDataImport(id: $id) { status } }', { id }))).toBe('NOT_FOUND');
  });
});

test('all or nothing: one bad row and nothing at all is written; the report still lists it', async () => {
  const before = await businessChecksums(db);
  const job = await dryRun(as.li, 'CUSTOMER', 'all.xlsx', await xlsxFile([['客户名称', '手机'], ['全有全无甲有限公司', '13800000001'], ['全有全无乙有限公司', '1380']]), { allOrNothing: true });
  expect(job).toMatchObject({ status: 'VALIDATED', createdCount: 1, errorCount: 1 });
  const result = await committed(as.li, job.id);
  expect(result).toMatchObject({ status: 'FAILED', createdCount: 0, errorCount: 1, viewerCanUndo: false });
  expect(result.failure).toContain('nothing was imported');
  expect(result.problems.nodes.map((p: { rowNumber: number }) => p.rowNumber)).toEqual([3]);
  expect(await businessChecksums(db)).toEqual(before);
});

test('dictionary columns take option names (a region with or without 省/市, or as a path) and refuse anything else', async () => {
  const csv = [
    '客户名称,行业,来源,地区',
    '字典导入甲有限公司,批发零售,展会,广州', //           row 2: all options (广州 is 广东省 / 广州市)
    '字典导入乙有限公司,火星采矿,,', //                 row 3: not an industry
    '字典导入丙有限公司,,路边捡的,广东省/深圳市', //    row 4: not a source; the region path is fine
    '字典导入丁有限公司,信息技术,,北京', //             row 5: 北京市
    ',火星采矿,,', //                                   row 6: no name and not an industry: both reported
  ].join('\n');
  const job = await dryRun(as.li, 'CUSTOMER', 'dict.csv', new TextEncoder().encode(csv));
  expect(job).toMatchObject({ createdCount: 2, errorCount: 3 });
  const byRow = Object.fromEntries(job.problems.nodes.map((p: { rowNumber: number; messages: unknown[] }) => [p.rowNumber, p.messages]));
  expect(byRow[3]).toEqual([{ column: '行业', message: expect.stringContaining('火星采矿') }]);
  expect(byRow[4]).toEqual([{ column: '来源', message: expect.stringContaining('客户来源') }]);
  expect((byRow[6] as { column: string }[]).map((m) => m.column).sort()).toEqual(['客户名称', '行业'].sort());
  await committed(as.li, job.id);
  const rows = await db.getRepository(Customer).find({ where: { name: In(['字典导入甲有限公司', '字典导入丁有限公司']) }, order: { name: 'ASC' } });
  // Stored as the options' codes, the same as a create through the form would store them.
  expect(rows.map((c) => [c.industry, c.source, c.region])).toEqual([['信息技术', null, '北京市'], ['批发零售', '展会', expect.stringMatching(/广东省.*广州市/)]]);
});

test('a manager gives rows to the 负责人 named in the file, within the write scope; only the importer undoes', async () => {
  const job = await dryRun(as.boss, 'CUSTOMER', 'owners.csv', new TextEncoder().encode('客户名称,负责人\n经理导入甲有限公司,lina\n经理导入乙有限公司,李娜\n经理导入丙有限公司,zhouyang\n经理导入丁有限公司,\n'), { owner: 'COLUMN' });
  expect(job).toMatchObject({ createdCount: 3, errorCount: 1 });
  await committed(as.boss, job.id);
  const rows = await db.getRepository(Customer).find({ where: { name: In(['经理导入甲有限公司', '经理导入乙有限公司', '经理导入丁有限公司']) }, order: { name: 'ASC' } });
  expect(rows.map((c) => c.ownerId).sort()).toEqual([li.id, li.id, boss.id].sort());
  expect(await db.getRepository(ImportJob).countBy({ createdById: boss.id, status: Not(IsNull()) })).toBe(1);
});

test('a user without customer:import may not upload; a salesperson may not update a colleague\'s customer through an import', async () => {
  const refused = await (await import('./import-support')).upload(as.it, 'CUSTOMER', 'x.csv', new TextEncoder().encode('客户名称\n甲\n'));
  expect(refused.status).toBe(403);
  const theirs = await makeCustomer(db, zhou, { name: '周洋的老客户有限公司', remarks: '原备注' });
  const job = await dryRun(as.li, 'CUSTOMER', 'upd.csv', new TextEncoder().encode('客户名称,备注\n周洋的老客户有限公司,李娜改的\n'), { duplicates: 'UPDATE' });
  expect(job).toMatchObject({ createdCount: 0, updatedCount: 0, duplicateCount: 1 });
  await committed(as.li, job.id);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: theirs.id })).remarks).toBe('原备注');
});

test('imported customers are found by keyword like any other (the search index is written with them)', async () => {
  const job = await dryRun(as.li, 'CUSTOMER', 'keyword.csv', new TextEncoder().encode('客户名称,手机\n关键词导入测试有限公司,13911112222\n'));
  await committed(as.li, job.id);
  for (const keyword of ['关键词导入', '13911112222']) {
    const found = await ok(as.li, 'query($k: String) { customers(first: 5, filter: { keyword: $k }) { nodes { name } } }', { k: keyword });
    expect(found.customers.nodes).toEqual([{ name: '关键词导入测试有限公司' }]);
  }
});
