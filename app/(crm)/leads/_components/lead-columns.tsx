'use client';
// The lead list's description: columns (desktop), the phone card, the filter fields and the built-in views.
import Link from 'next/link';
import { Typography } from 'antd';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { LEAD_STATUSES, type LeadRow } from '@/app/_lib/api/leads';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import type { FieldDef } from '../../_kit/fields/field-def';
import type { Scene } from '../../_kit/list/scene-select';
import { allScene, dueTodayScene, mineScene } from '../../_kit/list/scenes';
import { LeadStatusTag, leadStatusLabel } from './lead-labels';
import { DictionaryText } from '../../_kit/fields/dictionary-text';

const dash = (v: string | null | undefined) => v ?? <Typography.Text type="secondary">—</Typography.Text>;
const nameLink = (row: LeadRow) => <Link href={`/leads/${row.id}`} data-testid={`lead-link-${row.id}`}>{row.name}</Link>;
const customerLink = (row: LeadRow) => (row.customer ? <Link href={`/customers/${row.customer.id}`}>{row.customer.name}</Link> : null);

export function leadColumns(t: Translate, options: { deleted: boolean }): ListColumn<LeadRow>[] {
  return [
    { key: 'name', sortField: 'NAME', title: t('lead.field.name'), width: 130, fixed: true, ellipsis: true, render: nameLink },
    { key: 'company', sortField: 'COMPANY', title: t('lead.field.company'), width: 240, ellipsis: true, render: (row) => dash(row.company) },
    { key: 'status', sortField: 'STATUS', title: t('lead.field.status'), width: 100, render: (row) => <LeadStatusTag status={row.status} /> },
    { key: 'mobile', title: t('lead.field.mobile'), width: 130, render: (row) => dash(row.mobile) },
    { key: 'phone', title: t('lead.field.phone'), width: 140, render: (row) => dash(row.phone), hidden: true },
    { key: 'source', title: t('lead.field.source'), width: 110, ellipsis: true, render: (row) => (row.source ? <DictionaryText kind="customer_source" code={row.source} /> : dash(row.source)) },
    { key: 'owner', title: t('lead.field.owner'), width: 100, render: (row) => row.owner?.name ?? '—' },
    { key: 'nextContactAt', sortField: 'NEXT_CONTACT_AT', title: t('lead.field.nextContactAt'), width: 150, render: (row) => formatDateTime(row.nextContactAt) },
    { key: 'customer', title: t('lead.field.customer'), width: 200, ellipsis: true, render: (row) => customerLink(row) ?? '—' },
    options.deleted
      ? { key: 'deletedAt', title: t('lead.field.deletedAt'), width: 150, render: (row) => formatDateTime(row.deletedAt) }
      : { key: 'updatedAt', sortField: 'UPDATED_AT', title: t('lead.field.updatedAt'), width: 150, render: (row) => formatDateTime(row.updatedAt) },
    { key: 'createdAt', sortField: 'CREATED_AT', title: t('lead.field.createdAt'), width: 150, render: (row) => formatDateTime(row.createdAt), hidden: true },
  ];
}

export const leadCard = (t: Translate): CardSpec<LeadRow> => ({
  title: nameLink,
  extra: (row) => <LeadStatusTag status={row.status} />,
  lines: (row) => [
    row.company,
    [row.mobile, row.owner?.name].filter(Boolean).join(' · '),
    row.nextContactAt ? `${t('lead.field.nextContactAt')} ${formatDateTime(row.nextContactAt)}` : null,
    customerLink(row),
  ],
});

export function leadFilterFields(t: Translate): FieldDef[] {
  return [
    { name: 'keyword', kind: 'search', label: t('lead.filter.keyword'), primary: true },
    { name: 'status', kind: 'select', label: t('lead.field.status'), primary: true, options: LEAD_STATUSES.map((v) => ({ value: v, label: leadStatusLabel(t, v) })) },
    { name: 'source', kind: 'dictionary', dictionary: 'customer_source', label: t('lead.field.source'), primary: true },
    { name: 'ownerId', kind: 'user', label: t('lead.field.owner') },
    { name: 'departmentId', kind: 'department', label: t('lead.field.department') },
    { name: 'created', kind: 'dateRange', label: t('lead.filter.created'), range: { from: 'createdFrom', to: 'createdTo', as: 'instant' } },
    { name: 'nextContact', kind: 'dateRange', label: t('lead.filter.nextContact'), testId: 'lead-filter-next-contact', range: { from: 'nextContactFrom', to: 'nextContactTo', as: 'instant' } },
  ];
}

export const leadScenes = (t: Translate, userId: string): Scene[] => [
  allScene(t), mineScene(t, userId), dueTodayScene(t, 'nextContactFrom', 'nextContactTo'),
];
