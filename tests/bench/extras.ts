// Measures that are not a GraphQL query: the streamed export (issue 9 item 7) — 100 000 leads as CSV and as .xlsx
// through exportLeadsLink + GET /api/exports, timed, with the server's resident memory sampled against idle.
import { CaseContext } from './http/case';
import { Server } from './http/server';

export interface ExtraResult { name: string; value: string; target: string; ok: boolean }
export type ExtraMeasure = (ctx: CaseContext, server: Server) => Promise<ExtraResult[]>;

const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const EXPORT_SECONDS = 20;
const EXPORT_RSS_MIB = 300;

const LINK = 'mutation($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { url count fileName } }';

/** The creation date before which about EXPORT_ROWS of the administrator's leads were created. */
async function createdFrom(ctx: CaseContext): Promise<string> {
  const [rows] = await ctx.sql.query('SELECT created_at AS at FROM `lead` WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1 OFFSET ?', [EXPORT_ROWS - 1]);
  const at = (rows as { at: string }[])[0]?.at;
  return at ? new Date(`${at.replace(' ', 'T')}Z`).toISOString() : new Date(0).toISOString();
}

async function streamedExport(ctx: CaseContext, server: Server, format: 'CSV' | 'XLSX'): Promise<ExtraResult[]> {
  const token = ctx.dataset.tokens.admin;
  const filter = { createdFrom: await createdFrom(ctx) };
  const idle = server.rssMiB();
  let peak = idle;
  const sampler = setInterval(() => { peak = Math.max(peak, server.rssMiB()); }, 200);
  const start = performance.now();
  try {
    const { exportLeadsLink: link } = await ctx.call<{ exportLeadsLink: { url: string; count: number } }>('admin', { query: LINK, variables: { input: { format, filter } } });
    const res = await fetch(`${server.base}${link.url}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200 || !res.body) throw new Error(`download answered ${res.status}`);
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, server.rssMiB());
    const name = `export ${link.count.toLocaleString('en')} leads as ${format}`;
    console.log(`  ${name}: ${seconds.toFixed(1)} s, ${(bytes / 1048576).toFixed(1)} MiB, server RSS ${idle.toFixed(0)} → peak ${peak.toFixed(0)} MiB`);
    return [
      { name: `${name}: time`, value: `${seconds.toFixed(1)} s (${(bytes / 1048576).toFixed(1)} MiB)`, target: `≤ ${EXPORT_SECONDS} s for ${EXPORT_ROWS.toLocaleString('en')} rows`, ok: link.count >= EXPORT_ROWS && seconds <= EXPORT_SECONDS },
      { name: `${name}: server RSS above idle`, value: `${(peak - idle).toFixed(0)} MiB (idle ${idle.toFixed(0)}, peak ${peak.toFixed(0)})`, target: `≤ ${EXPORT_RSS_MIB} MiB`, ok: peak - idle <= EXPORT_RSS_MIB },
    ];
  } catch (error) {
    clearInterval(sampler);
    return [{ name: `export leads as ${format}`, value: `error: ${(error as Error).message}`, target: `≤ ${EXPORT_SECONDS} s`, ok: false }];
  }
}

export const EXTRA_MEASURES: ExtraMeasure[] = [
  async (ctx, server) => [...await streamedExport(ctx, server, 'CSV'), ...await streamedExport(ctx, server, 'XLSX')],
];
