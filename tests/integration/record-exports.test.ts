// Exports of customers, contacts, opportunities, contracts, receivables and follow-ups (issue 12 item 2), on the demo
// company: a file holds exactly the rows the viewer's list shows for the same filter (the list's own scoped query),
// the selected ids only when every one is readable (a hidden id answers like a missing one), formula text is
// neutralised, every download is audited with its filter and row count, and each module's export permission is
// checked (a salesperson holds no contract or receivable export; the system administrator none at all).
import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import { NextRequest } from 'next/server';
import { DataSource, MoreThan } from 'typeorm';
import { AuditLog, Customer, DictionaryOption, User } from '@/entities';
import { GET as exportRoute } from '@/app/api/exports/route';
import { seedDemo } from '@/lib/demo/seed';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';

let db: DataSource;
const people: Record<string, User> = {};
const as: Record<string, As> = {};

interface Module { mutation: string; input: string; list: string; label: string; firstHeader: string; key: (node: Record<string, unknown>) => string; fields: string }
const MODULES: Record<string, Module> = {
  customer: { mutation: 'exportCustomersLink', input: 'ExportCustomersInput', list: 'customers', label: '客户', firstHeader: '客户编号', fields: 'code', key: (n) => String(n.code) },
  contact: { mutation: 'exportContactsLink', input: 'ExportContactsInput', list: 'contacts', label: '联系人', firstHeader: '姓名', fields: 'name', key: (n) => String(n.name) },
  opportunity: { mutation: 'exportOpportunitiesLink', input: 'ExportOpportunitiesInput', list: 'opportunities', label: '商机', firstHeader: '商机名称', fields: 'name', key: (n) => String(n.name) },
  contract: { mutation: 'exportContractsLink', input: 'ExportContractsInput', list: 'contracts', label: '合同', firstHeader: '合同编号', fields: 'code', key: (n) => String(n.code) },
  receivable: { mutation: 'exportReceivablesLink', input: 'ExportReceivablesInput', list: 'receivables', label: '回款', firstHeader: '回款编号', fields: 'code', key: (n) => String(n.code) },
  followup: { mutation: 'exportFollowUpsLink', input: 'ExportFollowUpsInput', list: 'followUps', label: '跟进记录', firstHeader: '跟进对象', fields: 'id', key: (n) => String(n.id) },
};

const link = (m: Module) => `mutation($input: ${m.input}!) { ${m.mutation}(input: $input) { url fileName mimeType count } }`;

async function download(who: As, url: string) {
  const headers: Record<string, string> = who && 'token' in who ? { authorization: `Bearer ${who.token}` } : {};
  const res = await exportRoute(new NextRequest(`http://localhost${url}`, { headers }));
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** CSV lines as cells (the demo data has no quotes, commas or line breaks inside cells except where tested). */
const csvRows = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

/** The newest audit entry's id: an export's own entry comes after it. */
const auditMark = async () => (await db.getRepository(AuditLog).find({ select: { id: true }, order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;

/**
 * The export's audit entry, written once the file is complete — which may be a moment after the download has been
 * read; entries before `mark` (earlier exports) never count.
 */
async function exportAuditAfter(mark: number, actorId: number, entityType: string): Promise<AuditLog | undefined> {
  for (let i = 0; i < 200; i++) {
    const found = await db.getRepository(AuditLog).findOne({ where: { action: 'export', actorId, entityType, id: MoreThan(mark) }, order: { id: 'DESC' } });
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemo(db);
  for (const username of ['li', 'wang', 'zhou', 'it', 'qian']) {
    people[username] = await db.getRepository(User).findOneByOrFail({ username });
    as[username] = await tokenFor(db, people[username]);
  }
}, 600_000);
afterAll(async () => closeTestDatabase(db));

describe.each(['wang', 'li'])('as %s', (username) => {
  test.each(Object.keys(MODULES))('the %s file holds exactly the rows of the list, audited with its count', async (module) => {
    const m = MODULES[module];
    if (username === 'li' && (module === 'contract' || module === 'receivable')) {
      expect(codeOf(await gql(as.li, link(m), { input: { format: 'CSV' } }))).toBe('FORBIDDEN');
      return;
    }
    const list = (await ok(as[username], `{ ${m.list}(first: 200) { totalCount nodes { ${m.fields} } } }`))[m.list];
    expect(list.totalCount).toBeGreaterThan(0);
    const mark = await auditMark();
    const answer = (await ok(as[username], link(m), { input: { format: 'CSV' } }))[m.mutation];
    expect(answer.count).toBe(list.totalCount);
    expect(answer.fileName).toMatch(new RegExp(`^${m.label}-\\d{12}\\.csv$`));
    const file = await download(as[username], answer.url);
    expect(file.status).toBe(200);
    const [header, ...rows] = csvRows(file.bytes);
    expect(header.split(',')[0]).toBe(m.firstHeader);
    expect(rows).toHaveLength(list.totalCount);
    if (module !== 'followup') {
      const column = header.split(',').indexOf(m.firstHeader);
      expect(rows.map((r) => r.split(',')[column]).sort()).toEqual(list.nodes.map(m.key).sort());
    }
    if (module === 'customer' && username === 'li') {
      const zhous = await db.getRepository(Customer).findBy({ ownerId: people.zhou.id });
      expect(zhous.length).toBeGreaterThan(0);
      for (const c of zhous) expect(file.bytes.toString('utf8')).not.toContain(c.code);
    }
    const audit = await exportAuditAfter(mark, people[username].id, module);
    expect(audit?.changes).toMatchObject({ count: list.totalCount, format: 'CSV', filter: {} });
  });
});

test('a filter narrows the file exactly as it narrows the list; .xlsx holds the same rows', async () => {
  const filter = { level: 'CORE' };
  const list = (await ok(as.wang, 'query($f: CustomerFilter) { customers(first: 200, filter: $f) { totalCount nodes { code } } }', { f: filter })).customers;
  expect(list.totalCount).toBeGreaterThan(0);
  const mark = await auditMark();
  const answer = (await ok(as.wang, link(MODULES.customer), { input: { format: 'XLSX', filter } })).exportCustomersLink;
  const workbook = new Workbook();
  await workbook.xlsx.read(Readable.from([(await download(as.wang, answer.url)).bytes]));
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe('客户');
  const codes = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(1).value));
  expect(codes.sort()).toEqual(list.nodes.map((n: { code: string }) => n.code).sort());
  expect((await exportAuditAfter(mark, people.wang.id, 'customer'))?.changes).toMatchObject({ count: list.totalCount, format: 'XLSX', filter });
});

test('selected ids: only readable ones; a hidden id answers like a missing one and nothing is exported', async () => {
  const own = await db.getRepository(Customer).findOneOrFail({ where: { ownerId: people.li.id }, order: { id: 'ASC' } });
  const hidden = await db.getRepository(Customer).findOneOrFail({ where: { ownerId: people.zhou.id }, order: { id: 'ASC' } });
  const mixed = await gql(as.li, link(MODULES.customer), { input: { format: 'CSV', ids: [String(own.id), String(hidden.id)] } });
  const missing = await gql(as.li, link(MODULES.customer), { input: { format: 'CSV', ids: [String(own.id), '987654321'] } });
  expect(codeOf(mixed)).toBe('NOT_FOUND');
  expect(mixed.errors![0].message).toBe(missing.errors![0].message);
  const mark = await auditMark();
  const answer = (await ok(as.li, link(MODULES.customer), { input: { format: 'CSV', ids: [String(own.id)] } })).exportCustomersLink;
  const rows = csvRows((await download(as.li, answer.url)).bytes);
  expect(rows).toHaveLength(2);
  expect(rows[1].split(',')[0]).toBe(own.code);
  expect((await exportAuditAfter(mark, people.li.id, 'customer'))?.changes).toMatchObject({ count: 1, ids: [own.id] });
  expect(codeOf(await gql(as.li, link(MODULES.customer), { input: { format: 'CSV', ids: [String(own.id)], filter: {} } }))).toBe('BAD_USER_INPUT');
});

test('formula text in a cell is neutralised in CSV', async () => {
  const own = await db.getRepository(Customer).findOneOrFail({ where: { ownerId: people.li.id }, order: { id: 'DESC' } });
  await db.getRepository(Customer).update({ id: own.id }, { remarks: '=HYPERLINK("http://evil")', contactName: '@SUM(A1)' });
  const mark = await auditMark();
  const answer = (await ok(as.li, link(MODULES.customer), { input: { format: 'CSV', ids: [String(own.id)] } })).exportCustomersLink;
  const [, row] = csvRows((await download(as.li, answer.url)).bytes);
  expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
  expect(row).toContain(`'@SUM(A1)`);
  expect(row.split(',').every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);
});

test('dictionary fields come out as their options\' current names (a region as 省 / 市), so the file imports again', async () => {
  const own = await db.getRepository(Customer).findOneOrFail({ where: { ownerId: people.li.id }, order: { id: 'ASC' } });
  await db.getRepository(Customer).update({ id: own.id }, { industry: '制造业', region: '广东省/广州市' });
  const manufacturing = await db.getRepository(DictionaryOption).findOneByOrFail({ kind: 'industry', code: '制造业' });
  await db.getRepository(DictionaryOption).update({ id: manufacturing.id }, { name: '先进制造业' });
  try {
    const mark = await auditMark();
  const answer = (await ok(as.li, link(MODULES.customer), { input: { format: 'CSV', ids: [String(own.id)] } })).exportCustomersLink;
    const [header, row] = csvRows((await download(as.li, answer.url)).bytes).map((line) => line.split(','));
    expect(row[header.indexOf('行业')]).toBe('先进制造业');
    expect(row[header.indexOf('地区')]).toBe('广东省 / 广州市');
  } finally {
    await db.getRepository(DictionaryOption).update({ id: manufacturing.id }, { name: '制造业' });
  }
});

test('each module needs its export permission; the system administrator has none; finance exports contracts and receivables', async () => {
  for (const m of Object.values(MODULES)) expect(codeOf(await gql(as.it, link(m), { input: { format: 'CSV' } }))).toBe('FORBIDDEN');
  for (const module of ['contract', 'receivable']) {
    const m = MODULES[module];
    const answer = (await ok(as.qian, link(m), { input: { format: 'CSV' } }))[m.mutation];
    const list = (await ok(as.qian, `{ ${m.list}(first: 1) { totalCount } }`))[m.list];
    expect(answer.count).toBe(list.totalCount);
  }
  expect(codeOf(await gql(as.qian, link(MODULES.customer), { input: { format: 'CSV' } }))).toBe('FORBIDDEN');
});
