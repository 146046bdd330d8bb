// Recognising a file's header row: each header compared with every field's label and aliases (Chinese or English)
// after NFKC, case, spaces, punctuation and marks like * or （必填） are set aside; each field is taken once.
import { ImportModuleSpec } from './import-module';

export const normalizeHeader = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[(（]?(必填|选填|可选|required|optional)[)）]?/g, '').replace(/[\s\p{P}\p{S}]+/gu, '');

/** The field key per column (null: not recognised, or the field is already taken by an earlier column). */
export function suggestMapping(spec: ImportModuleSpec<unknown>, headers: string[]): (string | null)[] {
  const names = new Map<string, string>();
  for (const field of spec.fields) for (const name of [field.label, ...field.aliases]) if (!names.has(normalizeHeader(name))) names.set(normalizeHeader(name), field.key);
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = names.get(normalizeHeader(header));
    if (!key || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}
