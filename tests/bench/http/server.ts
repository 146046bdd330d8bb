// Builds the app once (NEXT_DIST_DIR=.next-bench) and serves it with `next start` in its own process group
// against a bench database, as scripts/e2e.js does; stop() ends the whole group.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next-bench';
const nextBin = () => require.resolve('next/dist/bin/next', { paths: [root] });

/** True when there is no build, or a source file changed after it was made. */
function buildIsStale() {
  const id = path.join(root, DIST_DIR, 'BUILD_ID');
  if (!fs.existsSync(id)) return true;
  const built = fs.statSync(id).mtimeMs;
  const newer = (dir: string): boolean => fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? newer(p) : fs.statSync(p).mtimeMs > built;
  });
  return ['app', 'graphql', 'lib', 'entities'].some((d) => fs.existsSync(path.join(root, d)) && newer(path.join(root, d)));
}

export function buildApp() {
  if (process.env.BENCH_SKIP_BUILD === '1' || !buildIsStale()) return;
  console.log(`building the app into ${DIST_DIR}…`);
  const result = spawnSync(process.execPath, [nextBin(), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, NEXT_SKIP_TYPECHECK: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Server {
  base: string;
  /** Resident memory of every process of the server's group, in MiB. */
  rssMiB(): number;
  stop(): void;
}

function groupRssMiB(pgid: number): number {
  const out = spawnSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb.trim()), 0) / 1024;
}

export async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: databaseUrl, NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  const child = spawn(process.execPath, [nextBin(), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  const pgid = child.pid!;
  const stop = () => { try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', stop);
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.status < 500) break;
    } catch { /* not up yet */ }
    if (Date.now() > until) { stop(); throw new Error(`server did not answer at ${base}`); }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, rssMiB: () => groupRssMiB(pgid), stop };
}
