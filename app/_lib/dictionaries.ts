'use client';
// The data dictionaries (数据字典) as forms, filters and lists use them: one cached query for every page, the enabled
// options to choose from (a record keeps showing a disabled option it already holds), and a record's stored code
// read as its option's name — or province / city path — so a renamed option shows its new name everywhere.
import { useCallback, useMemo } from 'react';
import { graphql } from '@/app/_lib/gql';
import type { DictionariesQuery } from '@/app/_lib/gql/graphql';
import { useQuery } from '@/app/_lib/graphql';

export type DictionaryKind = 'customer_source' | 'industry' | 'region' | 'followup_method' | 'opportunity_intent' | 'loss_reason' | 'payment_method' | 'contract_type';
type Option = DictionariesQuery['dictionaries'][number]['options'][number];

export const DICTIONARIES_QUERY = graphql(`
  query Dictionaries { dictionaries { kind name tree options { id kind code name parentId path sortOrder enabled } } }
`);

/** Options change rarely: every page shares one load, refreshed when the settings page saves (it mutates this key). */
export function useDictionaries() {
  const { data } = useQuery(DICTIONARIES_QUERY, {}, { revalidateOnFocus: false, dedupingInterval: 60_000 });
  return data?.dictionaries ?? null;
}

export function useDictionary(kind: DictionaryKind) {
  const all = useDictionaries();
  return useMemo(() => all?.find((d) => d.kind === kind) ?? null, [all, kind]);
}

/** (kind, stored code) → what to show: the option's path, or the code itself when no option has it (older data). */
export function useDictionaryLabel() {
  const all = useDictionaries();
  const index = useMemo(() => {
    const map = new Map<string, string>();
    for (const d of all ?? []) for (const o of d.options) map.set(`${d.kind}\u0000${o.code}`, o.path);
    return map;
  }, [all]);
  return useCallback((kind: DictionaryKind, code: string | null | undefined) => (code ? index.get(`${kind}\u0000${code}`) ?? code : null), [index]);
}

export interface TreeOption { value: string; title: string; disabled?: boolean; children?: TreeOption[] }

/** The options to pick from: enabled ones, plus `keep` (the value a record holds) even when disabled. */
export function choosableOptions(options: readonly Option[], keep?: string | null): Option[] {
  return options.filter((o) => o.enabled || o.code === keep);
}

/** A tree dictionary's options as TreeSelect data (province → city). */
export function optionTree(options: readonly Option[]): TreeOption[] {
  const byParent = new Map<string | null, Option[]>();
  for (const o of options) byParent.set(o.parentId, [...(byParent.get(o.parentId) ?? []), o]);
  const build = (parent: string | null): TreeOption[] => (byParent.get(parent) ?? []).map((o) => {
    const children = build(o.id);
    return { value: o.code, title: o.name, ...(o.enabled ? {} : { disabled: true }), ...(children.length ? { children } : {}) };
  });
  return build(null);
}
