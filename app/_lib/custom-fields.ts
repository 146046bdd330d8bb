'use client';
// Custom fields (自定义字段) as pages use them: one cached load of a module's definitions, shared by its form, list
// columns, filters and detail page; refreshed when the settings page saves (it mutates this key).
import { useMemo } from 'react';
import { graphql } from '@/app/_lib/gql';
import type { CustomFieldsQuery } from '@/app/_lib/gql/graphql';
import { useQuery } from '@/app/_lib/graphql';

export type CustomFieldModule = 'customer' | 'contact' | 'lead' | 'opportunity' | 'contract';
export type CustomFieldDef = CustomFieldsQuery['customFields'][number];
/** A value as records carry it (`customFields { key values display }`). */
export interface CustomValue { key: string; values: string[]; display?: string | null }

export const CUSTOM_FIELDS_QUERY = graphql(`
  query CustomFields($module: String!, $withDisabled: Boolean) {
    customFields(module: $module, withDisabled: $withDisabled) {
      id module key label type required enabled sortOrder dictionaryKind viewerMode options { id code name path enabled }
    }
  }
`);

const NONE: CustomFieldDef[] = [];

/**
 * The module's enabled fields the viewer may see (forms, lists; hidden ones by their field permissions left out);
 * `withDisabled` for what reads old values and for the settings page: every field.
 */
export function useCustomFields(module: CustomFieldModule, withDisabled = false): CustomFieldDef[] {
  const { data } = useQuery(CUSTOM_FIELDS_QUERY, withDisabled ? { module, withDisabled } : { module }, { revalidateOnFocus: false, dedupingInterval: 60_000 });
  return useMemo(() => {
    const fields = data?.customFields ?? NONE;
    return withDisabled ? fields : fields.filter((f) => f.viewerMode !== 'HIDDEN');
  }, [data, withDisabled]);
}

/** Form values keep each custom field under `customFields.<key>`: the name the server's field errors use. */
export const CUSTOM_PREFIX = 'customFields.';
export const customName = (key: string) => `${CUSTOM_PREFIX}${key}`;

/** A stored value as an audit entry holds it (an option code, a list of them, a number…) in words. */
export function customValueText(field: CustomFieldDef, value: unknown): string {
  const one = (v: unknown) => field.options.find((o) => o.code === v)?.path ?? String(v);
  if (value === null || value === undefined || value === '') return '—';
  return Array.isArray(value) ? value.map(one).join('、') : one(value);
}
