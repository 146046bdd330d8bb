// From the file's rows to the module's rows: mapped cells converted by their field's kind (import convert.ts),
// the module's create rules applied, owners resolved, and — once the batch is checked against the database — the
// same key twice in one file reported against the row that had it first.
import { ProblemMessage } from '@/entities/import-problem.entity';
import { Cell, SourceRow, cellText } from './read/cell';
import { Converted, toAmount, toBool, toDateText, toDateTime, toEnum, toText } from './convert';
import { ImportField, ImportModuleSpec, ImportRow } from './import-module';

function convert(field: ImportField, cell: Cell, date1904: boolean): Converted<unknown> {
  const kind = field.kind;
  if (typeof kind === 'object') return toEnum(cell, kind.enum);
  switch (kind) {
    case 'date': return toDateText(cell, date1904);
    case 'datetime': return toDateTime(cell, date1904);
    case 'bool': return toBool(cell);
    case 'amount': return toAmount(cell);
    default: return toText(cell);
  }
}

/** The template's example row left in the file: every mapped example value is there, unchanged. */
function isExample(spec: ImportModuleSpec<unknown>, mapping: (string | null)[], cells: Cell[]): boolean {
  let matched = 0;
  for (const [i, key] of mapping.entries()) {
    const field = key ? spec.fields.find((f) => f.key === key) : undefined;
    if (!field) continue;
    if (field.kind === 'date' || field.kind === 'datetime') continue; // a date cell reads back in its own form
    const text = cellText(cells[i] ?? null).trim();
    if (text !== field.example) return false;
    if (field.example) matched++;
  }
  return matched >= 2;
}

/** One file row as the module's row (values converted; conversion problems are the row's first errors). */
export function toImportRow<F>(spec: ImportModuleSpec<F>, mapping: (string | null)[], source: SourceRow, date1904: boolean): ImportRow<F> | null {
  if (isExample(spec as ImportModuleSpec<unknown>, mapping, source.cells)) return null;
  const values: Record<string, unknown> = {};
  const errors: ProblemMessage[] = [];
  for (const [i, key] of mapping.entries()) {
    const field = key ? spec.fields.find((f) => f.key === key) : undefined;
    if (!field) continue;
    const converted = convert(field, source.cells[i] ?? null, date1904);
    if ('error' in converted) errors.push({ column: field.label, message: converted.error });
    else if (converted.value !== null && converted.value !== undefined) values[field.key] = converted.value;
  }
  return {
    number: source.number, cells: source.cells.map((c) => cellText(c)), values, fields: {} as F, errors, warnings: [], action: 'CREATE', extra: {},
  };
}

/** Marks every row whose key an earlier row of the file already had (the first one stays). */
export function markRepeats<F>(spec: ImportModuleSpec<F>, rows: ImportRow<F>[], seen: Map<string, number>) {
  for (const row of rows) {
    let key: string | null = null;
    try { key = spec.key(row); } catch { key = null; }
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.number);
    else row.errors.push({ column: null, message: `与第 ${first} 行重复（同一文件中出现两次）` });
  }
}
