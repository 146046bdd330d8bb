// Streamed exports (lib/export): exportLeadsLink returns a short-lived signed link, GET /api/exports streams the
// file read from the scoped query in keyset batches (never all rows at once), only to the user it was made for,
// with formula text neutralised, and the download is audited with its filter and row count.
import { Readable } from 'node:stream';
import { ValueType, Workbook } from 'exceljs';
import { NextRequest } from 'next/server';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditLog, Lead } from '@/entities';
import { GET as exportRoute } from '@/app/api/exports/route';
import { EXPORT_BATCH } from '@/lib/export/export';
import { signExportLink } from '@/lib/export/export-link';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, sessionCookieFor } from '../support/api';
import { Company, makeCompany, makeLead } from './lead-support';

let db: DataSource;
let co: Company;
const MANY = EXPORT_BATCH * 2 + 500;
const FORMULAS = ['=HYPERLINK("http://evil")', '+1+2', '-1+cmd', '@SUM(A1)'];

const LINK = 'mutation($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { url expiresAt fileName mimeType count } }';

function headersFor(as: As): Record<string, string> {
  if (as && 'token' in as) return { authorization: `Bearer ${as.token}` };
  if (as && 'cookie' in as) return { cookie: as.cookie };
  return {};
}

async function download(as: As, url: string) {
  const res = await exportRoute(new NextRequest(`http://localhost${url}`, { headers: headersFor(as) }));
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes };
}

const csvRows = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

async function exportAudits(actorId: number): Promise<AuditLog[]> {
  // The entry is written once the last row has left the stream: give the server's side a moment to record it.
  for (let i = 0; i < 200; i++) {
    const found = await db.getRepository(AuditLog).find({ where: { action: 'export', actorId }, order: { id: 'ASC' } });
    if (found.length) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return [];
}

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  const rows = Array.from({ length: MANY }, (_, i) => ({ name: `批量${i}`, company: `批量公司${i}`, source: '批量', status: 'NEW', ownerId: co.sun.id, createdById: co.sun.id }));
  for (let i = 0; i < rows.length; i += 500) await db.getRepository(Lead).insert(rows.slice(i, i + 500) as never);
  for (const name of FORMULAS) await makeLead(db, co.li, { name, company: name, source: '公式' });
});
afterAll(async () => closeTestDatabase(db));

test('a large export streams in keyset batches: no read holds more than one batch, and every row arrives once', async () => {
  const link = (await ok(co.as.sun, LINK, { input: { format: 'CSV', filter: { source: '批量' } } })).exportLeadsLink;
  expect(link.count).toBe(MANY);
  expect(link.url).toMatch(/^\/api\/exports\?token=/);
  const reads: number[] = [];
  const spy = jest.spyOn(SelectQueryBuilder.prototype, 'getMany');
  const file = await download(co.as.sun, link.url);
  const leadReads = spy.mock.results.filter((_, i) => spy.mock.contexts[i]?.expressionMap.mainAlias?.metadata.tableName === 'lead');
  for (const r of leadReads) reads.push((await r.value).length);
  spy.mockRestore();
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const lines = csvRows(file.bytes);
  expect(lines).toHaveLength(MANY + 1);
  expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(MANY);
  expect(reads).toEqual([EXPORT_BATCH, EXPORT_BATCH, 500]);
  const [entry] = await exportAudits(co.sun.id);
  expect(entry).toMatchObject({ entityType: 'lead', entityId: null, changes: { count: MANY, format: 'CSV', filter: { source: '批量' } } });
});

test('formula text is neutralised in CSV and stays typed text in .xlsx', async () => {
  const csvLink = (await ok(co.as.li, LINK, { input: { format: 'CSV', filter: { source: '公式' } } })).exportLeadsLink;
  const csv = csvRows((await download(co.as.li, csvLink.url)).bytes).slice(1);
  expect(csv).toHaveLength(FORMULAS.length);
  for (const formula of FORMULAS) expect(csv.some((line) => line.includes(`'${formula.replace(/"/g, '""')}`))).toBe(true);
  expect(csv.every((line) => !/(^|,)[=+\-@]/.test(line))).toBe(true);

  const xlsxLink = (await ok(co.as.li, LINK, { input: { format: 'XLSX', filter: { source: '公式' } } })).exportLeadsLink;
  const file = await download(co.as.li, xlsxLink.url);
  expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new Workbook();
  await workbook.xlsx.read(Readable.from([file.bytes]));
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe('线索');
  const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(2));
  expect(cells.map((c) => c.value).sort()).toEqual([...FORMULAS].sort());
  expect(cells.every((c) => c.type === ValueType.String)).toBe(true);
});

test('the link works only for the user it was made for, unexpired and untampered; the rows follow their scope now', async () => {
  const link = (await ok(co.as.li, LINK, { input: { format: 'CSV', filter: { source: '公式' } } })).exportLeadsLink;
  expect((await download(co.as.sun, link.url)).status).toBe(404);
  expect((await download(null, link.url)).status).toBe(404);
  const token = decodeURIComponent(link.url.split('token=')[1]);
  const [body, mac] = token.split('.');
  const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), userId: co.sun.id })).toString('base64url');
  expect((await download(co.as.sun, `/api/exports?token=${encodeURIComponent(`${forged}.${mac}`)}`)).status).toBe(404);
  const expired = signExportLink({ userId: co.li.id, module: 'lead', format: 'CSV', params: { ids: null, filter: {} } }, Date.now() - 3600_000);
  expect((await download(co.as.li, `/api/exports?token=${encodeURIComponent(expired.token)}`)).status).toBe(404);
  // A link made for ids the manager may read exports nothing of another region even when the ids name such rows.
  const hidden = await makeLead(db, co.zhou, { name: '华南线索', source: '公式' });
  const widened = signExportLink({ userId: co.manager.id, module: 'lead', format: 'CSV', params: { ids: [hidden.id], filter: null } });
  const file = await download(co.as.manager, `/api/exports?token=${encodeURIComponent(widened.token)}`);
  expect(file.status).toBe(200);
  expect(csvRows(file.bytes)).toHaveLength(1);
});

test('the browser downloads the link with its session cookie, as the leads page does', async () => {
  const cookie = await sessionCookieFor(co.li);
  const link = (await ok(cookie, LINK, { input: { format: 'XLSX', filter: { source: '公式' } } })).exportLeadsLink;
  expect(link.fileName).toMatch(/^线索-\d{12}\.xlsx$/);
  const file = await download(cookie, link.url);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''");
  const workbook = new Workbook();
  await workbook.xlsx.read(Readable.from([file.bytes]));
  expect(workbook.worksheets[0].rowCount).toBe(FORMULAS.length + 1);
});

test('refusals: lead:export is required, a foreign id is NOT_FOUND, bad input is BAD_USER_INPUT', async () => {
  const other = await makeLead(db, co.zhou, { name: '周的线索' });
  expect(codeOf(await gql(co.as.li, LINK, { input: { format: 'CSV', ids: [String(other.id)] } }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(co.as.li, LINK, { input: { format: 'CSV', ids: ['1'], filter: { source: 'x' } } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(null, LINK, { input: { format: 'CSV' } }))).toBe('UNAUTHENTICATED');
});
