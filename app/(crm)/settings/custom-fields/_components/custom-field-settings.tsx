'use client';
// 自定义字段 (system:customField): a module's fields in form order. Fields are added, relabelled, made required,
// moved and disabled — never deleted, since records keep their values. A choice field's own options are
// maintained here like dictionary options (add, rename, disable).
import { useState } from 'react';
import { Alert, App, Button, Card, Segmented, Space, Switch, Table, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, revalidateQueries, useQuery } from '@/app/_lib/graphql';
import type { CustomFieldDef, CustomFieldModule } from '@/app/_lib/custom-fields';
import { CUSTOM_FIELDS_QUERY, REORDER_CUSTOM_FIELDS, UPDATE_CUSTOM_FIELD } from './custom-field.api';
import { CustomFieldForm, type FieldEdit } from './custom-field-form';
import { useChange } from '../../../_kit/form/use-change';
import { OptionForm, type OptionEdit } from '../../dictionary/_components/option-form';
import { UPDATE_DICTIONARY_OPTION, type DictionaryOption } from '../../dictionary/_components/dictionary.api';

const MODULES: CustomFieldModule[] = ['customer', 'contact', 'lead', 'opportunity', 'contract'];

export function CustomFieldSettings() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [module, setModule] = useState<CustomFieldModule>('customer');
  const { data, isLoading, mutate } = useQuery(CUSTOM_FIELDS_QUERY, { module, withDisabled: true });
  const [edit, setEdit] = useState<FieldEdit | null>(null);
  const [option, setOption] = useState<OptionEdit | null>(null);
  const fields = data?.customFields ?? [];
  // Forms and lists read the enabled fields under their own key: refresh every cached copy.
  const reload = async () => { await Promise.all([mutate(), revalidateQueries(CUSTOM_FIELDS_QUERY)]); };
  const { busy, change } = useChange(reload);

  /** Swaps the field with its neighbour: the whole order is sent at once, in one transaction. */
  const move = (field: CustomFieldDef, by: -1 | 1) => {
    const ids = fields.map((f) => f.id);
    const from = ids.indexOf(field.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    return change(() => gql(REORDER_CUSTOM_FIELDS, { module, ids }));
  };

  const ownOptions = (f: CustomFieldDef) => !!f.dictionaryKind?.startsWith('field:');
  const asDictionaryOption = (o: CustomFieldDef['options'][number], f: CustomFieldDef) => ({ ...o, kind: f.dictionaryKind!, parentId: null, sortOrder: 0 }) as DictionaryOption;

  const columns = [
    { key: 'order', title: t('customField.order'), width: 90, render: (_: unknown, f: CustomFieldDef, i: number) => (
      <Space size={0}>
        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={busy || i === 0} onClick={() => move(f, -1)} aria-label={t('dictionary.moveUp')} />
        <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={busy || i === fields.length - 1} onClick={() => move(f, 1)} aria-label={t('dictionary.moveDown')} />
      </Space>
    ) },
    { key: 'label', title: t('customField.label'), render: (_: unknown, f: CustomFieldDef) => <Typography.Text strong={f.enabled} type={f.enabled ? undefined : 'secondary'}>{f.label}</Typography.Text> },
    { key: 'key', title: t('customField.key'), render: (_: unknown, f: CustomFieldDef) => <Typography.Text code>{f.key}</Typography.Text> },
    { key: 'type', title: t('customField.type'), render: (_: unknown, f: CustomFieldDef) => t(`customField.type.${f.type}`) },
    { key: 'required', title: t('customField.required'), width: 70, render: (_: unknown, f: CustomFieldDef) => (f.required ? t('common.yes') : t('common.no')) },
    { key: 'options', title: t('customField.options'), render: (_: unknown, f: CustomFieldDef) => (
      !f.dictionaryKind ? null : !ownOptions(f) ? <Tag>{t(`dictionary.kind.${f.dictionaryKind}` as never)}</Tag> : (
        <Space size={[4, 4]} wrap>
          {f.options.map((o) => (
            <Tag key={o.id} color={o.enabled ? 'blue' : undefined} style={{ cursor: 'pointer', textDecoration: o.enabled ? undefined : 'line-through' }}
              onClick={() => setOption({ mode: 'rename', option: asDictionaryOption(o, f) })} data-testid={`custom-field-option-${f.key}-${o.code}`}
              closable={o.enabled} onClose={(e) => { e.preventDefault(); void change(() => gql(UPDATE_DICTIONARY_OPTION, { id: o.id, input: { enabled: false } }), t('dictionary.disabledDone', { name: o.name })); }}>
              {o.name}
            </Tag>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setOption({ mode: 'add', kind: f.dictionaryKind!, parent: null })} data-testid={`custom-field-add-option-${f.key}`}>
            {t('dictionary.add')}
          </Button>
        </Space>
      )
    ) },
    { key: 'enabled', title: t('dictionary.field.status'), width: 90, render: (_: unknown, f: CustomFieldDef) => (
      <Switch size="small" checked={f.enabled} disabled={busy} data-testid={`custom-field-enabled-${f.key}`}
        onChange={(on) => change(() => gql(UPDATE_CUSTOM_FIELD, { id: f.id, input: { enabled: on } }), t(on ? 'dictionary.enabledDone' : 'dictionary.disabledDone', { name: f.label }))} />
    ) },
    { key: 'actions', title: t('common.actions'), width: 80, render: (_: unknown, f: CustomFieldDef) => (
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEdit({ mode: 'edit', field: f })} data-testid={`custom-field-edit-${f.key}`}>{t('action.edit')}</Button>
    ) },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="custom-field-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('customField.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('customField.hint')} />
      <Card size="small"
        title={<Segmented<CustomFieldModule> value={module} onChange={setModule} data-testid="custom-field-module"
          options={MODULES.map((m) => ({ value: m, label: t(`customField.module.${m}`) }))} />}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit({ mode: 'create', module })} data-testid="custom-field-add">{t('customField.add')}</Button>}>
        <Table<CustomFieldDef> rowKey="id" size="small" loading={isLoading} dataSource={fields} columns={columns} pagination={false} scroll={{ x: 900 }}
          locale={{ emptyText: t('customField.empty') }} onRow={(f) => ({ 'data-testid': `custom-field-row-${f.key}` }) as never} />
      </Card>
      <CustomFieldForm edit={edit} onClose={() => setEdit(null)} onSaved={() => { setEdit(null); message.success(t('common.saved')); void reload(); }} />
      <OptionForm edit={option} onClose={() => setOption(null)} onSaved={() => { setOption(null); message.success(t('common.saved')); void reload(); }} />
    </Space>
  );
}
