// Runs an import's pass — the dry run (VALIDATING) or the commit (IMPORTING) — on whichever app server claims its
// lease: the file streamed in batches, each batch cleaned, checked and (committing) written exactly the same way, the
// progress, counts and problem rows kept in the database as it goes. Importing the valid rows commits batch by batch
// with the progress in the same transaction, so a pass whose server died resumes after the last committed batch;
// all-or-nothing is one transaction that a bad row, a cancel or a crash rolls back whole (and a resume restarts).
import crypto from 'node:crypto';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { ImportJob, ImportProblem, User } from '@/entities';
import { ImportStatus } from '@/entities/import-job.entity';
import { UserStatus } from '@/entities/user.entity';
import { hasPermission, loadViewer } from '@/lib/access';
import { importerMayWrite, refuseUnwritableCells } from './field-permissions';
import { checkDictionaryValues } from './dictionary-values';
import { checkCustomColumns, requireCustomColumns, withCustomColumns, writeCustomColumns } from './custom-columns';
import { audit } from '@/lib/audit/audit';
import { isUniqueViolation } from '@/lib/db/errors';
import { inTransaction } from '@/lib/db/transaction';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { IMPORT_BATCH, IMPORT_LEASE_MS, importConfig } from './import-config';
import { importFilePath, removeImportFile } from './import-file';
import { ImportContext, ImportModuleSpec, ImportRow } from './import-module';
import { importModule } from './modules';
import { markRepeats, toImportRow } from './import-rows';
import { resolveOwners } from './owners';
import { SourceRow, isBlankRow } from './read/cell';
import { fileProblem, openRows } from './read/source';

type Spec = ImportModuleSpec<Record<string, unknown>>;
type Row = ImportRow<Record<string, unknown>>;

class LostLease extends Error {}
class Cancelled extends Error {}
class Rejected extends Error {}

const RUNNING = [ImportStatus.VALIDATING, ImportStatus.IMPORTING];
/** Problem rows kept in memory for an all-or-nothing commit's report (written after the rollback). */
const MAX_HELD_PROBLEMS = 20_000;

interface Counts { createdCount: number; updatedCount: number; duplicateCount: number; errorCount: number; warningCount: number }
const zero = (): Counts => ({ createdCount: 0, updatedCount: 0, duplicateCount: 0, errorCount: 0, warningCount: 0 });

/** Takes the job's lease when nobody holds it or the holder's ran out; null when another server runs it. */
async function claim(db: DataSource, jobId: number, holder: string): Promise<ImportJob | null> {
  const now = new Date();
  const result = await db.createQueryBuilder().update(ImportJob)
    .set({ leaseHolder: holder, leaseExpiresAt: new Date(now.getTime() + IMPORT_LEASE_MS) })
    .where('id = :jobId AND status IN (:...running)', { jobId, running: RUNNING })
    .andWhere('(lease_holder IS NULL OR lease_expires_at < :now)', { now }).execute();
  return result.affected ? db.manager.findOneBy(ImportJob, { id: jobId }) : null;
}

/** Progress and counts, renewing the lease; a lease lost to another server stops this pass. */
async function progress(manager: EntityManager, job: ImportJob, holder: string, patch: Partial<ImportJob>) {
  const result = await manager.createQueryBuilder().update(ImportJob)
    .set({ ...patch, leaseExpiresAt: new Date(Date.now() + IMPORT_LEASE_MS) })
    .where('id = :id AND lease_holder = :holder', { id: job.id, holder }).execute();
  if (!result.affected) throw new LostLease();
}

async function finish(manager: EntityManager, job: ImportJob, holder: string, patch: Partial<ImportJob>) {
  await manager.createQueryBuilder().update(ImportJob)
    .set({ finishedAt: new Date(), ...patch, leaseHolder: null, leaseExpiresAt: null })
    .where('id = :id AND lease_holder = :holder', { id: job.id, holder }).execute();
}

/**
 * A row's cells as kept for the file of rows to fix: each cut to 2 000 characters (longer than any field takes, so
 * only cells already reported too long lose text) and 20 000 in all — a TEXT column holds 64 KiB on MySQL.
 */
export function keptCells(cells: string[]): string[] {
  let budget = 20_000;
  return cells.map((cell) => {
    const kept = cell.slice(0, Math.min(2000, Math.max(0, budget)));
    budget -= kept.length;
    return kept;
  });
}

function problemsOf(jobId: number, rows: Row[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const row of rows) {
    if (row.action === 'ERROR') out.push({ importId: jobId, rowNumber: row.number, kind: 'ERROR', messages: [...row.errors, ...row.warnings], cells: keptCells(row.cells) });
    else if (row.action === 'DUPLICATE') out.push({ importId: jobId, rowNumber: row.number, kind: 'DUPLICATE', messages: [{ column: null, message: row.duplicate ?? '重复' }, ...row.warnings], cells: keptCells(row.cells) });
    else if (row.warnings.length) out.push({ importId: jobId, rowNumber: row.number, kind: 'WARNING', messages: row.warnings, cells: keptCells(row.cells) });
  }
  return out;
}

async function saveProblems(manager: EntityManager, problems: ImportProblem[]) {
  for (let i = 0; i < problems.length; i += 200) {
    await manager.createQueryBuilder().insert().into(ImportProblem).values(problems.slice(i, i + 200)).orIgnore().updateEntity(false).execute();
  }
}

function tally(counts: Counts, rows: Row[]) {
  for (const row of rows) {
    if (row.action === 'ERROR') counts.errorCount++;
    else if (row.action === 'DUPLICATE') counts.duplicateCount++;
    else if (row.action === 'CREATE') counts.createdCount++;
    else if (row.action === 'UPDATE') counts.updatedCount++;
    if (row.warnings.length && row.action !== 'ERROR' && row.action !== 'DUPLICATE') counts.warningCount++;
  }
}

interface Pass {
  db: DataSource;
  job: ImportJob;
  holder: string;
  spec: Spec;
  ctx: ImportContext;
  commit: boolean;
  allOrNothing: boolean;
  counts: Counts;
  seen: Map<string, number>;
  held: ImportProblem[];
  processed: number;
}

/** Cleans, checks and (committing) writes one batch in `manager`. */
async function work(pass: Pass, manager: EntityManager, rows: Row[]) {
  // Dictionary values on every row, so a row's report names all its problems; the module's checks on the clean ones.
  refuseUnwritableCells(pass.ctx.viewer, pass.spec, rows);
  if (pass.spec.dictionaryTable) await checkDictionaryValues(pass.ctx, pass.spec.dictionaryTable, pass.spec.fields, rows);
  await checkCustomColumns(pass.ctx, pass.spec, rows);
  await pass.spec.check(manager, pass.ctx, rows.filter((r) => !r.errors.length));
  requireCustomColumns(pass.spec, rows, (key) => importerMayWrite(pass.ctx.viewer, pass.spec, key));
  markRepeats(pass.spec, rows, pass.seen);
  for (const row of rows) if (row.errors.length) row.action = 'ERROR';
  if (!pass.commit) return;
  const written = rows.filter((r) => r.action === 'CREATE' || r.action === 'UPDATE');
  await pass.spec.write(manager, pass.ctx, written);
  await writeCustomColumns(manager, pass.ctx, pass.spec, written);
}

async function prepared(pass: Pass, batch: SourceRow[], date1904: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  for (const source of batch) {
    const row = toImportRow(pass.spec, pass.job.mapping, source, date1904);
    if (!row) continue;
    if (!row.errors.length) await pass.spec.clean(row, pass.ctx);
    rows.push(row);
  }
  await resolveOwners(pass.ctx.reader, pass.ctx, pass.spec, rows.filter((r) => !r.errors.length));
  return rows;
}

/** Stops the pass when its importer asked to cancel it. */
async function stopIfCancelled(pass: Pass) {
  const cancel = await pass.db.manager.findOne(ImportJob, { select: { id: true, cancelRequested: true }, where: { id: pass.job.id } });
  if (cancel?.cancelRequested) throw new Cancelled();
}

async function runBatch(pass: Pass, batch: SourceRow[], date1904: boolean, bytes: number, manager: EntityManager | null) {
  await stopIfCancelled(pass);
  let rows = await prepared(pass, batch, date1904);
  const seenBefore = new Map(pass.seen);
  const counts = { ...pass.counts };
  const apply = async (m: EntityManager) => {
    pass.seen = new Map(seenBefore);
    await work(pass, m, rows);
    const batchCounts = { ...counts };
    tally(batchCounts, rows);
    const problems = problemsOf(pass.job.id, rows);
    const processed = pass.processed + batch.length;
    if (pass.allOrNothing) {
      if (pass.held.length < MAX_HELD_PROBLEMS) pass.held.push(...problems.slice(0, MAX_HELD_PROBLEMS - pass.held.length));
      await progress(pass.db.manager, pass.job, pass.holder, { processedRows: processed, processedBytes: bytes, ...batchCounts });
    } else {
      // Problems and progress in the batch's own transaction: a resumed pass continues after what is committed.
      await saveProblems(m, problems);
      await progress(m, pass.job, pass.holder, { processedRows: processed, processedBytes: bytes, ...batchCounts });
    }
    pass.counts = batchCounts;
    pass.processed = processed;
  };
  if (manager) return apply(manager);
  if (!pass.commit) return apply(pass.db.manager);
  try {
    await inTransaction(pass.db, apply);
  } catch (error) {
    // Someone created the same name between the check and the insert: check the batch again, once.
    if (!isUniqueViolation(error)) throw error;
    rows = await prepared(pass, batch, date1904);
    await inTransaction(pass.db, apply);
  }
}

/** Reads the data rows (after the header, blank rows left out), in batches; the first `skip` are only keyed. */
async function readBatches(pass: Pass, skip: number, onBatch: (rows: SourceRow[], date1904: boolean, bytes: number) => Promise<void>) {
  const source = openRows(importFilePath(pass.job.storageName), pass.job.fileFormat as 'XLSX' | 'CSV', (pass.job.encoding as never) ?? null);
  const max = importConfig().maxRows;
  let header = false;
  let count = 0;
  let batch: SourceRow[] = [];
  try {
    for await (const row of source.rows) {
      if (isBlankRow(row.cells)) continue;
      if (!header) { header = true; continue; }
      if (++count > max) throw fileProblem('TOO_MANY_ROWS', `more than ${max} rows: split the file`);
      if (count <= skip) {
        // Rows committed before a resume: their keys still count for repeats later in the file.
        const prepared = toImportRow(pass.spec, pass.job.mapping, row, source.date1904());
        if (prepared && !prepared.errors.length) { await pass.spec.clean(prepared, pass.ctx); markRepeats(pass.spec, [prepared], pass.seen); }
        continue;
      }
      batch.push(row);
      if (batch.length >= IMPORT_BATCH) { await onBatch(batch, source.date1904(), source.bytesRead()); batch = []; }
    }
    if (batch.length) await onBatch(batch, source.date1904(), source.bytesRead());
  } finally {
    source.close();
  }
  return count;
}

async function importer(db: DataSource, job: ImportJob) {
  const user = await db.manager.findOneBy(User, { id: job.createdById });
  const loaded = user && user.status === UserStatus.ACTIVE ? await loadViewer(db.manager, user.id, { requestId: `import:${job.id}` }) : null;
  return loaded?.viewer ?? null;
}

async function runClaimed(db: DataSource, job: ImportJob, holder: string) {
  const base = importModule(job.module);
  const spec = base && await withCustomColumns(db.manager, base);
  const viewer = await importer(db, job);
  if (!spec || !viewer || !hasPermission(viewer, spec.permission)) {
    await finish(db.manager, job, holder, { status: ImportStatus.FAILED, failure: 'The importer may no longer import these records' });
    return;
  }
  const commit = job.status === ImportStatus.IMPORTING;
  const allOrNothing = commit && job.options.allOrNothing;
  const resume = commit && !allOrNothing ? job.processedRows : 0;
  const pass: Pass = {
    db, job, holder, spec, commit, allOrNothing, seen: new Map(), held: [], processed: resume,
    counts: resume ? { createdCount: job.createdCount, updatedCount: job.updatedCount, duplicateCount: job.duplicateCount, errorCount: job.errorCount, warningCount: job.warningCount } : zero(),
    ctx: { reader: db.manager, viewer, actor: { userId: viewer.userId, ip: null, requestId: `import:${job.id}` }, job, cache: new Map() },
  };
  if (!resume) {
    await db.manager.delete(ImportProblem, { importId: job.id });
    await progress(db.manager, job, holder, { processedRows: 0, processedBytes: 0, ...zero(), startedAt: new Date(), failure: null });
  }
  const summary = () => ({ importId: job.id, fileName: job.fileName, ...pass.counts });
  try {
    if (!allOrNothing) {
      const total = await readBatches(pass, resume, (rows, date1904, bytes) => runBatch(pass, rows, date1904, bytes, null));
      // A cancel asked for while the last batch ran still wins: the importer saw the pass running when asking.
      await stopIfCancelled(pass);
      if (commit) await audit(db.manager, pass.ctx.actor, { action: 'import', entityType: spec.entityType, entityId: null, changes: summary() });
      await finish(db.manager, job, holder, { status: commit ? ImportStatus.DONE : ImportStatus.VALIDATED, totalRows: total, ...pass.counts, ...(commit ? {} : { validatedAt: new Date(), finishedAt: null }) });
    } else {
      let total = 0;
      await inTransaction(db, async (manager) => {
        total = await readBatches(pass, 0, (rows, date1904, bytes) => runBatch(pass, rows, date1904, bytes, manager));
        if (pass.counts.errorCount) throw new Rejected();
        await audit(manager, pass.ctx.actor, { action: 'import', entityType: spec.entityType, entityId: null, changes: summary() });
        await finish(manager, job, holder, { status: ImportStatus.DONE, totalRows: total, ...pass.counts });
      });
    }
    if (commit) await removeImportFile(job.storageName).catch(() => undefined);
  } catch (error) {
    if (error instanceof LostLease) return;
    if (allOrNothing) await saveProblems(db.manager, pass.held);
    const nothingWritten = allOrNothing ? { createdCount: 0, updatedCount: 0 } : {};
    if (error instanceof Cancelled) {
      await finish(db.manager, job, holder, { status: ImportStatus.CANCELLED, ...pass.counts, ...nothingWritten });
    } else if (error instanceof Rejected) {
      await finish(db.manager, job, holder, {
        status: ImportStatus.FAILED, totalRows: pass.processed, ...pass.counts, ...nothingWritten,
        failure: `${pass.counts.errorCount} rows have errors: nothing was imported (all or nothing)`,
      });
    } else {
      throw error;
    }
    if (commit) await removeImportFile(job.storageName).catch(() => undefined);
  }
}

/** Runs (or resumes) the job if this server can claim it; a failure of the whole file is recorded on the job. */
export async function runImport(db: DataSource, jobId: number): Promise<void> {
  const holder = crypto.randomUUID();
  const job = await claim(db, jobId, holder);
  if (!job) return;
  try {
    await runClaimed(db, job, holder);
  } catch (error) {
    const domain = error instanceof DomainError;
    if (!domain) logger.error({ err: error, importId: jobId }, 'import failed');
    await finish(db.manager, job, holder, {
      status: ImportStatus.FAILED, failure: domain ? error.message.replace(/^file: /, '') : 'The import stopped on an unexpected error; nothing more was written',
    }).catch((e) => logger.error({ err: e, importId: jobId }, 'import failure not recorded'));
  }
}

/**
 * Starts the job on this server without waiting for it (the caller answers at once; the client polls). The lease
 * decides who runs it: a second start, here or on another server, does nothing while the first renews its lease.
 */
export function runImportInBackground(db: DataSource, jobId: number) {
  void runImport(db, jobId).catch((error) => logger.error({ err: error, importId: jobId }, 'import run failed'));
}

/** The jobs runner's pass (`npm run jobs`): stalled imports resumed and awaited, files of abandoned ones removed. */
export async function runImportJobs(db: DataSource, now = new Date()) {
  const stalled = await stalledImports(db);
  for (const id of stalled) await runImport(db, id);
  const abandoned = await db.manager.find(ImportJob, {
    select: { id: true, storageName: true }, where: { status: In([ImportStatus.UPLOADED, ImportStatus.VALIDATED]), updatedAt: LessThan(new Date(now.getTime() - ABANDONED_MS)) },
  });
  for (const job of abandoned) {
    const moved = await db.createQueryBuilder().update(ImportJob).set({ status: ImportStatus.CANCELLED, finishedAt: now, failure: 'Not imported within 7 days' })
      .where('id = :id AND status IN (:...waiting)', { id: job.id, waiting: [ImportStatus.UPLOADED, ImportStatus.VALIDATED] }).execute();
    if (moved.affected) await removeImportFile(job.storageName).catch(() => undefined);
  }
  return { resumed: stalled.length, abandoned: abandoned.length };
}

/** An upload or a checked import nobody took further for this long is discarded with its file. */
const ABANDONED_MS = 7 * 86400_000;

async function stalledImports(db: DataSource, ids?: number[]): Promise<number[]> {
  const qb = db.manager.createQueryBuilder(ImportJob, 'j').select('j.id', 'id')
    .where('j.status IN (:...running)', { running: RUNNING }).andWhere('(j.leaseHolder IS NULL OR j.leaseExpiresAt < :now)', { now: new Date() });
  if (ids?.length) qb.andWhere({ id: In(ids) });
  return (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
}

/** Running jobs whose server stopped renewing the lease: taken over in the background here (polling calls it). */
export async function resumeStalledImports(db: DataSource, ids?: number[]): Promise<number[]> {
  const stalled = await stalledImports(db, ids);
  for (const id of stalled) runImportInBackground(db, id);
  return stalled;
}
