// `npm run demo`: build the app, migrate the embedded SQLite database, load the demo company if the database is
// empty, and serve on http://localhost:$PORT (default 3000). Plain Node so it runs before anything is built.
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const port = process.env.PORT || '3000';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function secret() {
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  // A demo install keeps one random secret under data/ so sessions survive restarts.
  const file = path.join(root, 'data', '.auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = {
  ...process.env,
  NEXTAUTH_SECRET: secret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  PORT: port,
};
// The demo runs with introspection on so the API can be explored; production leaves it off unless asked.
env.GRAPHQL_INTROSPECTION ??= 'true';

console.log('> building the app (next build)…');
run(npx, ['next', 'build'], env);
console.log('> migrating the database and loading the demo company if it is empty…');
run(process.execPath, ['-r', './scripts/register.js', 'scripts/seed-demo.ts'], env);
console.log(`> serving on http://localhost:${port}  (logins: admin, it, wang, chen, li, sun, zhao, zhou, qian — password Demo#2026)`);
const server = spawn(npx, ['next', 'start', '-p', port], { cwd: root, stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
