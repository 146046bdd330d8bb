// The streamed export (issue 9 item 7, issue 12): 100 000 leads and 100 000 customers, as CSV and as .xlsx, through
// export<Module>Link + GET /api/exports as the super administrator, timed, with the server's resident memory
// sampled against idle.
import { CaseContext } from '../http/case';
import { Server } from '../http/server';
import { ExtraResult, rssSampler } from './measure';

const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const EXPORT_SECONDS = 20;
const EXPORT_RSS_MIB = 300;

interface Exported { table: 'lead' | 'customer'; noun: string; field: string; input: string }
const LEADS: Exported = { table: 'lead', noun: 'leads', field: 'exportLeadsLink', input: 'ExportLeadsInput' };
const CUSTOMERS: Exported = { table: 'customer', noun: 'customers', field: 'exportCustomersLink', input: 'ExportCustomersInput' };

/** A creation date from which a little more than EXPORT_ROWS live rows were created (some of them sit in the pool,
 * which the customer list and its export leave out). */
async function createdFrom(ctx: CaseContext, table: string): Promise<string> {
  const [rows] = await ctx.sql.query(`SELECT created_at AS at FROM \`${table}\` WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1 OFFSET ?`, [Math.ceil(EXPORT_ROWS * 1.05) - 1]);
  const at = (rows as { at: string }[])[0]?.at;
  return at ? new Date(`${at.replace(' ', 'T')}Z`).toISOString() : new Date(0).toISOString();
}

async function streamedExport(ctx: CaseContext, server: Server, what: Exported, format: 'CSV' | 'XLSX'): Promise<ExtraResult[]> {
  const filter = { createdFrom: await createdFrom(ctx, what.table) };
  const memory = rssSampler(server);
  const start = performance.now();
  try {
    const query = `mutation($input: ${what.input}!) { link: ${what.field}(input: $input) { url count fileName } }`;
    const { link } = await ctx.call<{ link: { url: string; count: number } }>('admin', { query, variables: { input: { format, filter } } });
    const res = await fetch(`${server.base}${link.url}`, { headers: { authorization: `Bearer ${ctx.dataset.tokens.admin}` } });
    if (res.status !== 200 || !res.body) throw new Error(`download answered ${res.status}`);
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
    const seconds = (performance.now() - start) / 1000;
    const { idle, peak } = memory.stop();
    const name = `export ${link.count.toLocaleString('en')} ${what.noun} as ${format}`;
    console.log(`  ${name}: ${seconds.toFixed(1)} s, ${(bytes / 1048576).toFixed(1)} MiB, server RSS ${idle.toFixed(0)} → peak ${peak.toFixed(0)} MiB`);
    return [
      { name: `${name}: time`, value: `${seconds.toFixed(1)} s (${(bytes / 1048576).toFixed(1)} MiB)`, target: `≤ ${EXPORT_SECONDS} s for ${EXPORT_ROWS.toLocaleString('en')} rows`, ok: link.count >= EXPORT_ROWS && seconds <= EXPORT_SECONDS },
      { name: `${name}: server RSS above idle`, value: `${(peak - idle).toFixed(0)} MiB (idle ${idle.toFixed(0)}, peak ${peak.toFixed(0)})`, target: `≤ ${EXPORT_RSS_MIB} MiB`, ok: peak - idle <= EXPORT_RSS_MIB },
    ];
  } catch (error) {
    memory.stop();
    return [{ name: `export ${what.noun} as ${format}`, value: `error: ${(error as Error).message}`, target: `≤ ${EXPORT_SECONDS} s`, ok: false }];
  }
}

export async function measureExports(ctx: CaseContext, server: Server): Promise<ExtraResult[]> {
  const out: ExtraResult[] = [];
  for (const what of [LEADS, CUSTOMERS]) for (const format of ['CSV', 'XLSX'] as const) out.push(...await streamedExport(ctx, server, what, format));
  return out;
}
