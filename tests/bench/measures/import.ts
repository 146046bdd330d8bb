// Import of 100 000 customers (issue 12): a CSV as Chinese offices write it — 98% new companies, 1% names already in
// the database, 0.5% a company of the row before written another way, 0.5% bad mobile numbers — uploaded to /api/imports as the super
// administrator, checked (the dry run: every row validated, duplicates against the 1M customers and within the file),
// then imported (the valid rows), each pass timed from its start until the job reports it finished, with the server's
// memory sampled. The import is then undone (its customers go to the recycle bin) so the dataset stays as generated.
import { CaseContext } from '../http/case';
import { Server } from '../http/server';
import { ExtraResult, rssSampler } from './measure';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const PASS_SECONDS = 60;
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '苏州'];
const INDUSTRIES = ['批发零售', '信息技术', '制造业', '交通物流', '教育', '医疗健康', '建筑业', '食品饮料'];
const TRADES = ['商贸', '科技', '机械', '物流', '教育', '医药', '建设', '食品'];
/** Dictionary options (names, as a file has them; regions by city name without 市). */
const SOURCES = ['展会', '客户介绍', '网络推广', '电话营销', '老客户介绍'];

interface Job { id: string; status: string; processedRows: number; totalRows: number | null; createdCount: number; duplicateCount: number; errorCount: number; warningCount: number; mapping: (string | null)[] }
const FIELDS = 'id status processedRows totalRows createdCount duplicateCount errorCount warningCount mapping';

async function csvFile(ctx: CaseContext): Promise<{ csv: string; expected: { created: number; duplicates: number; errors: number } }> {
  const stamp = Date.now().toString(36);
  const existing = Math.round(ROWS * 0.01);
  const [found] = await ctx.sql.query('SELECT name FROM customer WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ?', [existing]);
  const taken = (found as { name: string }[]).map((r) => r.name);
  const lines = ['客户名称,客户级别,行业,来源,地区,联系人,手机,邮箱,地址'];
  let duplicates = 0;
  let errors = 0;
  for (let i = 0; i < ROWS; i += 1) {
    const city = CITIES[i % CITIES.length];
    let name = `${city}导入测${stamp}第${i}号${TRADES[i % TRADES.length]}有限公司`;
    // A customer of the database (a duplicate), or the previous row's company written another way (a repeat in the
    // file: an error naming the first row).
    if (i % 100 === 7 && taken.length) {
      name = taken[Math.floor(i / 100) % taken.length];
      duplicates += 1;
    } else if (i % 200 === 3) {
      name = `${CITIES[(i - 1) % CITIES.length]}导入测${stamp}第${i - 1}号${TRADES[(i - 1) % TRADES.length]}（有限公司）`;
      errors += 1;
    }
    const bad = i % 200 === 11;
    if (bad) errors += 1;
    const mobile = bad ? '1234' : `13${String(900000000 + i).padStart(9, '0')}`;
    lines.push([name, i % 10 === 0 ? '核心' : '普通', INDUSTRIES[i % INDUSTRIES.length], SOURCES[i % SOURCES.length], city, `联系人${i % 997}`, mobile, `c${i}@example.cn`, `${city}市某区某路${i % 500}号`].join(','));
  }
  return { csv: `\uFEFF${lines.join('\n')}\n`, expected: { created: ROWS - duplicates - errors, duplicates, errors } };
}

async function waitFor(ctx: CaseContext, id: string, done: (job: Job) => boolean): Promise<Job> {
  for (;;) {
    const { dataImport } = await ctx.call<{ dataImport: Job }>('admin', { query: `query($id: ID!) { dataImport(id: $id) { ${FIELDS} } }`, variables: { id } });
    if (done(dataImport)) return dataImport;
    if (['FAILED', 'CANCELLED'].includes(dataImport.status)) throw new Error(`the import ended ${dataImport.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const seconds = (from: number) => (performance.now() - from) / 1000;

export async function measureImport(ctx: CaseContext, server: Server): Promise<ExtraResult[]> {
  const label = `import ${ROWS.toLocaleString('en')} customers`;
  try {
    const { csv, expected } = await csvFile(ctx);
    const memory = rssSampler(server);
    const checkStart = performance.now();
    const form = new FormData();
    form.set('module', 'CUSTOMER');
    form.set('file', new Blob([csv], { type: 'text/csv' }), 'bench-customers.csv');
    const res = await fetch(`${server.base}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${ctx.dataset.tokens.admin}` } });
    if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    const uploaded = (await res.json()).import as Job;
    await ctx.call('admin', {
      query: 'mutation($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { id } }',
      variables: { id: uploaded.id, input: { mapping: uploaded.mapping, options: { owner: 'ME', duplicates: 'SKIP', allOrNothing: false } } },
    });
    const checked = await waitFor(ctx, uploaded.id, (j) => j.status === 'VALIDATED');
    const checkSeconds = seconds(checkStart);
    const commitStart = performance.now();
    await ctx.call('admin', { query: 'mutation($id: ID!) { commitDataImport(id: $id) { id } }', variables: { id: uploaded.id } });
    const done = await waitFor(ctx, uploaded.id, (j) => j.status === 'DONE');
    const commitSeconds = seconds(commitStart);
    const { idle, peak } = memory.stop();
    const undoStart = performance.now();
    await ctx.call('admin', { query: 'mutation($id: ID!) { undoDataImport(id: $id) { id } }', variables: { id: uploaded.id } });
    const undoSeconds = seconds(undoStart);
    const counts = (j: Job) => `new ${j.createdCount}, duplicate ${j.duplicateCount}, error ${j.errorCount}, warning ${j.warningCount}`;
    console.log(`  ${label}: dry run ${checkSeconds.toFixed(1)} s (${counts(checked)}), import ${commitSeconds.toFixed(1)} s (${counts(done)}), undo ${undoSeconds.toFixed(1)} s, server RSS ${idle.toFixed(0)} → peak ${peak.toFixed(0)} MiB`);
    const right = (j: Job) => j.createdCount === expected.created && j.duplicateCount === expected.duplicates && j.errorCount === expected.errors;
    const want = `new ${expected.created}, duplicate ${expected.duplicates}, error ${expected.errors}`;
    return [
      { name: `${label}: dry run (upload, check every row)`, value: `${checkSeconds.toFixed(1)} s — ${counts(checked)}`, target: `≤ ${PASS_SECONDS} s; ${want}`, ok: checkSeconds <= PASS_SECONDS && right(checked) },
      { name: `${label}: import the valid rows`, value: `${commitSeconds.toFixed(1)} s — ${counts(done)}`, target: `≤ ${PASS_SECONDS} s; ${want}`, ok: commitSeconds <= PASS_SECONDS && right(done) },
      { name: `${label}: server RSS above idle`, value: `${(peak - idle).toFixed(0)} MiB (idle ${idle.toFixed(0)}, peak ${peak.toFixed(0)})`, target: '≤ 300 MiB', ok: peak - idle <= 300 },
      { name: `${label}: undo (to the recycle bin)`, value: `${undoSeconds.toFixed(1)} s`, target: `≤ ${PASS_SECONDS} s`, ok: undoSeconds <= PASS_SECONDS },
    ];
  } catch (error) {
    return [{ name: label, value: `error: ${(error as Error).message}`, target: `≤ ${PASS_SECONDS} s per pass`, ok: false }];
  }
}
