'use client';
// A field whose values come from a data dictionary: a select of its enabled options (a tree select for regions), the
// record's current option kept even when disabled, marked as such.
import { Select, TreeSelect } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { type DictionaryKind, choosableOptions, optionTree, useDictionary } from '@/app/_lib/dictionaries';

interface Props {
  kind: DictionaryKind;
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  'data-testid'?: string;
  'aria-label'?: string;
}

export function DictionarySelect({ kind, value, onChange, allowClear = true, ...rest }: Props) {
  const { t } = useI18n();
  const dictionary = useDictionary(kind);
  const options = choosableOptions(dictionary?.options ?? [], value);
  const disabledMark = (name: string, enabled: boolean) => (enabled ? name : `${name}（${t('dictionary.disabled')}）`);
  const change = (next: string | undefined | null) => onChange?.(next ?? null);
  if (dictionary?.tree) {
    return (
      <TreeSelect {...rest} value={value ?? undefined} onChange={change} allowClear={allowClear} showSearch treeNodeFilterProp="title"
        treeData={optionTree(options)} style={{ width: '100%' }} loading={!dictionary} />
    );
  }
  return (
    <Select {...rest} value={value ?? undefined} onChange={change} allowClear={allowClear} showSearch optionFilterProp="label" style={{ width: '100%' }}
      loading={!dictionary} options={options.map((o) => ({ value: o.code, label: disabledMark(o.name, o.enabled) }))} />
  );
}
