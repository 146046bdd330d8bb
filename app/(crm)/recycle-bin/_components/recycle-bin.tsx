'use client';
// Deleted customers (filter deleted: true) with keyword search and restore, one or many.
import { useState } from 'react';
import { App, Button, Card, Flex, Grid, Input, Space, Table, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { testId } from '@/app/_lib/labels';
import { CUSTOMERS_QUERY, RESTORE_CUSTOMERS, type Connection, type CustomerRow } from '@/app/_lib/api/customers';
import { customerColumns } from '../../customers/_components/customer-columns';
import { DEFAULT_ORDER, orderFromSorter } from '../../customers/_components/customer-query';

export function RecycleBin() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [keyword, setKeyword] = useState('');
  const [order, setOrder] = useState(DEFAULT_ORDER);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const { data, error, isLoading, mutate } = useQuery<{ customers: Connection<CustomerRow> }>(CUSTOMERS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize,
    filter: { deleted: true, ...(keyword ? { keyword } : {}) }, orderBy: order,
  }, { keepPreviousData: true });
  const mayRestore = can(me, 'customer:restore');

  const restore = (ids: string[]) => modal.confirm({
    title: t('recycle.restoreConfirm', { count: ids.length }),
    okText: t('action.restore'),
    cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'),
    onOk: async () => {
      try {
        await gql(RESTORE_CUSTOMERS, { ids });
        message.success(t('recycle.restored', { count: ids.length }));
        setSelected([]);
        await mutate();
      } catch (e) {
        message.error(errorMessage(t, e));
      }
    },
  });

  const columns = [
    ...customerColumns(t, order, { fixed: !!screens.md, deleted: true }),
    ...(mayRestore ? [{
      key: 'restore', title: t('common.actions'), width: 90, fixed: 'right' as const,
      render: (_: unknown, row: CustomerRow) => (
        <Button type="link" size="small" icon={<UndoOutlined />} onClick={() => restore([row.id])} disabled={!row.viewerCanManage} data-testid={`recycle-restore-${row.code}`}>
          {t('action.restore')}
        </Button>
      ),
    }] : []),
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('recycle.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('recycle.hint')}</Typography.Text>
      </div>
      <Card size="small">
        <Input.Search
          placeholder={t('customer.filter.keyword')} aria-label={t('customer.filter.keyword')} allowClear enterButton style={{ maxWidth: 480 }}
          data-testid="recycle-filter-keyword"
          onSearch={(value) => { setKeyword(value.trim()); setPage((p) => ({ ...p, current: 1 })); }}
        />
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {selected.length > 0 && mayRestore && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            <Typography.Text strong>{t('common.selected', { count: selected.length })}</Typography.Text>
            <Button size="small" icon={<UndoOutlined />} onClick={() => restore(selected)} data-testid="recycle-batch-restore">{t('action.restore')}</Button>
            <Button size="small" type="link" onClick={() => setSelected([])}>{t('action.clearSelection')}</Button>
          </Flex>
        )}
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<CustomerRow>
          rowKey="id"
          size={screens.md ? 'middle' : 'small'}
          loading={isLoading}
          columns={columns}
          dataSource={data?.customers.nodes ?? []}
          scroll={{ x: 1600 }}
          onRow={(row) => ({ 'data-testid': `recycle-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={mayRestore ? {
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (row) => ({ disabled: !row.viewerCanManage, 'aria-label': row.code }) as object,
          } : undefined}
          pagination={{
            current: page.current, pageSize: page.pageSize, total: data?.customers.totalCount ?? 0,
            showSizeChanger: true, simple: !screens.md, showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(p, _f, sorter, extra) => {
            if (extra.action === 'sort') { setOrder(orderFromSorter(sorter)); setPage((x) => ({ ...x, current: 1 })); }
            else setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 20 });
          }}
        />
      </Card>
    </Space>
  );
}
