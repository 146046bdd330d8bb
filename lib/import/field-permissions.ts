// Field permissions (字段权限) in imports, as in a create or update through the API: a cell filled for a field the
// importer may not write (hidden, masked or read-only under their roles) is the row's error, never silently
// written or dropped; a required custom field they may not write is not asked of them.
import { fieldMode } from '@/lib/fields/field-modes';
import { ImportModule } from '@/entities/import-job.entity';
import type { Viewer } from '@/lib/access';
import type { ImportModuleSpec, ImportRow } from './import-module';

const FIELD_MODULE_OF: Partial<Record<ImportModule, string>> = { [ImportModule.CUSTOMER]: 'customer', [ImportModule.CONTACT]: 'contact', [ImportModule.LEAD]: 'lead' };

/** Whether the importer may fill the column `key` (a built-in field or custom.<key>). */
export function importerMayWrite(viewer: Viewer, spec: ImportModuleSpec<unknown>, key: string): boolean {
  const module = FIELD_MODULE_OF[spec.module];
  return !module || fieldMode(viewer, module, key) === 'EDITABLE';
}

/** Adds an error on every filled cell the importer may not write. */
export function refuseUnwritableCells<F>(viewer: Viewer, spec: ImportModuleSpec<F>, rows: ImportRow<F>[]) {
  const refused = spec.fields.filter((f) => !importerMayWrite(viewer, spec as ImportModuleSpec<unknown>, f.key));
  if (!refused.length) return;
  for (const row of rows) {
    for (const field of refused) {
      const value = row.values[field.key];
      if (value !== undefined && value !== null && value !== '') row.errors.push({ column: field.label, message: '无权填写此字段（字段权限）' });
    }
  }
}
