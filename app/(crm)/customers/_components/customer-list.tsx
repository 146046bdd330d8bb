'use client';
// The customer list: filters, server-side sorting and paging (offset page jumps), row selection with the batch
// actions this user may take, and the new-customer drawer.
import { useState } from 'react';
import { App, Button, Card, Flex, Grid, Space, Table, Typography } from 'antd';
import { LockOutlined, PlusOutlined, RollbackOutlined, SwapOutlined, UnlockOutlined, DeleteOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { CUSTOMERS_QUERY, type Connection, type CustomerFilter, type CustomerRow } from '@/app/_lib/api/customers';
import { CustomerFilters } from './customer-filters';
import { customerColumns } from './customer-columns';
import { DEFAULT_ORDER, orderFromSorter } from './customer-query';
import { CustomerFormDrawer } from './customer-form-drawer';
import { TransferModal } from './transfer-modal';
import { useCustomerActions } from './use-customer-actions';
import { ReturnToPoolModal } from '../../pool/_components/return-to-pool-modal';

export function CustomerList() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [filter, setFilter] = useState<CustomerFilter>({});
  const [order, setOrder] = useState(DEFAULT_ORDER);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [selected, setSelected] = useState<CustomerRow[]>([]);
  const [creating, setCreating] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [returning, setReturning] = useState(false);

  // Owned customers only: the pool's customers have their own page (公海), where they can be claimed.
  const { data, error, isLoading, mutate } = useQuery<{ customers: Connection<CustomerRow> }>(CUSTOMERS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter: { ...filter, inPool: false }, orderBy: order,
  }, { keepPreviousData: true });
  const refresh = () => { setSelected([]); void mutate(); };
  const actions = useCustomerActions(refresh);

  const mayTransfer = can(me, 'customer:transfer');
  const mayDelete = can(me, 'customer:delete');
  const mayLock = can(me, 'customer:lock');
  // Every owner may return their customers to the pool (退回公海), so rows they manage are always selectable.
  const selectable = true;
  const ids = selected.map((c) => c.id);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('customer.list.title')}</Typography.Title>
        {can(me, 'customer:create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-create">{t('customer.create')}</Button>
        )}
      </Flex>
      <Card size="small">
        <CustomerFilters onChange={(f) => { setFilter(f); setPage((p) => ({ ...p, current: 1 })); setSelected([]); }} showOrgFilters />
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {selected.length > 0 && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }} data-testid="customer-batch-bar">
            <Typography.Text strong>{t('common.selected', { count: selected.length })}</Typography.Text>
            {mayTransfer && <Button size="small" icon={<SwapOutlined />} onClick={() => setTransferring(true)} data-testid="customer-batch-transfer">{t('action.transfer')}</Button>}
            {mayLock && <Button size="small" icon={<LockOutlined />} onClick={() => actions.lock(ids)} data-testid="customer-batch-lock">{t('action.lock')}</Button>}
            {mayLock && <Button size="small" icon={<UnlockOutlined />} onClick={() => actions.unlock(ids)} data-testid="customer-batch-unlock">{t('action.unlock')}</Button>}
            {selected.every((c) => c.owner) && <Button size="small" icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="customer-batch-return">{t('pool.action.return')}</Button>}
            {mayDelete && <Button size="small" danger icon={<DeleteOutlined />} onClick={() => actions.remove(ids)} data-testid="customer-batch-delete">{t('action.delete')}</Button>}
            <Button size="small" type="link" onClick={() => setSelected([])}>{t('action.clearSelection')}</Button>
          </Flex>
        )}
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<CustomerRow>
          rowKey="id"
          size={screens.md ? 'middle' : 'small'}
          loading={isLoading}
          dataSource={data?.customers.nodes ?? []}
          columns={customerColumns(t, order, { fixed: !!screens.md })}
          scroll={{ x: 1800 }}
          onRow={(row) => ({ 'data-testid': `customer-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={selectable ? {
            selectedRowKeys: ids,
            preserveSelectedRowKeys: true,
            onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
            getCheckboxProps: (row) => ({ disabled: !row.viewerCanManage, 'aria-label': row.code }) as object,
          } : undefined}
          pagination={{
            current: page.current,
            pageSize: page.pageSize,
            total: data?.customers.totalCount ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showQuickJumper: !!screens.md,
            simple: !screens.md,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              setOrder(orderFromSorter(sorter));
              setPage((p) => ({ ...p, current: 1 }));
            } else if (extra.action === 'paginate') {
              setPage({ current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
            }
          }}
        />
      </Card>
      <CustomerFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(result) => {
          setCreating(false);
          message.success(t('customer.created', { code: result.code ?? '' }));
          refresh();
        }}
      />
      <ReturnToPoolModal
        ids={ids}
        open={returning}
        onClose={() => setReturning(false)}
        onDone={(count) => { setReturning(false); message.success(t('pool.returned', { count })); refresh(); }}
      />
      <TransferModal
        ids={ids}
        open={transferring}
        onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('transfer.done', { count })); refresh(); }}
      />
    </Space>
  );
}
