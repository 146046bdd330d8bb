'use client';
// The viewer's field permissions (字段权限) as pages use them: one cached load of `myFieldPermissions`, so forms leave
// out hidden fields and show read-only and masked ones disabled (never sending them back), and lists leave out
// columns and filters of what the viewer may not see.
import { useMemo } from 'react';
import { graphql } from '@/app/_lib/gql';
import type { FieldMode } from '@/app/_lib/gql/graphql';
import { useQuery } from '@/app/_lib/graphql';
import { customName } from '@/app/_lib/custom-fields';

export const MY_FIELD_PERMISSIONS_QUERY = graphql(`query MyFieldPermissions { myFieldPermissions { module field mode } }`);

/** Form names (built-in fields, and customFields.<key> for custom ones) mapped to the viewer's mode in the module. */
export type FormFieldModes = ReadonlyMap<string, FieldMode>;

const SERVER_CUSTOM = 'custom.';
/** The server names custom fields custom.<key>; forms name them customFields.<key>. */
export const formNameOf = (field: string) => (field.startsWith(SERVER_CUSTOM) ? customName(field.slice(SERVER_CUSTOM.length)) : field);

export function useFieldModes(module: string): FormFieldModes {
  const { data } = useQuery(MY_FIELD_PERMISSIONS_QUERY, {}, { revalidateOnFocus: false, dedupingInterval: 60_000 });
  return useMemo(() => {
    const modes = new Map<string, FieldMode>();
    for (const p of data?.myFieldPermissions ?? []) if (p.module === module) modes.set(formNameOf(p.field), p.mode);
    return modes;
  }, [data, module]);
}

/** Whether the field shows at all / may be typed into; a field the module does not control is editable. */
export const isShown = (modes: FormFieldModes, name: string) => modes.get(name) !== 'HIDDEN';
export const isEditable = (modes: FormFieldModes, name: string) => (modes.get(name) ?? 'EDITABLE') === 'EDITABLE';
/** Shown in full: filters and sorts only on these. */
export const isReadable = (modes: FormFieldModes, name: string) => { const m = modes.get(name) ?? 'EDITABLE'; return m === 'EDITABLE' || m === 'READ_ONLY'; };
