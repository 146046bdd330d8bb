// Timing: p50/p95 over sequential warm calls, and throughput at N concurrent clients (autocannon for HTTP,
// a mysql2 pool for the raw SQL).
import mysql from 'mysql2/promise';
import { GqlCall } from './client';

interface AutocannonResult { requests: { average: number }; errors: number; non2xx: number; timeouts: number }
// autocannon ships no type declarations; this is the part of its API the bench uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

export const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 10);

export interface Timing { p50: number; p95: number; samples: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Longest a case may spend on its samples; slow queries get fewer samples (the table says how many). */
const BUDGET_MS = Number(process.env.BENCH_CASE_SECONDS ?? 30) * 1000;

export async function time(fn: () => Promise<unknown>, samples = SAMPLES): Promise<Timing> {
  const first = performance.now();
  await fn();
  const once = performance.now() - first;
  for (let i = 1; i < WARMUP && once < 1000; i++) await fn();
  // At least 3 samples when they fit the budget; a call slower than a third of it gets what fits (at least one).
  const n = Math.max(Math.min(3, Math.floor(BUDGET_MS / Math.max(once, 1))), 1, Math.min(samples, Math.floor(BUDGET_MS / Math.max(once, 1))));
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), samples: n };
}

/** Requests per second through the API at CONNECTIONS concurrent clients; non-2xx answers and GraphQL errors count as failures. */
export async function httpThroughput(base: string, token: string, call: GqlCall): Promise<{ rps: number; errors: number }> {
  const result = await autocannon({
    url: `${base}/api/graphql`, method: 'POST', connections: CONNECTIONS, duration: THROUGHPUT_SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(call),
  });
  return { rps: result.requests.average, errors: result.errors + result.non2xx + result.timeouts };
}

/** Statements per second for the same SQL at CONNECTIONS concurrent connections. */
export async function sqlThroughput(url: string, run: (conn: mysql.PoolConnection) => Promise<unknown>): Promise<number> {
  const pool = mysql.createPool({ uri: url.replace(/^mariadb:/, 'mysql:'), connectionLimit: CONNECTIONS, timezone: 'Z', dateStrings: true });
  try {
    const until = performance.now() + THROUGHPUT_SECONDS * 1000;
    let done = 0;
    await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
      const conn = await pool.getConnection();
      try {
        while (performance.now() < until) { await run(conn); done++; }
      } finally { conn.release(); }
    }));
    return done / THROUGHPUT_SECONDS;
  } finally {
    await pool.end();
  }
}
