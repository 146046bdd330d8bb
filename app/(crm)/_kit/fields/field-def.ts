// Field descriptions: one shape for the filter bar and the form drawer, so a custom field added later renders in
// both without new code. Values go to the API through `toApiFilter` (filters) or as they are (forms).
import type { ReactNode } from 'react';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { dayBoundary } from '@/app/_lib/format';
import type { DictionaryKind } from '@/app/_lib/dictionaries';

export type FieldKind = 'search' | 'text' | 'textarea' | 'select' | 'multiSelect' | 'dictionary' | 'date' | 'dateTime' | 'dateRange' | 'switch' | 'user' | 'department' | 'custom';

export interface CustomControl { id?: string; value?: unknown; onChange?: (value: unknown) => void; testId: string }

export interface FieldOption { value: string; label: ReactNode }

export interface FieldDef {
  /** Form key; also the API filter key unless `range` names others. */
  name: string;
  label: string;
  kind: FieldKind;
  options?: FieldOption[];
  rules?: Rule[];
  /** Columns of 24 on a desktop form (phones always take the full width). */
  span?: number;
  placeholder?: string;
  /** Overrides the `<module>-<form|filter>-<name>` test id. */
  testId?: string;
  extra?: ReactNode;
  /** Text areas: rows and a counted maximum. */
  rows?: number;
  maxLength?: number;
  /** `custom`: the control itself. Forms hand it value/onChange through the Form.Item; filter bars pass them here. */
  render?: (control?: CustomControl) => ReactNode;
  /** Filter bar: shown on phones without opening "more filters". */
  primary?: boolean;
  /** Date ranges: the API's from/to keys and whether they take instants (day boundaries) or YYYY-MM-DD days. */
  range?: { from: string; to: string; as: 'instant' | 'date' };
  /** `dictionary` fields: the data dictionary whose options it takes (stored as the option's code). */
  dictionary?: DictionaryKind;
  /** Shown but not editable (a read-only or masked field under the viewer's field permissions). */
  disabled?: boolean;
  /** `user` fields: whose list to offer (default: the directory). */
  userSource?: 'directory' | 'transfer';
}

type Range = [Dayjs | null, Dayjs | null] | null | undefined;
const isRange = (f: FieldDef) => f.kind === 'dateRange';

/** Filter form values to the API filter: blanks dropped, text trimmed, ranges to their from/to keys. */
export function toApiFilter(fields: FieldDef[], values: Record<string, unknown>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (isRange(field)) {
      const [from, to] = (value as Range) ?? [];
      const range = field.range ?? { from: `${field.name}From`, to: `${field.name}To`, as: 'instant' as const };
      const out = (day: Dayjs, edge: 'start' | 'end') => (range.as === 'date' ? day.format('YYYY-MM-DD') : dayBoundary(day, edge));
      if (from) filter[range.from] = out(from, 'start');
      if (to) filter[range.to] = out(to, 'end');
    } else if (typeof value === 'string') {
      if (value.trim()) filter[field.name] = value.trim();
    } else if (Array.isArray(value)) {
      if (value.length) filter[field.name] = value;
    } else if (value !== undefined && value !== null) {
      filter[field.name] = value;
    }
  }
  return filter;
}

/** Form values as JSON (dates as YYYY-MM-DD), for a saved view. */
export function serializeValues(fields: FieldDef[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    if (isRange(field)) out[field.name] = ((value as Range) ?? []).map((d) => (d ? d.format('YYYY-MM-DD') : null));
    else if (field.kind === 'date') out[field.name] = (value as Dayjs).format('YYYY-MM-DD');
    else out[field.name] = value;
  }
  return out;
}

/** A saved view's values back to form values (dates to Dayjs). */
export function deserializeValues(fields: FieldDef[], saved: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = saved[field.name];
    if (value === undefined) continue;
    if (isRange(field)) out[field.name] = (value as (string | null)[]).map((d) => (d ? dayjs(d) : null));
    else if (field.kind === 'date') out[field.name] = value ? dayjs(value as string) : null;
    else out[field.name] = value;
  }
  return out;
}

/** Text fields apply on Enter; choices apply at once. */
export const appliesOnChange = (field: FieldDef) => field.kind !== 'text' && field.kind !== 'search';
