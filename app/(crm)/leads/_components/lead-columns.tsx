'use client';
// Columns of the lead table; sortable ones map to the API's LeadSortField.
import Link from 'next/link';
import { Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import type { LeadOrder, LeadRow, LeadSortField } from '@/app/_lib/api/leads';
import { LeadStatusTag } from './lead-labels';

const SORT_FIELDS: Record<string, LeadSortField> = {
  name: 'NAME', company: 'COMPANY', status: 'STATUS', nextContactAt: 'NEXT_CONTACT_AT', updatedAt: 'UPDATED_AT', createdAt: 'CREATED_AT',
};
export const DEFAULT_LEAD_ORDER: LeadOrder = { field: 'UPDATED_AT', direction: 'DESC' };

/** The table's sorter to the API's orderBy (no sorter: the default, newest change first). */
export function leadOrderFromSorter(sorter: SorterResult<LeadRow> | SorterResult<LeadRow>[]): LeadOrder {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = one?.order ? SORT_FIELDS[String(one.columnKey ?? one.field)] : undefined;
  return field ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : DEFAULT_LEAD_ORDER;
}

export function leadColumns(t: Translate, order: LeadOrder, options: { fixed: boolean; deleted: boolean }): TableColumnsType<LeadRow> {
  const sortable = (key: string) => ({
    key, dataIndex: key, sorter: true,
    sortOrder: SORT_FIELDS[key] === order.field ? (order.direction === 'ASC' ? 'ascend' as const : 'descend' as const) : null,
  });
  const dash = (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>;
  return [
    {
      ...sortable('name'), title: t('lead.field.name'), width: 130, fixed: options.fixed ? 'left' : undefined, ellipsis: true,
      render: (_, row) => <Link href={`/leads/${row.id}`} data-testid={`lead-link-${row.id}`}>{row.name}</Link>,
    },
    { ...sortable('company'), title: t('lead.field.company'), width: 240, ellipsis: true, render: (_, row) => dash(row.company) },
    { ...sortable('status'), title: t('lead.field.status'), width: 100, render: (_, row) => <LeadStatusTag status={row.status} /> },
    { key: 'mobile', title: t('lead.field.mobile'), width: 130, render: (_, row) => dash(row.mobile) },
    { key: 'phone', title: t('lead.field.phone'), width: 140, render: (_, row) => dash(row.phone) },
    { key: 'source', title: t('lead.field.source'), width: 110, ellipsis: true, render: (_, row) => dash(row.source) },
    { key: 'owner', title: t('lead.field.owner'), width: 100, render: (_, row) => row.owner?.name ?? '—' },
    { ...sortable('nextContactAt'), title: t('lead.field.nextContactAt'), width: 150, render: (_, row) => formatDateTime(row.nextContactAt) },
    {
      key: 'customer', title: t('lead.field.customer'), width: 200, ellipsis: true,
      render: (_, row) => (row.customer ? <Link href={`/customers/${row.customer.id}`}>{row.customer.name}</Link> : '—'),
    },
    ...(options.deleted
      ? [{ key: 'deletedAt', title: t('lead.field.deletedAt'), width: 150, render: (_: unknown, row: LeadRow) => formatDateTime(row.deletedAt) }]
      : [{ ...sortable('updatedAt'), title: t('lead.field.updatedAt'), width: 150, render: (_: unknown, row: LeadRow) => formatDateTime(row.updatedAt) }]),
    { ...sortable('createdAt'), title: t('lead.field.createdAt'), width: 150, render: (_, row) => formatDateTime(row.createdAt) },
  ];
}
