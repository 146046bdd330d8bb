// Lead export: exactly the leads the viewer may read (selected or all matching the filter), as CSV with a BOM
// and Chinese headers or as .xlsx; both parsed back with exceljs; every export audited with its count.
import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditLog, Customer, Lead } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeRole, makeUser } from '../support/factories';
import { Company, expectUnchanged, makeCompany, makeLead } from './lead-support';

let db: DataSource;
let co: Company;
let all: Lead[];

const EXPORT = 'mutation($input: ExportLeadsInput!) { exportLeads(input: $input) { fileName mimeType contentBase64 count } }';
const HEADERS = ['线索编号', '姓名', '公司', '手机', '电话', '邮箱', '来源', '地址', '状态', '负责人', '下次联系时间', '转化客户', '转化时间', '创建人', '创建时间', '更新时间', '备注'];

/** Rows of a parsed file as objects keyed by the Chinese header. */
type Row = Record<string, string>;

async function parseCsv(base64: string): Promise<{ bom: boolean; headers: string[]; rows: Row[] }> {
  const bytes = Buffer.from(base64, 'base64');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const workbook = new Workbook();
  // exceljs' CSV reader takes a stream; the BOM is stripped as Excel would.
  const sheet = await workbook.csv.read(Readable.from([bytes.subarray(bom ? 3 : 0).toString('utf8')]));
  return { bom, ...table(sheet) };
}

async function parseXlsx(base64: string) {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const sheet = workbook.worksheets[0];
  return { name: sheet.name, ...table(sheet) };
}

function table(sheet: import('exceljs').Worksheet) {
  const values = (i: number) => {
    const row = sheet.getRow(i);
    return HEADERS.map((_, c) => { const v = row.getCell(c + 1).value; return v === null || v === undefined ? '' : String(v); });
  };
  const headers = values(1);
  const rows: Row[] = [];
  for (let i = 2; i <= sheet.rowCount; i++) rows.push(Object.fromEntries(headers.map((h, c) => [h, values(i)[c]])));
  return { headers, rows };
}

const exportAs = (as: As, input: Record<string, unknown>) => ok(as, EXPORT, { input }).then((d) => d.exportLeads);
const leadIds = (rows: Row[]) => rows.map((r) => Number(r['线索编号'])).sort((a, b) => a - b);
const idsOf = (leads: Lead[]) => leads.map((l) => l.id).sort((a, b) => a - b);

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  const customer = await makeCustomer(db, co.li, { name: '北京华信科技有限公司' });
  const hidden = await makeCustomer(db, co.zhou, { name: '广州海纳科技有限公司' });
  all = [
    await makeLead(db, co.li, { name: '张伟', company: '北京华信科技有限公司', mobile: '13800138000', source: '展会', status: LeadStatus.CONVERTED, convertedCustomerId: customer.id, convertedAt: new Date() }),
    await makeLead(db, co.li, { name: '王芳', company: '北京"引号",逗号公司', remarks: '第一行\n第二行', source: '官网' }),
    await makeLead(db, co.li, { name: '=HYPERLINK("http://evil")', company: null, source: '展会' }),
    await makeLead(db, co.sun, { name: '孙磊客户', company: '北京金桥物流有限公司', source: '展会' }),
    // Converted by zhou into a customer only zhou's scope covers.
    await makeLead(db, co.zhou, { name: '周洋客户', company: '广州海纳科技有限公司', source: '展会', status: LeadStatus.CONVERTED, convertedCustomerId: hidden.id, convertedAt: new Date() }),
    await makeLead(db, co.li, { name: '已删除线索', deletedAt: new Date() }),
  ];
});
afterAll(async () => closeTestDatabase(db));

test('CSV of everything a salesperson may read: their own live leads, BOM, Chinese headers, values that survive quoting', async () => {
  const file = await exportAs(co.as.li, { format: 'CSV' });
  expect(file.mimeType).toBe('text/csv; charset=utf-8');
  expect(file.fileName).toMatch(/^线索-\d{12}\.csv$/);
  const csv = await parseCsv(file.contentBase64);
  expect(csv.bom).toBe(true);
  expect(csv.headers).toEqual(HEADERS);
  expect(leadIds(csv.rows)).toEqual(idsOf(all.slice(0, 3)));
  expect(file.count).toBe(3);
  const byName = new Map(csv.rows.map((r) => [r['姓名'], r]));
  expect(byName.get('张伟')).toMatchObject({ 公司: '北京华信科技有限公司', 手机: '13800138000', 状态: '已转化', 负责人: '李娜', 转化客户: `北京华信科技有限公司（${(await db.getRepository(Customer).findOneByOrFail({ name: '北京华信科技有限公司' })).code}）` });
  expect(byName.get('王芳')).toMatchObject({ 公司: '北京"引号",逗号公司', 备注: '第一行\n第二行', 状态: '新线索' });
  // A formula typed into a lead is neutralised for spreadsheet programs.
  expect(byName.has("'=HYPERLINK(\"http://evil\")")).toBe(true);
});

test('XLSX by filter goes through the scoped list: the manager gets the subtree\'s leads matching the filter, never the other region', async () => {
  const filter = { source: '展会' };
  const file = await exportAs(co.as.manager, { format: 'XLSX', filter });
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const xlsx = await parseXlsx(file.contentBase64);
  expect(xlsx.name).toBe('线索');
  expect(xlsx.headers).toEqual(HEADERS);
  const listed = (await ok(co.as.manager, 'query($filter: LeadFilter) { leads(filter: $filter, first: 200) { totalCount nodes { id } } }', { filter })).leads;
  expect(leadIds(xlsx.rows)).toEqual(listed.nodes.map((n: { id: string }) => Number(n.id)).sort((a: number, b: number) => a - b));
  expect(leadIds(xlsx.rows)).toEqual(idsOf([all[0], all[2], all[3]]));
  expect(file.count).toBe(listed.totalCount);
  expect(xlsx.rows.find((r) => r['姓名'] === '=HYPERLINK("http://evil")')).toBeDefined();
});

test('the converted customer shows only when the viewer may read it', async () => {
  // Leads company-wide, customers only their own: zhou's customer stays hidden in the export.
  const role = await makeRole(db, { read: ScopeLevel.SELF, permissions: ['lead:export'], moduleScopes: { lead: { read: ScopeLevel.ALL, write: ScopeLevel.NONE } } });
  const auditor = await makeUser(db, co.root, [role]);
  const file = await exportAs(await tokenFor(db, auditor), { format: 'CSV', ids: [String(all[4].id)] });
  const [row] = (await parseCsv(file.contentBase64)).rows;
  expect(row).toMatchObject({ 姓名: '周洋客户', 状态: '已转化', 转化客户: '' });
});

test('selected ids must all be readable: one foreign id is NOT_FOUND and nothing is exported or audited', async () => {
  const before = await db.getRepository(AuditLog).countBy({ action: 'export' });
  const refused = await expectUnchanged(db, () => gql(co.as.li, EXPORT, { input: { format: 'CSV', ids: [String(all[1].id), String(all[3].id)] } }));
  expect(codeOf(refused)).toBe('NOT_FOUND');
  expect(refused.data).toBeNull();
  expect(await db.getRepository(AuditLog).countBy({ action: 'export' })).toBe(before);
  const file = await exportAs(co.as.li, { format: 'XLSX', ids: [String(all[1].id), String(all[5].id)] });
  expect(leadIds((await parseXlsx(file.contentBase64)).rows)).toEqual(idsOf([all[1], all[5]]));
});

test('every export is audited with its count, format and what was asked for', async () => {
  await db.getRepository(AuditLog).delete({ action: 'export' });
  await exportAs(co.as.sun, { format: 'CSV', filter: { keyword: '孙磊' } });
  await exportAs(co.as.li, { format: 'XLSX', ids: [String(all[0].id)] });
  const entries = await db.getRepository(AuditLog).find({ where: { action: 'export' }, order: { id: 'ASC' } });
  expect(entries.map((e) => [e.actorId, e.entityType, e.entityId, e.changes])).toEqual([
    [co.sun.id, 'lead', null, { count: 1, format: 'CSV', filter: { keyword: '孙磊' } }],
    [co.li.id, 'lead', null, { count: 1, format: 'XLSX', ids: [all[0].id] }],
  ]);
});

test('refusals: lead:export is required; ids and a filter together, an empty id list or a bad format are BAD_USER_INPUT', async () => {
  const role = await makeRole(db, { permissions: ['lead:create'] });
  const user = await makeUser(db, co.beijing, [role]);
  const asUser = await tokenFor(db, user);
  expect(codeOf(await expectUnchanged(db, () => gql(asUser, EXPORT, { input: { format: 'CSV' } })))).toBe('FORBIDDEN');
  expect(codeOf(await gql(co.as.li, EXPORT, { input: { format: 'CSV', ids: [String(all[0].id)], filter: { source: '展会' } } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(co.as.li, EXPORT, { input: { format: 'CSV', ids: [] } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(co.as.li, EXPORT, { input: { format: 'PDF' } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(null, EXPORT, { input: { format: 'CSV' } }))).toBe('UNAUTHENTICATED');
});
