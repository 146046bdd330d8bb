// One export mechanism for every module: a module describes its columns and its readable query (ExportSpec); the
// matching ids are read from that scoped query first (newest first), then the rows in batches by id, written as
// they come to a CSV or .xlsx stream, so memory holds the ids and one batch whatever the row count. The audit entry
// ('export', with what was asked for and the row count) is written when the file is complete.
import { PassThrough, Writable } from 'node:stream';
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Viewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { ExportColumn, ExportFormat, rowWriter } from './writers';
import { permittedColumns } from './field-columns';

export interface ExportSpec<E extends ObjectLiteral, R, P> {
  /** The data module, e.g. 'lead': names the export in links and the registry. */
  module: string;
  /** The operation permission an export needs, e.g. 'lead:export'. */
  permission: string;
  /** Audit entity type and the file's label (sheet name and file name prefix, e.g. 线索). */
  entityType: string;
  label: string;
  columns: ExportColumn<R>[];
  /** Columns known only when the export runs (custom fields), after `columns`. */
  extraColumns?(manager: EntityManager): Promise<ExportColumn<R>[]>;
  /** The rows the viewer may read that match `params`: the module's readable query with its filters. */
  query(manager: EntityManager, viewer: Viewer, params: P): Promise<SelectQueryBuilder<E>>;
  /** The query's alias (`l` for `lead l`): batches are cut on `<alias>.id`. */
  alias: string;
  /** Display rows for one batch of entities (names of owners etc., looked up once per batch). */
  toRows(manager: EntityManager, viewer: Viewer, batch: E[]): Promise<R[]>;
  /** What the audit entry records about the request (filter or ids) besides count and format. */
  describe(params: P, exportedIds: number[]): Record<string, unknown>;
  /** The parameters read back from a signed link (JSON: dates are strings again). */
  revive(raw: unknown): P;
}

export const EXPORT_BATCH = Number(process.env.EXPORT_BATCH_SIZE ?? 1000);

export interface ExportRun { count: number; batches: number }

/** Writes the export to `output` batch by batch; returns how many rows and batches were written, after auditing. */
export async function streamExport<E extends ObjectLiteral & { id: number }, R, P>(
  manager: EntityManager, viewer: Viewer, spec: ExportSpec<E, R, P>, params: P, format: ExportFormat, output: Writable,
): Promise<ExportRun> {
  const base = await spec.query(manager, viewer, params);
  const columns = permittedColumns(viewer, spec.module, [...spec.columns, ...(await spec.extraColumns?.(manager) ?? [])]);
  const writer = rowWriter(format, output, spec.label, columns);
  // First every matching id, in one pass the optimiser plans freely (a filter's own index, no sort per batch);
  // then the rows by primary key, a batch at a time, through the same scoped query (rows gone since drop out).
  const matching = await base.clone().select(`${spec.alias}.id`, 'id').distinct(true).orderBy(`${spec.alias}.id`, 'DESC').getRawMany<{ id: number | string }>();
  const ids = matching.map((r) => Number(r.id));
  let count = 0;
  let batches = 0;
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
    const batch = await base.clone().andWhere(`${spec.alias}.id IN (:...exportBatchIds)`, { exportBatchIds: ids.slice(i, i + EXPORT_BATCH) })
      .orderBy(`${spec.alias}.id`, 'DESC').getMany();
    if (!batch.length) continue;
    batches++;
    for (const row of await spec.toRows(manager, viewer, batch)) writer.write(columns.map((c) => c.value(row)));
    count += batch.length;
    await writer.drain();
  }
  await writer.end();
  await audit(manager, { userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId }, {
    action: 'export', entityType: spec.entityType, entityId: null, changes: { count, format, ...spec.describe(params, ids.slice(0, 1001)) },
  });
  return { count, batches };
}

/** The same export collected in memory: for the inline GraphQL answer (small exports only). */
export async function exportToBuffer<E extends ObjectLiteral & { id: number }, R, P>(
  manager: EntityManager, viewer: Viewer, spec: ExportSpec<E, R, P>, params: P, format: ExportFormat,
): Promise<{ content: Buffer; count: number }> {
  const sink = new PassThrough();
  const chunks: Uint8Array[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(new Uint8Array(chunk)));
  const { count } = await streamExport(manager, viewer, spec, params, format, sink);
  return { content: Buffer.concat(chunks), count };
}

/** The number of rows an export of `params` would hold now. */
export async function countExport<E extends ObjectLiteral, R, P>(manager: EntityManager, viewer: Viewer, spec: ExportSpec<E, R, P>, params: P): Promise<number> {
  const row = await (await spec.query(manager, viewer, params)).orderBy().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0);
}
