// Helpers for the import tests: files built in memory (.xlsx through exceljs, CSV in any encoding), the upload
// through the real route handler, the wizard's GraphQL steps, waiting for a pass to finish, and the business tables'
// checksums (the import's own bookkeeping left out) to prove that nothing was written.
import iconv from 'iconv-lite';
import { Workbook } from 'exceljs';
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { POST as uploadRoute } from '@/app/api/imports/route';
import { GET as problemsRoute } from '@/app/api/imports/[id]/problems/route';
import { As, gql, ok } from '../support/api';
import { tableChecksums } from './security/support';

export const IMPORT_FIELDS = `id module status fileName totalRows processedRows createdCount updatedCount duplicateCount errorCount warningCount failure progress
  headers mapping options { owner ownerId duplicates allOrNothing } viewerCanUndo problemFileUrl
  problems(first: 200) { totalCount nodes { rowNumber kind cells messages { column message } } }`;

const headersOf = (as: As): Record<string, string> => (as && 'token' in as ? { authorization: `Bearer ${as.token}` } : as && 'cookie' in as ? { cookie: as.cookie } : {});

export async function xlsxFile(rows: unknown[][], decorate?: (sheet: import('exceljs').Worksheet) => void): Promise<Uint8Array> {
  const book = new Workbook();
  const sheet = book.addWorksheet('导入');
  for (const row of rows) sheet.addRow(row);
  decorate?.(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer() as ArrayBuffer);
}

export function csvFile(text: string, encoding: 'utf8' | 'utf8bom' | 'gbk' | 'gb18030'): Uint8Array {
  const body = encoding === 'utf8' || encoding === 'utf8bom' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, encoding));
  return encoding === 'utf8bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** POST /api/imports as a browser form would. */
export async function upload(as: As, module: string, fileName: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set('module', module);
  form.set('file', new Blob([bytes as BlobPart]), fileName);
  const res = await uploadRoute(new NextRequest('http://localhost/api/imports', { method: 'POST', headers: headersOf(as), body: form }));
  return { status: res.status, json: await res.json() };
}

export async function uploaded(as: As, module: string, fileName: string, bytes: Uint8Array): Promise<{ id: string; mapping: (string | null)[]; headers: string[] }> {
  const answer = await upload(as, module, fileName, bytes);
  if (answer.status !== 201) throw new Error(`upload refused: ${JSON.stringify(answer.json)}`);
  return answer.json.import;
}

const START = `mutation($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { id status } }`;
export const startDry = (as: As, id: string, mapping: (string | null)[], options: Record<string, unknown> = {}) =>
  gql(as, START, { id, input: { mapping, options: { owner: 'ME', duplicates: 'SKIP', allOrNothing: false, ...options } } });

export const commit = (as: As, id: string) => gql(as, 'mutation($id: ID!) { commitDataImport(id: $id) { id status } }', { id });

/** Polls the import until it is no longer running. */
export async function settled(as: As, id: string) {
  for (let i = 0; i < 600; i++) {
    const job = (await ok(as, `query($id: ID!) { dataImport(id: $id) { ${IMPORT_FIELDS} } }`, { id })).dataImport;
    if (job && job.status !== 'VALIDATING' && job.status !== 'IMPORTING') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Upload, dry run with the suggested mapping, and the finished report. */
export async function dryRun(as: As, module: string, fileName: string, bytes: Uint8Array, options: Record<string, unknown> = {}) {
  const job = await uploaded(as, module, fileName, bytes);
  const started = await startDry(as, job.id, job.mapping, options);
  if (started.errors) throw new Error(`dry run refused: ${JSON.stringify(started.errors)}`);
  return settled(as, job.id);
}

export async function committed(as: As, id: string) {
  const answer = await commit(as, id);
  if (answer.errors) throw new Error(`commit refused: ${JSON.stringify(answer.errors)}`);
  return settled(as, id);
}

export async function problemFile(as: As, id: string): Promise<{ status: number; rows: string[][] }> {
  const res = await problemsRoute(new NextRequest(`http://localhost/api/imports/${id}/problems`, { headers: headersOf(as) }), { params: Promise.resolve({ id }) });
  if (res.status !== 200) return { status: res.status, rows: [] };
  const book = new Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => { const values = row.values as unknown[]; rows.push(Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => { const v = values[i + 1]; return v === null || v === undefined ? '' : String(v); })); });
  return { status: 200, rows };
}

/** Checksums of the tables an import writes to for real (its own job, problem and record rows left out). */
export async function businessChecksums(db: DataSource) {
  const all = await tableChecksums(db);
  for (const own of ['import_job', 'import_problem', 'import_record', 'operation_lease', 'api_token']) delete all[own];
  return all;
}
