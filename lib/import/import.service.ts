// Imports as the API offers them (issue 12 item 1): upload (the file checked and kept, its headers recognised), the
// dry run with a mapping and choices, the commit, cancel, undo through the recycle bin, and the history. An import
// belongs to whoever uploaded it; the passes themselves run in import-runner.ts.
import fs from 'node:fs';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ImportJob, ImportProblem, ImportRecord } from '@/entities';
import { ImportModule, ImportOptions, ImportStatus } from '@/entities/import-job.entity';
import { Viewer, hasPermission, isSuperAdmin } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { sanitizeFileName } from '@/lib/attachment/attachment.storage';
import { inTransaction } from '@/lib/db/transaction';
import { DomainError, badInput, conflict, forbidden, notFound } from '@/lib/errors';
import { heavySlotsPerUser } from '@/lib/limits/heavy-operations';
import { PageArgs, paginate } from '@/lib/pagination';
import { importConfig } from './import-config';
import { importFilePath, removeImportFile, storeImportFile } from './import-file';
import { ImportContext, ImportModuleSpec } from './import-module';
import { importModule } from './modules';
import { withCustomColumns } from './custom-columns';
import { checkOwnerChoice } from './owners';
import { suggestMapping } from './headers';
import { runImportInBackground } from './import-runner';
import { detectFormat, encodingOf, fileProblem, readHead, readHeader } from './read/source';

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });
const RUNNING = [ImportStatus.VALIDATING, ImportStatus.IMPORTING];
const DEFAULT_OPTIONS: ImportOptions = { owner: 'ME', ownerId: null, duplicates: 'SKIP', allOrNothing: false };

/** The module's import with its custom field columns, if the viewer may use it (FORBIDDEN otherwise). */
export async function allowedModule(manager: EntityManager, viewer: Viewer, module: string): Promise<ImportModuleSpec<Record<string, unknown>>> {
  const spec = importModule(module as ImportModule);
  if (!spec) throw badInput('module', 'is not an importable record type');
  if (!hasPermission(viewer, spec.permission)) throw forbidden(`Missing permission ${spec.permission}`);
  return withCustomColumns(manager, spec);
}

/** Stores the upload, checks it is a readable file of its kind and reads its header row; the import waits for a mapping. */
export async function createImport(db: DataSource, viewer: Viewer, input: { module: string; fileName: string; bytes: Uint8Array }): Promise<ImportJob> {
  const spec = await allowedModule(db.manager, viewer, input.module);
  const { maxBytes } = importConfig();
  if (input.bytes.length > maxBytes) throw fileProblem('TOO_LARGE', `must be at most ${maxBytes} bytes`);
  const fileName = sanitizeFileName(input.fileName);
  const format = detectFormat(fileName, input.bytes.subarray(0, 65536));
  const storageName = await storeImportFile(input.bytes);
  try {
    const path = importFilePath(storageName);
    const encoding = format === 'CSV' ? encodingOf(await readHead(path)) : null;
    const { headers } = await readHeader(path, format, encoding);
    if (!headers.some(Boolean)) throw fileProblem('NO_HEADER', 'the file has no header row');
    return await db.getRepository(ImportJob).save(db.getRepository(ImportJob).create({
      module: spec.module, status: ImportStatus.UPLOADED, fileName, fileFormat: format, fileSize: input.bytes.length, storageName, encoding,
      headers, mapping: suggestMapping(spec as ImportModuleSpec<unknown>, headers), options: DEFAULT_OPTIONS, createdById: viewer.userId,
    }));
  } catch (error) {
    await removeImportFile(storageName).catch(() => undefined);
    throw error;
  }
}

/** The viewer's own import (a super administrator's: anyone's); null as if missing otherwise. */
export async function findImport(manager: EntityManager, viewer: Viewer, id: number): Promise<ImportJob | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const job = await manager.findOneBy(ImportJob, { id });
  return job && (job.createdById === viewer.userId || isSuperAdmin(viewer)) ? job : null;
}

async function ownImport(manager: EntityManager, viewer: Viewer, id: number): Promise<ImportJob> {
  const job = await manager.findOneBy(ImportJob, { id });
  if (!job || job.createdById !== viewer.userId) throw notFound('Import');
  return job;
}

export function listImports(db: DataSource, viewer: Viewer, filter: { module?: ImportModule | null }, page: PageArgs) {
  const qb = db.manager.createQueryBuilder(ImportJob, 'j').where('j.createdById = :me', { me: viewer.userId });
  if (filter.module) qb.andWhere('j.module = :module', { module: filter.module });
  return paginate(qb.orderBy('j.createdAt', 'DESC').addOrderBy('j.id', 'DESC'), page);
}

export function listProblems(db: DataSource, job: ImportJob, kind: string | null | undefined, page: PageArgs) {
  const qb = db.manager.createQueryBuilder(ImportProblem, 'p').where('p.importId = :id', { id: job.id });
  if (kind) qb.andWhere('p.kind = :kind', { kind });
  return paginate(qb.orderBy('p.rowNumber', 'ASC'), page);
}

export interface StartInput { mapping: readonly (string | null)[]; options: Partial<ImportOptions> }

function checkedMapping(spec: ImportModuleSpec<unknown>, headers: string[], raw: readonly (string | null)[]): (string | null)[] {
  if (raw.length !== headers.length) throw badInput('mapping', `must give one entry per column (${headers.length})`);
  const keys = new Set(spec.fields.map((f) => f.key));
  const mapping = raw.map((k) => (k ? k : null));
  const unknown = mapping.filter((k) => k && !keys.has(k));
  if (unknown.length) throw badInput('mapping', `unknown fields: ${unknown.join(', ')}`);
  const twice = mapping.filter((k, i) => k && mapping.indexOf(k) !== i);
  if (twice.length) throw badInput('mapping', `a field may be taken from one column only: ${[...new Set(twice)].join(', ')}`);
  const missing = spec.fields.filter((f) => f.required && !mapping.includes(f.key)).map((f) => f.label);
  if (missing.length) throw new DomainError('BAD_USER_INPUT', `mapping: required columns missing: ${missing.join(', ')}`, { fields: [{ field: 'mapping', message: `required columns missing: ${missing.join(', ')}` }], reason: 'MISSING_COLUMNS', missing });
  return mapping;
}

function checkedOptions(viewer: Viewer, spec: ImportModuleSpec<unknown>, mapping: (string | null)[], raw: Partial<ImportOptions>): ImportOptions {
  const options: ImportOptions = { ...DEFAULT_OPTIONS, ...raw, ownerId: raw.ownerId ? Number(raw.ownerId) : null, allOrNothing: raw.allOrNothing === true };
  if (!['ME', 'USER', 'COLUMN'].includes(options.owner)) throw badInput('options.owner', 'must be ME, USER or COLUMN');
  if (!spec.ownerModule) options.owner = 'ME';
  if (options.owner === 'USER' && !options.ownerId) throw badInput('options.ownerId', 'is required');
  if (options.owner === 'COLUMN' && !mapping.includes('owner')) throw badInput('options.owner', 'needs a 负责人 column in the mapping');
  if (options.owner !== 'USER') options.ownerId = null;
  if (!['SKIP', 'UPDATE'].includes(options.duplicates)) throw badInput('options.duplicates', 'must be SKIP or UPDATE');
  if (options.duplicates === 'UPDATE' && !hasPermission(viewer, spec.updatePermission)) throw forbidden(`Missing permission ${spec.updatePermission}`);
  return options;
}

async function assertFileKept(job: ImportJob) {
  if (!fs.existsSync(importFilePath(job.storageName))) throw conflict('The file of this import is no longer kept: upload it again', { reason: 'FILE_GONE' });
}

/** At most as many running imports per user as heavy-operation slots. */
async function assertRoom(manager: EntityManager, viewer: Viewer, exceptId: number) {
  const running = await manager.createQueryBuilder(ImportJob, 'j').where('j.createdById = :me', { me: viewer.userId })
    .andWhere('j.status IN (:...running)', { running: RUNNING }).andWhere('j.id <> :exceptId', { exceptId }).getCount();
  if (running >= heavySlotsPerUser()) throw new DomainError('CONFLICT', `You already have ${running} imports running; wait until one has finished`, { reason: 'TOO_MANY_IMPORTS' });
}

/** The dry run: nothing but the import's own report is written. */
export async function startDryRun(db: DataSource, viewer: Viewer, id: number, input: StartInput): Promise<ImportJob> {
  const job = await ownImport(db.manager, viewer, id);
  const spec = await allowedModule(db.manager, viewer, job.module) as ImportModuleSpec<unknown>;
  // Checked again with other choices, until something was written (then a new upload starts afresh).
  if (![ImportStatus.UPLOADED, ImportStatus.VALIDATED, ImportStatus.FAILED, ImportStatus.CANCELLED].includes(job.status) || await hasWritten(db.manager, job)) {
    throw conflict('This import can no longer be checked again', { reason: 'WRONG_STATE', status: job.status });
  }
  await assertFileKept(job);
  const mapping = checkedMapping(spec, job.headers, input.mapping);
  const options = checkedOptions(viewer, spec, mapping, input.options);
  await checkOwnerChoice(db.manager, viewer, spec, options);
  await assertRoom(db.manager, viewer, job.id);
  const moved = await db.createQueryBuilder().update(ImportJob).set({
    mapping, options, status: ImportStatus.VALIDATING, cancelRequested: false, leaseHolder: null, leaseExpiresAt: null, validatedAt: null, finishedAt: null,
    processedRows: 0, processedBytes: 0, totalRows: null, createdCount: 0, updatedCount: 0, duplicateCount: 0, errorCount: 0, warningCount: 0, failure: null,
  }).where('id = :id AND status = :status', { id: job.id, status: job.status }).execute();
  if (!moved.affected) throw conflict('The import changed at the same moment; try again', { reason: 'WRONG_STATE' });
  runImportInBackground(db, job.id);
  return db.manager.findOneByOrFail(ImportJob, { id: job.id });
}

const hasWritten = (manager: EntityManager, job: ImportJob) => manager.existsBy(ImportRecord, { importId: job.id });

/** The commit of a checked import, with the mapping and choices its dry run used (every row is checked again). */
export async function commitImport(db: DataSource, viewer: Viewer, id: number): Promise<ImportJob> {
  const job = await ownImport(db.manager, viewer, id);
  const spec = await allowedModule(db.manager, viewer, job.module) as ImportModuleSpec<unknown>;
  if (job.status !== ImportStatus.VALIDATED) throw conflict('Only an import whose dry run has finished can be imported', { reason: 'WRONG_STATE', status: job.status });
  await assertFileKept(job);
  checkedOptions(viewer, spec, job.mapping, job.options);
  await checkOwnerChoice(db.manager, viewer, spec, job.options);
  await assertRoom(db.manager, viewer, job.id);
  const moved = await db.createQueryBuilder().update(ImportJob)
    .set({ status: ImportStatus.IMPORTING, cancelRequested: false, leaseHolder: null, leaseExpiresAt: null, processedRows: 0, processedBytes: 0, finishedAt: null })
    .where('id = :id AND status = :status', { id: job.id, status: ImportStatus.VALIDATED }).execute();
  if (!moved.affected) throw conflict('The import changed at the same moment; try again', { reason: 'WRONG_STATE' });
  runImportInBackground(db, job.id);
  return db.manager.findOneByOrFail(ImportJob, { id: job.id });
}

/**
 * Stops a running pass at its next batch (all-or-nothing: nothing stays written; importing the valid rows: what is
 * committed stays and can be undone). An import not running yet is discarded with its file.
 */
export async function cancelImport(db: DataSource, viewer: Viewer, id: number): Promise<ImportJob> {
  const job = await ownImport(db.manager, viewer, id);
  if (RUNNING.includes(job.status)) {
    await db.manager.update(ImportJob, { id: job.id }, { cancelRequested: true });
    // Nobody is running it (its server is gone): cancelled at once.
    await db.createQueryBuilder().update(ImportJob).set({ status: ImportStatus.CANCELLED, finishedAt: new Date() })
      .where('id = :id AND status IN (:...running) AND (lease_holder IS NULL OR lease_expires_at < :now)', { id: job.id, running: RUNNING, now: new Date() }).execute();
    // A dry run that ended between the read above and the request: cancelled like any checked file.
    const ended = await db.createQueryBuilder().update(ImportJob).set({ status: ImportStatus.CANCELLED, finishedAt: new Date() })
      .where('id = :id AND status = :validated', { id: job.id, validated: ImportStatus.VALIDATED }).execute();
    if (ended.affected) await removeImportFile(job.storageName).catch(() => undefined);
  } else if (job.status === ImportStatus.UPLOADED || job.status === ImportStatus.VALIDATED) {
    await db.manager.update(ImportJob, { id: job.id }, { status: ImportStatus.CANCELLED, finishedAt: new Date() });
    await removeImportFile(job.storageName).catch(() => undefined);
  } else {
    throw conflict('This import is not running', { reason: 'WRONG_STATE', status: job.status });
  }
  return db.manager.findOneByOrFail(ImportJob, { id: job.id });
}

/** Records the import created that are still live (not yet in the recycle bin). */
async function liveCreated(manager: EntityManager, job: ImportJob, spec: ImportModuleSpec<unknown>): Promise<number[]> {
  const created = (await manager.find(ImportRecord, { select: { entityId: true }, where: { importId: job.id, action: 'CREATE' } })).map((r) => r.entityId);
  const live: number[] = [];
  for (let i = 0; i < created.length; i += 1000) {
    const chunk = created.slice(i, i + 1000);
    live.push(...(await manager.createQueryBuilder(spec.entity, 'x').select('x.id', 'id').where({ id: In(chunk), deletedAt: IsNull() }).getRawMany<{ id: number }>()).map((r) => Number(r.id)));
  }
  return live;
}

/** Moves everything the import created to the recycle bin, in one transaction — all of it or, if any is out of reach now, nothing. */
export async function undoImport(db: DataSource, viewer: Viewer, id: number): Promise<ImportJob> {
  const job = await ownImport(db.manager, viewer, id);
  const spec = await allowedModule(db.manager, viewer, job.module) as ImportModuleSpec<unknown>;
  if (![ImportStatus.DONE, ImportStatus.CANCELLED, ImportStatus.FAILED].includes(job.status)) throw conflict('Only a finished import can be undone', { reason: 'WRONG_STATE', status: job.status });
  return inTransaction(db, async (manager) => {
    const live = await liveCreated(manager, job, spec);
    const removable = new Set<number>();
    for (let i = 0; i < live.length; i += 500) for (const id of await spec.removable(manager, viewer, live.slice(i, i + 500))) removable.add(id);
    const blocked = live.filter((id) => !removable.has(id));
    if (blocked.length) throw forbidden(`${blocked.length} of the records this import created are no longer yours to delete: the import cannot be undone as a whole`);
    const ctx: ImportContext = { reader: manager, viewer, actor: actorOf(viewer), job, cache: new Map() };
    for (let i = 0; i < live.length; i += 500) await spec.remove(manager, ctx, live.slice(i, i + 500));
    const moved = await manager.createQueryBuilder().update(ImportJob).set({ status: ImportStatus.UNDONE, undoneAt: new Date() })
      .where('id = :id AND status = :status', { id: job.id, status: job.status }).execute();
    if (!moved.affected) throw conflict('The import changed at the same moment; try again', { reason: 'WRONG_STATE' });
    await audit(manager, actorOf(viewer), { action: 'import.undo', entityType: spec.entityType, entityId: null, changes: { importId: job.id, fileName: job.fileName, deleted: live.length } });
    return manager.findOneByOrFail(ImportJob, { id: job.id });
  });
}

/** Whether undo applies: a finished import that created records. */
export async function canUndo(manager: EntityManager, job: ImportJob): Promise<boolean> {
  if (![ImportStatus.DONE, ImportStatus.CANCELLED, ImportStatus.FAILED].includes(job.status)) return false;
  return manager.existsBy(ImportRecord, { importId: job.id, action: 'CREATE' });
}
