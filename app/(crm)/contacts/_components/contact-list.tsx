'use client';
// The contact list: keyword search, server-side paging, a link to each contact's customer.
import { useState } from 'react';
import Link from 'next/link';
import { Card, Grid, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { CONTACTS_QUERY, type Connection, type ContactRow } from '@/app/_lib/api/customers';

export function ContactList() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, error, isLoading } = useQuery<{ contacts: Connection<ContactRow> }>(CONTACTS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter: keyword ? { keyword } : null,
  }, { keepPreviousData: true });

  const columns: TableColumnsType<ContactRow> = [
    {
      key: 'name', title: t('contact.field.name'), width: 130, fixed: screens.md ? 'left' : undefined,
      render: (_, c) => <Space size={4}>{c.name}{c.isPrimary && <Tag color="blue">{t('contact.primary')}</Tag>}</Space>,
    },
    {
      key: 'customer', title: t('contact.field.customer'), width: 240, ellipsis: true,
      render: (_, c) => (c.customer
        ? <Link href={`/customers/${c.customer.id}`} data-testid={`contact-customer-${c.id}`}>{c.customer.name}</Link>
        : <Typography.Text type="secondary">{t('contact.hiddenCustomer')}</Typography.Text>),
    },
    { key: 'position', dataIndex: 'position', title: t('contact.field.position'), width: 100 },
    { key: 'department', dataIndex: 'department', title: t('contact.field.department'), width: 110 },
    { key: 'mobile', title: t('contact.field.mobile'), width: 130, render: (_, c) => (c.mobile ? <a href={`tel:${c.mobile}`}>{c.mobile}</a> : null) },
    { key: 'phone', dataIndex: 'phone', title: t('contact.field.phone'), width: 130 },
    { key: 'email', dataIndex: 'email', title: t('contact.field.email'), width: 190, ellipsis: true },
    { key: 'wechat', dataIndex: 'wechat', title: t('contact.field.wechat'), width: 110 },
    { key: 'owner', title: t('contact.field.owner'), width: 100, render: (_, c) => c.owner?.name ?? t('common.pool') },
    { key: 'updatedAt', title: t('contact.field.updatedAt'), width: 150, render: (_, c) => formatDateTime(c.updatedAt) },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('contact.list.title')}</Typography.Title>
      <Card size="small">
        <Input.Search
          placeholder={t('contact.filter.keyword')} aria-label={t('contact.filter.keyword')} allowClear enterButton
          style={{ maxWidth: 480 }} data-testid="contact-filter-keyword"
          onSearch={(value) => { setKeyword(value.trim()); setPage((p) => ({ ...p, current: 1 })); }}
        />
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<ContactRow>
          rowKey="id"
          size={screens.md ? 'middle' : 'small'}
          loading={isLoading}
          columns={columns}
          dataSource={data?.contacts.nodes ?? []}
          scroll={{ x: 1300 }}
          onRow={(c) => ({ 'data-testid': `contact-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
          pagination={{
            current: page.current, pageSize: page.pageSize, total: data?.contacts.totalCount ?? 0,
            showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], simple: !screens.md, showQuickJumper: !!screens.md,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(p) => setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        />
      </Card>
    </Space>
  );
}
