// `npm run test:e2e`: builds the app if needed, loads the demo company into a fresh database (a temp SQLite file,
// or the MySQL database of DATABASE_URL), starts `next start` in its own process group, runs the browser tests
// in headless Chromium, and stops the server. Screenshots go to tests/output/.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const net = require('node:net');

function chromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  let found = candidates.find((p) => fs.existsSync(p));
  if (!found && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.log('> installing Debian chromium for the browser tests…');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
    found = candidates.find((p) => fs.existsSync(p));
  }
  if (!found) { console.error('Chromium not found: install Debian\'s chromium package or set CHROMIUM_PATH'); process.exit(1); }
  return found;
}

function run(args, env) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** True when there is no build, or a source file changed after it was made. */
function buildIsStale() {
  const id = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  if (!fs.existsSync(id)) return true;
  const built = fs.statSync(id).mtimeMs;
  const newer = (dir) => fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? newer(p) : fs.statSync(p).mtimeMs > built;
  });
  return ['app', 'graphql', 'lib', 'entities'].some((d) => fs.existsSync(path.join(root, d)) && newer(path.join(root, d)));
}

async function answers(url) {
  try { await fetch(url); return true; } catch { return false; }
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { if ((await fetch(url)).status < 500) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** A port nobody listens on, so several runs (or a leftover server) never collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(String(port)));
    });
  });
}

let port;
let base;

async function main() {
  port = process.env.E2E_PORT || (await freePort());
  base = `http://127.0.0.1:${port}`;
  const executablePath = chromium();
  const dbFile = path.join(os.tmpdir(), `crm-e2e-${process.pid}.sqlite`);
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || `file:${dbFile}`,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
    NEXTAUTH_URL: base,
    BCRYPT_ROUNDS: '6',
    CHROMIUM_PATH: executablePath,
    E2E_BASE_URL: base,
  };
  const nextBin = require.resolve('next/dist/bin/next');
  if (buildIsStale()) run([nextBin, 'build'], { ...env, NODE_ENV: 'production' });
  if (env.DATABASE_URL.startsWith('mysql')) run(['-e', dropTables], env);
  run(['-r', './scripts/register.js', 'scripts/seed-demo.ts'], env);
  // A server left over on the port would answer instead of the one just built: refuse rather than test the wrong app.
  if (await answers(`${base}/login`)) throw new Error(`port ${port} is already in use (set E2E_PORT)`);
  const server = spawn(process.execPath, [nextBin, 'start', '-p', port, '-H', '127.0.0.1'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(1); });
  let status = 1;
  try {
    await waitFor(`${base}/login`, 60000);
    const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', 'jest.e2e.config.js', '--runInBand', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
    status = jest.status ?? 1;
  } finally {
    stop();
    fs.rmSync(dbFile, { force: true });
    fs.rmSync(`${dbFile}-wal`, { force: true });
    fs.rmSync(`${dbFile}-shm`, { force: true });
  }
  process.exit(status);
}

// A fresh MySQL database for the browser tests: drop every table so the demo seed runs again.
const dropTables = `
const mysql = require('mysql2/promise');
(async () => {
  const c = await mysql.createConnection(process.env.DATABASE_URL);
  const [rows] = await c.query('SHOW TABLES');
  await c.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const r of rows) await c.query('DROP TABLE \`' + Object.values(r)[0] + '\`');
  await c.end();
})().catch((e) => { console.error(e.message); process.exit(1); });`;

main().catch((error) => { console.error(error); process.exit(1); });
