'use client';
// The dashboard / report filter lives in the address (?preset=&from=&to=&dept=&user=), so a reload, a shared link
// and a click into a figure's list all keep the same period and selection.
import { useCallback, useMemo } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { InsightFilter, PeriodPreset } from './insight.api';

export const PRESETS: PeriodPreset[] = ['TODAY', 'THIS_WEEK', 'THIS_MONTH', 'THIS_QUARTER', 'THIS_YEAR', 'LAST_MONTH', 'CUSTOM'];

/** The filter as URL parameters (empty values left out). */
export function filterParams(filter: InsightFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.preset && filter.preset !== 'THIS_MONTH') params.set('preset', filter.preset);
  if (filter.preset === 'CUSTOM') {
    if (filter.from) params.set('from', filter.from);
    if (filter.to) params.set('to', filter.to);
  }
  if (filter.departmentId) params.set('dept', filter.departmentId);
  if (filter.userId) params.set('user', filter.userId);
  return params;
}

export function parseFilter(params: URLSearchParams, fallback: PeriodPreset = 'THIS_MONTH'): InsightFilter {
  const preset = PRESETS.includes(params.get('preset') as PeriodPreset) ? (params.get('preset') as PeriodPreset) : fallback;
  return {
    preset,
    from: preset === 'CUSTOM' ? params.get('from') ?? undefined : undefined,
    to: preset === 'CUSTOM' ? params.get('to') ?? undefined : undefined,
    departmentId: params.get('dept') ?? undefined,
    userId: params.get('user') ?? undefined,
  };
}

/** The filter for the API: a custom period without both dates falls back to this month until they are picked. */
export const apiFilter = (f: InsightFilter): InsightFilter =>
  (f.preset === 'CUSTOM' && !(f.from && f.to) ? { ...f, preset: 'THIS_MONTH', from: undefined, to: undefined } : f);

export function useInsightFilter(fallback: PeriodPreset = 'THIS_MONTH') {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = useMemo(() => parseFilter(new URLSearchParams(params.toString()), fallback), [params, fallback]);
  const setFilter = useCallback((patch: Partial<InsightFilter>) => {
    const next = { ...filter, ...patch };
    const extra = new URLSearchParams(params.toString());
    for (const key of ['preset', 'from', 'to', 'dept', 'user']) extra.delete(key);
    const query = new URLSearchParams([...filterParams(next).entries(), ...extra.entries()]).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [filter, params, pathname, router]);
  return { filter, setFilter };
}
