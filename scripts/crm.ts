// Administration commands. Usage:
//   npm run crm -- create-admin <username> [--name N] [--password P]
//     Runs the migrations and the first-start bootstrap, then creates an ACTIVE super administrator who must
//     change the password at the first login. Without --password a strong one is generated and printed once.
//   npm run crm -- backup <file.tar.gz>     one consistent archive of the database and the attachment files
//   npm run crm -- restore <file.tar.gz>    into an empty database, after checking the archive
//   npm run crm -- check-rollups [--rebuild]
//     Compares what database triggers keep for the dashboard with the rows (exit 1 when something differs);
//     --rebuild recomputes it from the rows.
import { createDataSource } from '@/lib/db/data-source';
import { DomainError } from '@/lib/errors';
import { createAdmin } from '@/lib/org/create-admin';
import { attachmentConfig } from '@/lib/attachment/attachment.config';
import { createBackup } from '@/lib/backup/backup';
import { restoreBackup } from '@/lib/backup/restore';
import { BackupError } from '@/lib/backup/manifest';
import { derivedDataDrift, rebuildDerivedData } from '@/lib/insight/derived';

const USAGE = [
  'usage: npm run crm -- create-admin <username> [--name N] [--password P]',
  '       npm run crm -- backup <file.tar.gz>',
  '       npm run crm -- restore <file.tar.gz>',
  '       npm run crm -- check-rollups [--rebuild]',
].join('\n');

async function checkRollups(rebuild: boolean): Promise<number> {
  const db = createDataSource();
  await db.initialize();
  try {
    if (rebuild) {
      const started = Date.now();
      await rebuildDerivedData(db.manager);
      console.log(`Rebuilt the dashboard's rollups and follow-up parent copies in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    const drift = await derivedDataDrift(db.manager);
    for (const line of drift) console.error(line);
    if (!drift.length) console.log('The dashboard\'s rollups and follow-up parent copies equal their rows.');
    return drift.length ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

async function archiveCommand(command: 'backup' | 'restore', file: string): Promise<number> {
  const options = { databaseUrl: process.env.DATABASE_URL, attachmentDir: attachmentConfig().dir, file };
  try {
    const started = Date.now();
    const manifest = command === 'backup' ? await createBackup(options) : await restoreBackup(options);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`${command === 'backup' ? 'Backed up' : 'Restored'} ${manifest.tables.length} tables (${rows} rows) and ${manifest.attachments.length} attachment files ${command === 'backup' ? 'to' : 'from'} ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s (schema: ${manifest.migrations.at(-1) ?? 'empty'}).`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`${command} refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const [key, inline] = arg.slice(2).split(/=(.*)/s);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new Error(`--${key} needs a value`);
    options[key] = value;
  }
  return { command, positional, options };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'check-rollups' && argv.slice(1).every((a) => a === '--rebuild') && argv.length <= 2) return checkRollups(argv.length === 2);
  const { command, positional, options } = parseArgs(argv);
  if ((command === 'backup' || command === 'restore') && positional.length === 1 && !Object.keys(options).length) return archiveCommand(command, positional[0]);
  if (command !== 'create-admin' || positional.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const unknown = Object.keys(options).filter((k) => k !== 'name' && k !== 'password');
  if (unknown.length) {
    console.error(`unknown option --${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const db = createDataSource();
  await db.initialize();
  try {
    await db.runMigrations();
    const { user, password, generated } = await createAdmin(db, { username: positional[0], name: options.name, password: options.password });
    console.log(`Created super administrator "${user.username}" (id ${user.id}). The password must be changed at the first login.`);
    if (generated) console.log(`Initial password (shown only this once): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = (error.details.fields as { field: string; message: string }[] | undefined) ?? [];
      console.error(`create-admin refused: ${fields.length ? fields.map((f) => `${f.field} ${f.message}`).join('; ') : error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

main().then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 1; });
