// A record list's export as the API asks for it: the selected rows (every id readable, else NOT_FOUND) or every row
// matching the list's current filter, as a short-lived link that streams the file (export-link.ts → /api/exports).
// A module describes only its columns, its display rows and its two scoped queries (recordExport); the rows are
// read and written by export.ts like every other export.
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Viewer, requireIds } from '@/lib/access';
import { badInput } from '@/lib/errors';
import { formatTime } from '@/lib/lead/lead-export.format';
import { ExportSpec, countExport } from './export';
import { exportUrl, signExportLink } from './export-link';
import { EXTENSIONS, ExportColumn, ExportFormat, MIME_TYPES } from './writers';

export const MAX_SELECTED_IDS = 1000;
export const MAX_EXPORT_ROWS = Number(process.env.EXPORT_MAX_ROWS ?? 1_000_000);

/** What is exported: checked ids, or a filter of the module's list. */
export interface RecordExportParams<F> { ids: number[] | null; filter: F | null }

export interface RecordExportDefinition<E extends ObjectLiteral, R, F> {
  module: string;
  permission: string;
  entityType: string;
  label: string;
  alias: string;
  columns: ExportColumn<R>[];
  extraColumns?(manager: EntityManager): Promise<ExportColumn<R>[]>;
  toRows(manager: EntityManager, viewer: Viewer, batch: E[]): Promise<R[]>;
  /** Every row the viewer may read (the selected ids are looked for in it). */
  readable(manager: EntityManager, viewer: Viewer): Promise<SelectQueryBuilder<E>>;
  /** The list's rows for a filter: the list's own scoped query. */
  matching(manager: EntityManager, viewer: Viewer, filter: F): Promise<SelectQueryBuilder<E>>;
  /** NOT_FOUND unless the viewer may read every id (a hidden id answers like a missing one). */
  requireReadable(manager: EntityManager, viewer: Viewer, ids: number[]): Promise<void>;
  /** Filter fields holding a Date (JSON turns them into strings on the way through a link). */
  dateFields?: readonly string[];
}

export type RecordExport<E extends ObjectLiteral, R, F> = ExportSpec<E, R, RecordExportParams<F>> & Pick<RecordExportDefinition<E, R, F>, 'requireReadable'>;

export function recordExport<E extends ObjectLiteral, R, F extends object>(def: RecordExportDefinition<E, R, F>): RecordExport<E, R, F> {
  return {
    module: def.module, permission: def.permission, entityType: def.entityType, label: def.label, alias: def.alias, columns: def.columns,
    extraColumns: def.extraColumns, toRows: def.toRows, requireReadable: def.requireReadable,
    query: async (manager, viewer, params) => (params.ids
      ? (await def.readable(manager, viewer)).andWhere(`${def.alias}.id IN (:...exportIds)`, { exportIds: params.ids })
      : def.matching(manager, viewer, (params.filter ?? {}) as F)),
    describe: (params, exportedIds) => (params.ids ? { ids: [...exportedIds].sort((a, b) => a - b) } : { filter: params.filter ?? {} }),
    revive: (raw) => {
      const params = (raw ?? {}) as RecordExportParams<F>;
      const filter = params.filter ? { ...params.filter } as Record<string, unknown> : null;
      if (filter) for (const field of def.dateFields ?? []) if (typeof filter[field] === 'string') filter[field] = new Date(filter[field] as string);
      return { ids: Array.isArray(params.ids) ? params.ids.map(Number) : null, filter: filter as F | null };
    },
  };
}

export interface ExportRequest<F> { ids?: readonly (string | number)[] | null; filter?: F | null; format: ExportFormat }
export interface ExportLinkAnswer { url: string; expiresAt: Date; fileName: string; mimeType: string; count: number }

const stamp = (now: Date) => formatTime(now).replace(/[-: ]/g, '');

/** Checks the request (format; ids or filter; every id readable) and signs a link that streams the file to this user. */
export async function requestExportLink<E extends ObjectLiteral & { id: number }, R, F>(
  db: DataSource, viewer: Viewer, spec: RecordExport<E, R, F>, input: ExportRequest<F>,
): Promise<ExportLinkAnswer> {
  if (input.format !== 'CSV' && input.format !== 'XLSX') throw badInput('format', 'must be CSV or XLSX');
  if (input.ids && input.filter) throw badInput('ids', 'give either ids or a filter, not both');
  let params: RecordExportParams<F> = { ids: null, filter: input.filter ?? ({} as F) };
  if (input.ids) {
    const ids = requireIds(input.ids, 'ids', MAX_SELECTED_IDS);
    await spec.requireReadable(db.manager, viewer, ids);
    params = { ids, filter: null };
  }
  const count = await countExport(db.manager, viewer, spec, params);
  if (count > MAX_EXPORT_ROWS) throw badInput('filter', `matches more than ${MAX_EXPORT_ROWS} rows: narrow the filter`);
  const { token, expiresAt } = signExportLink({ userId: viewer.userId, module: spec.module, format: input.format, params });
  return { url: exportUrl(token), expiresAt, fileName: `${spec.label}-${stamp(new Date())}.${EXTENSIONS[input.format]}`, mimeType: MIME_TYPES[input.format], count };
}
