// Custom fields in exports: a column per field of the module — disabled ones too, marked, since their values stay
// readable (SPEC: nothing is lost) — filled from the values loaded once per batch of rows. Field permissions apply
// to them as to built-in columns (lib/export/field-columns), named custom.<key>.
import { EntityManager } from 'typeorm';
import type { ExportColumn } from '@/lib/export/writers';
import { CUSTOM_FIELD_PREFIX } from '@/lib/fields/field-modes';
import { customFieldsOf } from './definitions';
import { customValuesOf } from './values';

/** Each exported row's custom values by key; rows are objects of one export batch, so this never mixes exports. */
const valuesOfRow = new WeakMap<object, Map<string, string>>();

/** The export's custom columns (ExportSpec.extraColumns). */
export const customExportColumns = (module: string) => async (manager: EntityManager): Promise<ExportColumn<object>[]> =>
  (await customFieldsOf(manager, module, true)).map((f) => ({
    header: f.enabled ? f.label : `${f.label}（已停用）`, width: 14, value: (row: object) => valuesOfRow.get(row)?.get(f.key) ?? '', field: `${CUSTOM_FIELD_PREFIX}${f.key}`,
  }));

/** Loads the batch's custom values (one query) and attaches them to its rows; returns the rows. */
export async function withCustomValues<R extends object>(manager: EntityManager, module: string, rows: R[], idOf: (row: R) => number): Promise<R[]> {
  const values = await customValuesOf(manager, module, rows.map(idOf), true);
  for (const row of rows) valuesOfRow.set(row, new Map((values.get(idOf(row)) ?? []).map((v) => [v.key, v.display ?? ''])));
  return rows;
}
