// Dictionary-backed columns of an import (customer industry, source, region; lead source): each value must name an
// enabled option of its dictionary — by name, code or province/city path, as a form may send it — and is stored as the
// option's code, exactly as cleanDictionaryFields does for a create. One load of each dictionary per run.
import { dictionaryIndex, DictionaryIndex, kindName } from '@/lib/dictionary/dictionary.query';
import { dictionaryFieldsOf } from '@/lib/dictionary/record-values';
import { ImportContext, ImportField, ImportRow } from './import-module';

async function indexOf(ctx: ImportContext, kind: string): Promise<DictionaryIndex> {
  const key = `dictionary:${kind}`;
  if (!ctx.cache.has(key)) ctx.cache.set(key, await dictionaryIndex(ctx.reader, kind));
  return ctx.cache.get(key) as DictionaryIndex;
}

/** Adds an error per value that is not an enabled option; replaces the others by their code. */
export async function checkDictionaryValues(ctx: ImportContext, table: string, fields: ImportField[], rows: ImportRow<object>[]) {
  for (const { field, kind } of dictionaryFieldsOf(table)) {
    const column = fields.find((f) => f.key === field)?.label ?? field;
    const index = await indexOf(ctx, kind);
    for (const row of rows) {
      const values = row.fields as Record<string, unknown>;
      const raw = values[field];
      if (raw === undefined || raw === null || raw === '') continue;
      const option = index.resolve(String(raw));
      if (!option) row.errors.push({ column, message: `“${String(raw)}”不是${kindName(kind)}中的选项（见 设置 › 数据字典）` });
      else if (!option.enabled) row.errors.push({ column, message: `“${option.path}”已停用` });
      else values[field] = option.code;
    }
  }
}
