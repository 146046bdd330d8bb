// Reading dictionaries: the options of a kind in order, and an index that turns what a form, an import or an API
// client sends (a code, a name, or a province/city path of names) into the option whose code records store.
import { EntityManager, In } from 'typeorm';
import { DictionaryOption } from '@/entities';
import { DICTIONARY_KINDS, PATH_SEPARATOR, builtinKind, isTreeKind } from './kinds';

export interface OptionView {
  id: number;
  kind: string;
  code: string;
  name: string;
  parentId: number | null;
  /** Names from the top of the tree down, e.g. 广东省 / 广州市 (the name itself for a flat dictionary). */
  path: string;
  sortOrder: number;
  enabled: boolean;
}

export interface DictionaryView { kind: string; name: string; tree: boolean; options: OptionView[] }

/** Options of the kinds, parents before children, each level by its order. */
export async function optionRows(manager: EntityManager, kinds: readonly string[]): Promise<DictionaryOption[]> {
  if (!kinds.length) return [];
  return manager.find(DictionaryOption, { where: { kind: In([...kinds]) }, order: { kind: 'ASC', parentId: 'ASC', sortOrder: 'ASC', id: 'ASC' } });
}

/** The options of one kind as the API shows them: a tree's children right after their parent. */
export function viewsOf(rows: DictionaryOption[]): OptionView[] {
  const children = new Map<number, DictionaryOption[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const out: OptionView[] = [];
  const walk = (parentId: number, prefix: string) => {
    for (const row of children.get(parentId) ?? []) {
      const path = prefix ? `${prefix} / ${row.name}` : row.name;
      out.push({ id: row.id, kind: row.kind, code: row.code, name: row.name, parentId: row.parentId || null, path, sortOrder: row.sortOrder, enabled: row.enabled });
      walk(row.id, path);
    }
  };
  walk(0, '');
  return out;
}

export async function dictionaries(manager: EntityManager, kinds?: readonly string[] | null): Promise<DictionaryView[]> {
  const wanted = kinds?.length ? DICTIONARY_KINDS.filter((k) => kinds.includes(k.kind)) : DICTIONARY_KINDS;
  const rows = await optionRows(manager, wanted.map((k) => k.kind));
  return wanted.map((k) => ({ kind: k.kind, name: k.name, tree: !!k.tree, options: viewsOf(rows.filter((r) => r.kind === k.kind)) }));
}

const REGION_SUFFIXES = ['市', '省', '自治区', '特别行政区'];

/** Resolves values of one dictionary in memory (imports check thousands of rows against one load). */
export class DictionaryIndex {
  private readonly byCode = new Map<string, OptionView>();
  private readonly byName = new Map<string, OptionView[]>();
  private readonly byPath = new Map<string, OptionView>();

  constructor(readonly kind: string, readonly options: OptionView[]) {
    for (const o of options) {
      this.byCode.set(o.code, o);
      this.byName.set(o.name, [...(this.byName.get(o.name) ?? []), o]);
      this.byPath.set(o.path.replace(/\s*\/\s*/g, PATH_SEPARATOR), o);
    }
  }

  /** The option meant by a code, a name (when only one option has it) or a tree path of names; null if none. */
  resolve(raw: string): OptionView | null {
    const value = raw.trim();
    const byCode = this.byCode.get(value);
    if (byCode) return byCode;
    if (isTreeKind(this.kind)) {
      const byPath = this.byPath.get(value.replace(/\s*[/／]\s*/g, PATH_SEPARATOR));
      if (byPath) return byPath;
    }
    const named = this.byName.get(value) ?? [];
    if (named.length === 1) return named[0];
    // People write 北京 or 广东 for 北京市 and 广东省: a region matches by its name without the suffix when that is unique.
    if (isTreeKind(this.kind) && !named.length) {
      const suffixed = REGION_SUFFIXES.flatMap((suffix) => this.byName.get(value + suffix) ?? []);
      if (suffixed.length === 1) return suffixed[0];
    }
    return null;
  }

  /** What a record's stored code reads as: the option's path, or the code itself when no option has it. */
  label(code: string | null | undefined): string | null {
    if (code === null || code === undefined || code === '') return null;
    return this.byCode.get(code)?.path ?? code;
  }
}

export async function dictionaryIndex(manager: EntityManager, kind: string): Promise<DictionaryIndex> {
  return new DictionaryIndex(kind, viewsOf(await optionRows(manager, [kind])));
}

/** The dictionary's name for messages (a custom field's own options are named by the field). */
export const kindName = (kind: string) => builtinKind(kind)?.name ?? kind;
