// Background job runner. `npm run jobs` runs every job, then again every JOBS_INTERVAL_MINUTES (default 5);
// `npm run jobs -- once <name>` runs one job once and exits; `npm run jobs -- list` names them.
import { openDataSource } from '@/lib/db/data-source';
import { JOBS } from '@/lib/jobs';

const usage = 'usage: npm run jobs [-- once <job> | -- list]';

async function runOnce(name: string) {
  const job = JOBS[name];
  if (!job) throw new Error(`unknown job "${name}"; known: ${Object.keys(JOBS).join(', ')}`);
  const db = await openDataSource();
  try {
    const started = Date.now();
    const result = await job(db);
    console.log(`${name}: ${JSON.stringify(result)} in ${Date.now() - started} ms`);
  } finally {
    await db.destroy();
  }
}

async function schedule() {
  const minutes = Number(process.env.JOBS_INTERVAL_MINUTES ?? 5);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error('JOBS_INTERVAL_MINUTES must be a positive number');
  const db = await openDataSource();
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = () => { stopping = true; wake?.(); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`jobs: ${Object.keys(JOBS).join(', ')} every ${minutes} min (Ctrl+C stops)`);
  while (!stopping) {
    for (const [name, job] of Object.entries(JOBS)) {
      if (stopping) break;
      try {
        console.log(`${new Date().toISOString()} ${name}: ${JSON.stringify(await job(db))}`);
      } catch (error) {
        // One failing run must not stop the schedule; the next run tries again.
        console.error(`${new Date().toISOString()} ${name} failed:`, error);
      }
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, minutes * 60_000);
      wake = () => { clearTimeout(timer); resolve(); };
    });
  }
  await db.destroy();
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (!command) return schedule();
  if (command === 'list') return console.log(Object.keys(JOBS).join('\n'));
  if (command === 'once' && name) return runOnce(name);
  throw new Error(usage);
}

main().catch((error) => { console.error(error instanceof Error ? error.message : error); process.exit(1); });
