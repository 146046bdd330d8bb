'use client';
// The customer list's description: columns (desktop), the phone card, and the filter fields.
import Link from 'next/link';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { LEVEL_COLORS, dealLabel, levelLabel, typeLabel } from '@/app/_lib/labels';
import { CUSTOMER_LEVELS, CUSTOMER_TYPES, type CustomerRow } from '@/app/_lib/api/customers';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import type { FieldDef } from '../../_kit/fields/field-def';
import { DictionaryText } from '../../_kit/fields/dictionary-text';

const link = (row: CustomerRow, text: string, deleted?: boolean) => (deleted
  ? text
  : <Link href={`/customers/${row.id}`} data-testid={`customer-link-${row.code}`}>{text}</Link>);

export function customerColumns(t: Translate, options: { deleted?: boolean } = {}): ListColumn<CustomerRow>[] {
  const owner = (row: CustomerRow) => row.owner?.name ?? <Typography.Text type="secondary">{t('common.pool')}</Typography.Text>;
  return [
    { key: 'code', sortField: 'CODE', title: t('customer.field.code'), width: 160, fixed: true, render: (row) => link(row, row.code, options.deleted) },
    {
      key: 'name', sortField: 'NAME', title: t('customer.field.name'), width: 240, ellipsis: true,
      // Inline, not a flex Space: a long name then ends in an ellipsis (the full name shows on hover).
      render: (row) => (
        <>
          {row.locked && <><Tooltip title={t('customer.locked')}><LockOutlined aria-label={t('customer.locked')} /></Tooltip>{' '}</>}
          {link(row, row.name, options.deleted)}
        </>
      ),
    },
    { key: 'type', title: t('customer.field.type'), width: 100, render: (row) => typeLabel(t, row.type) },
    { key: 'level', sortField: 'LEVEL', title: t('customer.field.level'), width: 100, render: (row) => <Tag color={LEVEL_COLORS[row.level]}>{levelLabel(t, row.level)}</Tag> },
    { key: 'owner', title: t('customer.field.owner'), width: 110, render: owner },
    { key: 'contactName', title: t('customer.field.contactName'), width: 110, ellipsis: true, render: (row) => row.contactName },
    { key: 'mobile', title: t('customer.field.mobile'), width: 130, render: (row) => row.mobile },
    { key: 'industry', title: t('customer.field.industry'), width: 110, ellipsis: true, render: (row) => <DictionaryText kind="industry" code={row.industry} /> },
    { key: 'source', title: t('customer.field.source'), width: 110, ellipsis: true, render: (row) => <DictionaryText kind="customer_source" code={row.source} />, hidden: true },
    { key: 'region', title: t('customer.field.region'), width: 90, render: (row) => <DictionaryText kind="region" code={row.region} /> },
    { key: 'dealStatus', title: t('customer.field.dealStatus'), width: 100, render: (row) => (row.dealStatus === 'DEAL' ? <Tag color="green">{dealLabel(t, row.dealStatus)}</Tag> : dealLabel(t, row.dealStatus)) },
    ...(options.deleted
      ? [{ key: 'deletedAt', title: t('customer.field.deletedAt'), width: 150, render: (row: CustomerRow) => formatDateTime(row.deletedAt) }]
      : [
        { key: 'lastFollowUpAt', sortField: 'LAST_FOLLOW_UP_AT', title: t('customer.field.lastFollowUpAt'), width: 150, render: (row: CustomerRow) => formatDateTime(row.lastFollowUpAt) },
        { key: 'updatedAt', sortField: 'UPDATED_AT', title: t('customer.field.updatedAt'), width: 150, render: (row: CustomerRow) => formatDateTime(row.updatedAt) },
      ]),
    { key: 'createdAt', sortField: 'CREATED_AT', title: t('customer.field.createdAt'), width: 150, render: (row) => formatDateTime(row.createdAt), hidden: true },
  ];
}

export function customerCard(t: Translate, options: { deleted?: boolean } = {}): CardSpec<CustomerRow> {
  return {
    title: (row) => (
      <Space size={4}>
        {row.locked && <LockOutlined aria-label={t('customer.locked')} />}
        {link(row, row.name, options.deleted)}
      </Space>
    ),
    extra: (row) => <Tag color={LEVEL_COLORS[row.level]} style={{ marginInlineEnd: 0 }}>{levelLabel(t, row.level)}</Tag>,
    lines: (row) => [
      [row.code, row.owner?.name ?? t('common.pool')].join(' · '),
      [row.contactName, row.mobile].filter(Boolean).join(' '),
      row.lastFollowUpAt ? `${t('customer.field.lastFollowUpAt')} ${formatDateTime(row.lastFollowUpAt)}` : null,
    ],
  };
}

export function customerFilterFields(t: Translate, options: { org: boolean }): FieldDef[] {
  return [
    { name: 'keyword', kind: 'search', label: t('customer.filter.keyword'), primary: true },
    { name: 'type', kind: 'select', label: t('customer.field.type'), primary: true, options: CUSTOMER_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) })) },
    { name: 'level', kind: 'select', label: t('customer.field.level'), primary: true, options: CUSTOMER_LEVELS.map((v) => ({ value: v, label: levelLabel(t, v) })) },
    { name: 'source', kind: 'dictionary', dictionary: 'customer_source', label: t('customer.field.source') },
    { name: 'industry', kind: 'dictionary', dictionary: 'industry', label: t('customer.field.industry') },
    { name: 'region', kind: 'dictionary', dictionary: 'region', label: t('customer.field.region') },
    ...(options.org ? [
      { name: 'ownerId', kind: 'user', label: t('customer.field.owner'), testId: 'customer-filter-owner' } as FieldDef,
      { name: 'departmentId', kind: 'department', label: t('customer.field.department'), testId: 'customer-filter-department' } as FieldDef,
    ] : []),
    { name: 'created', kind: 'dateRange', label: t('customer.filter.created'), range: { from: 'createdFrom', to: 'createdTo', as: 'instant' } },
  ];
}
