// `npm run bench`: the HTTP benchmark of issue 9 on MariaDB. For each size (BENCH_SIZES, default 10k, 100k, 1M
// customers) it builds or reuses the bench database, serves the built app against it, and times every case of
// http/cases through POST /api/graphql with the viewers' API tokens next to the hand-written SQL floor. Then it
// prints the figures at the largest size, the growth, the throughput and the database settings, and exits 1 when a
// target is missed. Never part of CI: it takes minutes and a MariaDB server. See tests/bench/README.md.
import os from 'node:os';
import { Dataset, ensureDataset } from './generate/dataset';
import { Conn, connect, databaseName, rows } from './generate/sql';
import { CaseContext, Prepared, ViewerRole, createContext } from './http/case';
import { ALL_CASES } from './http/cases';
import { gql } from './http/client';
import { CONNECTIONS, SAMPLES, THROUGHPUT_SECONDS, httpThroughput, sqlThroughput, time } from './http/measure';
import { Row, Throughput, figuresTable, growthTable, misses, table } from './http/report';
import { Server, buildApp, startServer } from './http/server';
import { databaseSettings, formatBytes } from './settings';
import { EXTRA_MEASURES, ExtraResult } from './extras';

const BASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/crm_bench';
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number).sort((a, b) => a - b);
const ONLY = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES, 'i') : null;

/** The largest size uses DATABASE_URL's database; smaller ones a sibling named after their size (crm_bench_10k). */
function urlFor(size: number) {
  if (size === SIZES[SIZES.length - 1]) return BASE_URL;
  const label = size % 1_000_000 === 0 ? `${size / 1_000_000}m` : size % 1000 === 0 ? `${size / 1000}k` : String(size);
  const u = new URL(BASE_URL.replace(/^mariadb:/, 'mysql:'));
  u.pathname = `/${databaseName(BASE_URL)}_${label}`;
  return u.toString();
}

async function runCase(ctx: CaseContext, size: number, c: (typeof ALL_CASES)[number], role: ViewerRole): Promise<{ row: Row; prepared?: Prepared }> {
  const row: Row = { size, group: c.group, name: c.name, role, target: c.targets[role]! };
  let prepared: Prepared | undefined;
  try {
    prepared = await c.prepare(ctx, role);
    const api = await time(() => ctx.call(role, prepared!.call));
    Object.assign(row, { p50: api.p50, p95: api.p95, samples: api.samples });
  } catch (error) {
    row.error = (error as Error).message.replace(/\s+/g, ' ');
  }
  if (prepared?.floor.length && !row.error) {
    try {
      row.floor = (await time(async () => { for (const s of prepared!.floor) await ctx.sql.query(s.sql, s.params ?? []); })).p50;
    } catch (error) {
      row.error = `SQL floor: ${(error as Error).message.replace(/\s+/g, ' ')}`;
    }
  }
  if (process.env.BENCH_QUIET !== '1') console.log(`  ${c.name} (${role}): ${row.error ? `error: ${row.error}` : `p50 ${row.p50!.toFixed(1)} ms, p95 ${row.p95!.toFixed(1)} ms, floor ${row.floor?.toFixed(1) ?? '—'} ms (n=${row.samples})`}`);
  return { row, prepared };
}

async function throughputs(ctx: CaseContext, server: Server, dataset: Dataset, prepared: Map<string, Prepared>): Promise<Throughput[]> {
  const result: Throughput[] = [];
  for (const c of ALL_CASES) {
    for (const role of c.throughput ?? []) {
      const p = prepared.get(`${c.name}\u0000${role}`);
      if (!p) continue;
      const http = await httpThroughput(server.base, dataset.tokens[role], p.call);
      const rawRps = c.rawThroughput ? await sqlThroughput(dataset.url, async (conn) => { for (const s of p.floor) await conn.query(s.sql, s.params ?? []); }) : undefined;
      const ok = rawRps !== undefined ? http.errors === 0 && http.rps >= 0.7 * rawRps : http.errors === 0 && http.rps >= 500;
      result.push({ name: c.name, role, rps: http.rps, errors: http.errors, rawRps, target: rawRps !== undefined ? '≥ 0.7 × raw SQL' : '≥ 500 req/s', ok });
      console.log(`  throughput ${c.name} (${role}): ${http.rps.toFixed(0)} req/s${rawRps !== undefined ? `, raw SQL ${rawRps.toFixed(0)}/s` : ''}, ${http.errors} errors`);
    }
  }
  return result;
}

async function tableSizes(sql: Conn) {
  return rows<{ t: string; r: number; mb: number }>(sql, `SELECT table_name AS t, table_rows AS r, ROUND((data_length + index_length) / 1048576) AS mb
    FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY data_length + index_length DESC LIMIT 8`);
}

const load = () => os.loadavg().map((n) => n.toFixed(1)).join(' / ');

async function main() {
  const loadAtStart = load();
  buildApp();
  const all: Row[] = [];
  let httpFloor = 0;
  let throughput: Throughput[] = [];
  let extras: ExtraResult[] = [];
  let settings: Record<string, string> = {};
  let sizesText = '';
  const generated: string[] = [];
  for (const size of SIZES) {
    const dataset = await ensureDataset(urlFor(size), size);
    generated.push(`${size.toLocaleString('en')} customers: ${databaseName(dataset.url)}, ${dataset.reused ? 'reused, ' : ''}generated in ${dataset.generatedSeconds} s`);
    const server = await startServer(dataset.url);
    const sql = await connect(dataset.url);
    try {
      const ctx = createContext(dataset, server.base, sql);
      const largest = size === SIZES[SIZES.length - 1];
      console.log(`\n${size.toLocaleString('en')} customers — viewers: ${Object.entries(dataset.viewers).map(([r, v]) => `${r} ${v.username} (${v.customers} customers)`).join(', ')}`);
      const empty = await time(() => gql(server.base, null, { query: '{ __typename }' }));
      if (largest) httpFloor = empty.p50;
      const prepared = new Map<string, Prepared>();
      for (const c of ALL_CASES.filter((k) => !ONLY || ONLY.test(k.name) || ONLY.test(k.group))) {
        for (const role of Object.keys(c.targets) as ViewerRole[]) {
          const { row, prepared: p } = await runCase(ctx, size, c, role);
          all.push(row);
          if (p) prepared.set(`${c.name}\u0000${role}`, p);
        }
      }
      if (largest) {
        throughput = await throughputs(ctx, server, dataset, prepared);
        for (const extra of EXTRA_MEASURES) extras.push(...await extra(ctx, server));
        settings = await databaseSettings(sql);
        sizesText = table(['table', 'rows (estimate)', 'MiB'], (await tableSizes(sql)).map((t) => [t.t, String(t.r), String(t.mb)]));
      }
    } finally {
      await sql.end();
      server.stop();
    }
  }
  const largest = SIZES[SIZES.length - 1];
  const atLargest = all.filter((r) => r.size === largest);
  const growth = SIZES.length > 1 ? growthTable(all, SIZES) : null;
  console.log(`\n## Figures at ${largest.toLocaleString('en')} customers (p50/p95 of sequential warm calls through POST /api/graphql; floor: the hand-written SQL for the same page via mysql2)`);
  console.log(figuresTable(atLargest, httpFloor));
  console.log(`HTTP floor (p50 of an unauthenticated { __typename }): ${httpFloor.toFixed(1)} ms; ratio target: p50 ≤ 1.5 × SQL floor + HTTP floor`);
  if (growth) { console.log(`\n## Growth (p50 ms)`); console.log(growth.text); }
  if (throughput.length) {
    console.log(`\n## Throughput at ${CONNECTIONS} concurrent clients, ${THROUGHPUT_SECONDS} s`);
    console.log(table(['query', 'viewer', 'req/s', 'errors', 'raw SQL /s', 'target', 'result'], throughput.map((t) => [t.name, t.role, t.rps.toFixed(0), String(t.errors), t.rawRps?.toFixed(0) ?? '—', t.target, t.ok ? 'ok' : 'MISS'])));
  }
  if (extras.length) {
    console.log('\n## Other measures');
    console.log(table(['measure', 'value', 'target', 'result'], extras.map((e) => [e.name, e.value, e.target, e.ok ? 'ok' : 'MISS'])));
  }
  console.log(`\n## Database (MariaDB) settings used\n${Object.entries(settings).map(([k, v]) => `${k} = ${formatBytes(v)}`).join('\n')}`);
  console.log(`\n## Largest tables at ${largest.toLocaleString('en')} customers\n${sizesText}`);
  console.log(`\n## Datasets\n${generated.join('\n')}\nsamples per query: up to ${SAMPLES} (fewer when one call takes over 1.5 s, see n)\nmachine: ${os.cpus().length} CPUs, load average (1/5/15 min) ${loadAtStart} at the start, ${load()} at the end (other work on the machine slows every figure)`);
  const missed = [...misses(atLargest, httpFloor), ...(growth?.misses ?? []), ...throughput.filter((t) => !t.ok).map((t) => `throughput ${t.name} (${t.role}): ${t.rps.toFixed(0)} req/s, target ${t.target}${t.rawRps ? ` (raw ${t.rawRps.toFixed(0)}/s)` : ''}`),
    ...extras.filter((e) => !e.ok).map((e) => `${e.name}: ${e.value}, target ${e.target}`)];
  console.log(missed.length ? `\n${missed.length} target(s) missed:\n- ${missed.join('\n- ')}` : '\nall targets met');
  process.exit(missed.length ? 1 : 0);
}

main().catch((error) => { console.error(error); process.exit(1); });
