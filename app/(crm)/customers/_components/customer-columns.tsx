'use client';
// Columns of the customer table; sortable ones map to the API's CustomerSortField.
import Link from 'next/link';
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { LEVEL_COLORS, dealLabel, levelLabel, typeLabel } from '@/app/_lib/labels';
import type { CustomerOrder, CustomerRow } from '@/app/_lib/api/customers';
import { SORT_FIELDS } from './customer-query';

export function customerColumns(t: Translate, order: CustomerOrder, options: { fixed: boolean; deleted?: boolean }): TableColumnsType<CustomerRow> {
  const sortable = (key: string) => ({
    key, dataIndex: key, sorter: true,
    sortOrder: SORT_FIELDS[key] === order.field ? (order.direction === 'ASC' ? 'ascend' as const : 'descend' as const) : null,
  });
  const link = (row: CustomerRow, text: string) => (options.deleted
    ? text
    : <Link href={`/customers/${row.id}`} data-testid={`customer-link-${row.code}`}>{text}</Link>);
  return [
    { ...sortable('code'), title: t('customer.field.code'), width: 160, fixed: options.fixed ? 'left' : undefined, render: (_, row) => link(row, row.code) },
    {
      ...sortable('name'), title: t('customer.field.name'), width: 240, ellipsis: true,
      render: (_, row) => (
        <Space size={4}>
          {row.locked && <Tooltip title={t('customer.locked')}><LockOutlined aria-label={t('customer.locked')} /></Tooltip>}
          {link(row, row.name)}
        </Space>
      ),
    },
    { key: 'type', title: t('customer.field.type'), width: 100, render: (_, row) => typeLabel(t, row.type) },
    { ...sortable('level'), title: t('customer.field.level'), width: 100, render: (_, row) => <Tag color={LEVEL_COLORS[row.level]}>{levelLabel(t, row.level)}</Tag> },
    { key: 'owner', title: t('customer.field.owner'), width: 110, render: (_, row) => row.owner?.name ?? <Typography.Text type="secondary">{t('common.pool')}</Typography.Text> },
    { key: 'contactName', dataIndex: 'contactName', title: t('customer.field.contactName'), width: 110, ellipsis: true },
    { key: 'mobile', dataIndex: 'mobile', title: t('customer.field.mobile'), width: 130 },
    { key: 'industry', dataIndex: 'industry', title: t('customer.field.industry'), width: 110, ellipsis: true },
    { key: 'source', dataIndex: 'source', title: t('customer.field.source'), width: 110, ellipsis: true },
    { key: 'region', dataIndex: 'region', title: t('customer.field.region'), width: 90 },
    { key: 'dealStatus', title: t('customer.field.dealStatus'), width: 100, render: (_, row) => (row.dealStatus === 'DEAL' ? <Tag color="green">{dealLabel(t, row.dealStatus)}</Tag> : dealLabel(t, row.dealStatus)) },
    ...(options.deleted
      ? [{ key: 'deletedAt', title: t('customer.field.deletedAt'), width: 150, render: (_: unknown, row: CustomerRow) => formatDateTime(row.deletedAt) }]
      : [
        { ...sortable('lastFollowUpAt'), title: t('customer.field.lastFollowUpAt'), width: 150, render: (_: unknown, row: CustomerRow) => formatDateTime(row.lastFollowUpAt) },
        { ...sortable('updatedAt'), title: t('customer.field.updatedAt'), width: 150, render: (_: unknown, row: CustomerRow) => formatDateTime(row.updatedAt) },
      ]),
    { ...sortable('createdAt'), title: t('customer.field.createdAt'), width: 150, render: (_, row) => formatDateTime(row.createdAt) },
  ];
}
