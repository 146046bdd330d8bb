// Field permissions in every export, applied once here rather than per module: a column showing a controlled field
// (ExportColumn.field) is left out when the field is hidden from the viewer and shows masked values when masked.
import type { Viewer } from '@/lib/access';
import { fieldMode } from '@/lib/fields/field-modes';
import { visibleValue } from '@/lib/fields/field-rules';
import type { ExportColumn } from './writers';

export function permittedColumns<R>(viewer: Viewer, module: string, columns: readonly ExportColumn<R>[]): ExportColumn<R>[] {
  return columns.flatMap((column) => {
    const mode = column.field ? fieldMode(viewer, module, column.field) : undefined;
    if (!mode || mode === 'READ_ONLY' || mode === 'EDITABLE') return [column];
    if (mode === 'HIDDEN') return [];
    return [{ ...column, value: (row: R) => String(visibleValue(mode, module, column.field!, column.value(row)) ?? '') }];
  });
}
