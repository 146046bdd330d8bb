'use client';
// The control for one field description (filter bar and form drawer alike).
import { DatePicker, Input, Select, Switch } from 'antd';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import type { FieldDef } from './field-def';
import { DictionarySelect } from './dictionary-select';

interface Props {
  field: FieldDef;
  testId: string;
  /** Filter bar: placeholders instead of labels, clearable choices, Enter applies text. */
  filter?: boolean;
  onEnter?: () => void;
  // Passed through by Form.Item.
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
}

export function FieldInput({ field, testId, filter, onEnter, ...control }: Props) {
  const placeholder = field.placeholder ?? (filter ? field.label : undefined);
  const common = { id: control.id, 'data-testid': testId, 'aria-label': field.label, placeholder };
  const value = control.value as never;
  const onChange = control.onChange as never;
  switch (field.kind) {
    case 'search':
      return <Input.Search {...common} value={value} onChange={onChange} allowClear enterButton onSearch={() => onEnter?.()} />;
    case 'textarea':
      return <Input.TextArea {...common} value={value} onChange={onChange} rows={field.rows ?? 3} showCount={!!field.maxLength} maxLength={field.maxLength} />;
    case 'select':
    case 'multiSelect':
      return (
        <Select {...common} value={value} onChange={onChange} allowClear={filter} style={{ width: '100%' }}
          mode={field.kind === 'multiSelect' ? 'multiple' : undefined} options={field.options} />
      );
    case 'dictionary':
      return <DictionarySelect {...common} kind={field.dictionary!} value={value} onChange={onChange} />;
    case 'date':
      return <DatePicker {...common} value={value} onChange={onChange} style={{ width: '100%' }} />;
    case 'dateTime':
      return <DatePicker {...common} value={value} onChange={onChange} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />;
    case 'dateRange':
      return <DatePicker.RangePicker id={control.id} data-testid={testId} aria-label={field.label} value={value} onChange={onChange} style={{ width: '100%' }} placeholder={[`${field.label}`, '']} />;
    case 'user':
      return <UserPicker source={field.userSource ?? 'directory'} allowClear={filter} id={control.id} value={value} onChange={onChange} placeholder={placeholder} data-testid={testId} />;
    case 'department':
      return <DepartmentTreeSelect allowClear={filter} id={control.id} value={value} onChange={onChange} placeholder={placeholder} data-testid={testId} />;
    case 'switch':
      return <Switch id={control.id} data-testid={testId} aria-label={field.label} checked={!!control.value} onChange={onChange} />;
    case 'custom':
      return <>{field.render?.({ id: control.id, value: control.value, onChange: control.onChange, testId })}</>;
    default:
      return filter
        ? <Input {...common} value={value} onChange={onChange} allowClear onPressEnter={onEnter} />
        : <Input {...common} value={value} onChange={onChange} allowClear />;
  }
}
