// Custom fields in the record kit: the same field descriptions, columns and filters as built-in fields, so a module
// adds them with one call in its form, list and filter bar.
import { createElement } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { CUSTOM_PREFIX, customName, type CustomFieldDef, type CustomValue } from '@/app/_lib/custom-fields';
import type { FieldDef, FieldKind } from './field-def';
import { maxLength, required } from './rules';
import type { ListColumn } from '../list/columns';
import { NumberRange } from './number-range';

const NUMBER = /^-?\d{1,14}(\.\d{1,4})?$/;
const MONEY = /^-?\d{1,14}(\.\d{1,2})?$/;

const FORM_KIND: Record<CustomFieldDef['type'], FieldKind> = {
  TEXT: 'text', LONG_TEXT: 'textarea', NUMBER: 'text', MONEY: 'text', DATE: 'date',
  SINGLE_CHOICE: 'select', MULTI_CHOICE: 'multiSelect', USER: 'user',
};

/** The enabled options to choose from, plus those a record already holds. */
const optionsOf = (field: CustomFieldDef, keep: string[] = []) =>
  field.options.filter((o) => o.enabled || keep.includes(o.code)).map((o) => ({ value: o.code, label: o.path }));

/** Form fields of the custom fields (a section of the record's form). */
export function customFormFields(t: Translate, fields: readonly CustomFieldDef[], held: readonly CustomValue[] = []): FieldDef[] {
  return fields.map((field) => {
    const rules: FieldDef['rules'] = field.required ? [required(t, field.label)] : [];
    if (field.type === 'TEXT') rules.push(maxLength(t, 200));
    if (field.type === 'LONG_TEXT') rules.push(maxLength(t, 2000));
    if (field.type === 'NUMBER' || field.type === 'MONEY') {
      const pattern = field.type === 'MONEY' ? MONEY : NUMBER;
      rules.push({ validator: (_, v) => (!v || pattern.test(String(v).replace(/,/g, '')) ? Promise.resolve() : Promise.reject(new Error(t(field.type === 'MONEY' ? 'customField.badMoney' : 'customField.badNumber')))) });
    }
    const keep = held.find((v) => v.key === field.key)?.values ?? [];
    return {
      name: customName(field.key), label: field.label, kind: FORM_KIND[field.type], rules,
      span: field.type === 'LONG_TEXT' ? 24 : 12,
      rows: field.type === 'LONG_TEXT' ? 3 : undefined,
      options: field.options.length ? optionsOf(field, keep) : undefined,
      testId: `custom-field-${field.key}`,
    };
  });
}

/** A record's values as form values. */
export function customInitialValues(fields: readonly CustomFieldDef[], values: readonly CustomValue[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const held = values?.find((v) => v.key === field.key)?.values ?? [];
    if (field.type === 'MULTI_CHOICE') out[customName(field.key)] = held;
    else if (field.type === 'DATE') out[customName(field.key)] = held[0] ? dayjs(held[0]) : null;
    else out[customName(field.key)] = held[0] ?? null;
  }
  return out;
}

/**
 * Splits form values into the built-in input and its `customFields` list: every custom field the form holds, so
 * clearing one clears it (those the viewer may not write are not in the values: the form drawer left them out).
 */
export function splitCustomValues<V extends object>(fields: readonly CustomFieldDef[], values: V): V & { customFields?: { key: string; value?: string | null; values?: string[] }[] } {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) if (!name.startsWith(CUSTOM_PREFIX)) input[name] = value;
  const held = fields.filter((field) => Object.hasOwn(values, customName(field.key)));
  if (!held.length) return input as V;
  const customFields = held.map((field) => {
    const value = (values as Record<string, unknown>)[customName(field.key)];
    if (field.type === 'MULTI_CHOICE') return { key: field.key, values: (value as string[] | undefined) ?? [] };
    if (dayjs.isDayjs(value)) return { key: field.key, value: (value as Dayjs).format('YYYY-MM-DD') };
    return { key: field.key, value: value === undefined || value === null ? null : String(value) };
  });
  return { ...(input as V), customFields };
}

/** List columns of the custom fields, hidden until the user shows them in the column chooser. */
export function customColumns<Row extends { customFields?: readonly CustomValue[] | null }>(fields: readonly CustomFieldDef[]): ListColumn<Row>[] {
  return fields.map((field) => ({
    key: customName(field.key), title: field.label, hidden: true, ellipsis: true, width: field.type === 'LONG_TEXT' ? 220 : 130,
    align: field.type === 'NUMBER' || field.type === 'MONEY' ? 'right' as const : undefined,
    render: (row: Row) => row.customFields?.find((v) => v.key === field.key)?.display ?? '',
  }));
}

/**
 * Filter bar fields for the custom fields that filter well: choices, users, dates, numbers (a range) and short text;
 * only those the viewer reads in full (a filter on a masked value would tell it).
 */
export function customFilterFields(fields: readonly CustomFieldDef[]): FieldDef[] {
  return fields.filter((field) => field.viewerMode === 'EDITABLE' || field.viewerMode === 'READ_ONLY').flatMap((field): FieldDef[] => {
    const name = customName(field.key);
    const testId = `custom-filter-${field.key}`;
    if (field.type === 'SINGLE_CHOICE' || field.type === 'MULTI_CHOICE') return [{ name, label: field.label, kind: 'multiSelect', options: optionsOf(field), testId }];
    if (field.type === 'USER') return [{ name, label: field.label, kind: 'user', testId }];
    if (field.type === 'DATE') return [{ name, label: field.label, kind: 'dateRange', range: { from: `${name}.from`, to: `${name}.to`, as: 'date' }, testId }];
    if (field.type === 'TEXT') return [{ name, label: field.label, kind: 'text', testId }];
    if (field.type === 'NUMBER' || field.type === 'MONEY') {
      return [{ name, label: field.label, kind: 'custom', testId, render: (control) => createElement(NumberRange, {
        id: control?.id, value: control?.value as [number | null, number | null] | null, onChange: control?.onChange, label: field.label, testId: control?.testId ?? testId,
      }) }];
    }
    return [];
  });
}

/** The API filter's `customFields` from the filter bar's keys (`customFields.<key>`, `.from`, `.to`). */
export function customFilterOf(fields: readonly CustomFieldDef[], filter: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  const conditions: { key: string; equals?: string[]; from?: string; to?: string; contains?: string }[] = [];
  for (const [name, value] of Object.entries(filter)) if (!name.startsWith(CUSTOM_PREFIX)) out[name] = value;
  for (const field of fields) {
    const name = customName(field.key);
    const value = filter[name];
    const from = filter[`${name}.from`] as string | undefined;
    const to = filter[`${name}.to`] as string | undefined;
    const numeric = field.type === 'NUMBER' || field.type === 'MONEY';
    if (from || to) conditions.push({ key: field.key, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    else if (numeric && Array.isArray(value)) {
      const [low, high] = value as (number | null)[];
      if (low !== null && low !== undefined) conditions.push({ key: field.key, from: String(low), ...(high !== null && high !== undefined ? { to: String(high) } : {}) });
      else if (high !== null && high !== undefined) conditions.push({ key: field.key, to: String(high) });
    } else if (Array.isArray(value) && value.length) conditions.push({ key: field.key, equals: value.map(String) });
    else if (typeof value === 'string' && value) conditions.push(field.type === 'TEXT' ? { key: field.key, contains: value } : { key: field.key, equals: [value] });
  }
  return conditions.length ? { ...out, customFields: conditions } : out;
}

/** Detail-page description items of a record's custom values, labelled by their current field labels. */
export function customDescriptionItems(fields: readonly CustomFieldDef[], values: readonly CustomValue[] | null | undefined, none: string) {
  return (values ?? []).map((v) => ({ key: customName(v.key), label: fields.find((f) => f.key === v.key)?.label ?? v.key, children: v.display || none }));
}
