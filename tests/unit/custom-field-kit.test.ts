// The record kit's custom field helpers: form values to the API's `customFields` list and back, and the filter
// bar's keys to the API's custom field conditions.
import dayjs from 'dayjs';
import type { CustomFieldDef } from '@/app/_lib/custom-fields';
import { customFilterFields, customFilterOf, customInitialValues, splitCustomValues } from '@/app/(crm)/_kit/fields/custom-fields';
import { permittedSections, writableValues } from '@/app/(crm)/_kit/form/form-fields';

const def = (key: string, type: CustomFieldDef['type']): CustomFieldDef => ({
  id: key, module: 'customer', key, label: key, type, required: false, enabled: true, sortOrder: 0, dictionaryKind: null, viewerMode: 'EDITABLE', options: [],
});
const FIELDS = [def('grade', 'SINGLE_CHOICE'), def('channels', 'MULTI_CHOICE'), def('foundedOn', 'DATE'), def('budget', 'MONEY'), def('tax', 'TEXT')];

test('form values split into the built-in input and every custom field the form holds (an empty one clears it)', () => {
  const values = { name: '甲公司', 'customFields.grade': 'A', 'customFields.channels': ['线上'], 'customFields.foundedOn': dayjs('2020-02-03'), 'customFields.budget': 1200, 'customFields.tax': undefined };
  expect(splitCustomValues(FIELDS, values)).toEqual({
    name: '甲公司',
    customFields: [
      { key: 'grade', value: 'A' }, { key: 'channels', values: ['线上'] }, { key: 'foundedOn', value: '2020-02-03' },
      { key: 'budget', value: '1200' }, { key: 'tax', value: null },
    ],
  });
  expect(splitCustomValues([], { name: '乙' })).toEqual({ name: '乙' });
  // A field the viewer may not write is not among the form's values (the drawer left it out): it is not sent.
  expect(splitCustomValues(FIELDS, { name: '丙', 'customFields.grade': 'A' })).toEqual({ name: '丙', customFields: [{ key: 'grade', value: 'A' }] });
});

test('the form shows fields as field permissions allow: hidden left out, read-only and masked disabled and not sent', () => {
  const modes = new Map([['mobile', 'MASKED'], ['email', 'HIDDEN'], ['customFields.grade', 'READ_ONLY']] as const);
  const sections = [{ fields: [
    { name: 'name', label: '名称', kind: 'text' as const, rules: [{ required: true }] },
    { name: 'mobile', label: '手机', kind: 'text' as const, rules: [{ pattern: /\d/ }] },
    { name: 'email', label: '邮箱', kind: 'text' as const },
  ] }, { title: '自定义', fields: [{ name: 'customFields.grade', label: '评级', kind: 'select' as const, rules: [{ required: true }] }] }, { title: '空', fields: [{ name: 'email', label: '邮箱', kind: 'text' as const }] }];
  const shown = permittedSections(sections, modes);
  expect(shown.map((s) => s.fields.map((f) => [f.name, !!f.disabled, f.rules?.length ?? 0]))).toEqual([
    [['name', false, 1], ['mobile', true, 0]], [['customFields.grade', true, 0]],
  ]);
  expect(writableValues({ name: '甲', mobile: '138****5678', 'customFields.grade': 'A', remarks: 'x' }, modes)).toEqual({ name: '甲', remarks: 'x' });
});

test('filters are offered only on custom fields the viewer reads in full', () => {
  const masked = { ...def('secret', 'TEXT'), viewerMode: 'MASKED' as const };
  const readOnly = { ...def('tax', 'TEXT'), viewerMode: 'READ_ONLY' as const };
  expect(customFilterFields([masked, readOnly]).map((f) => f.name)).toEqual(['customFields.tax']);
});

test('a record\'s values become form values (dates as dayjs, multiple choices as lists)', () => {
  const out = customInitialValues(FIELDS, [{ key: 'grade', values: ['B'] }, { key: 'channels', values: ['线上', '代理'] }, { key: 'foundedOn', values: ['2021-05-06'] }]);
  expect(out['customFields.grade']).toBe('B');
  expect(out['customFields.channels']).toEqual(['线上', '代理']);
  expect((out['customFields.foundedOn'] as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2021-05-06');
  expect(out['customFields.tax']).toBeNull();
});

test('filter bar keys become custom field conditions; other keys pass through', () => {
  expect(customFilterOf(FIELDS, { inPool: false, 'customFields.grade': ['A', 'B'], 'customFields.foundedOn.from': '2020-01-01', 'customFields.tax': '91' })).toEqual({
    inPool: false,
    customFields: [{ key: 'grade', equals: ['A', 'B'] }, { key: 'foundedOn', from: '2020-01-01' }, { key: 'tax', contains: '91' }],
  });
  expect(customFilterOf(FIELDS, { inPool: false })).toEqual({ inPool: false });
  // A number range: either bound alone, or both.
  expect(customFilterOf(FIELDS, { 'customFields.budget': [1000, null] })).toEqual({ customFields: [{ key: 'budget', from: '1000' }] });
  expect(customFilterOf(FIELDS, { 'customFields.budget': [null, 5000] })).toEqual({ customFields: [{ key: 'budget', to: '5000' }] });
  expect(customFilterOf(FIELDS, { 'customFields.budget': [10, 20] })).toEqual({ customFields: [{ key: 'budget', from: '10', to: '20' }] });
});
