'use client';
// The contract list: keyword / status / sign-date filters, server-side sorting and paging, batch transfer and
// delete for the rows this user may manage, and the new-contract drawer.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { Dayjs } from 'dayjs';
import { App, Button, Card, DatePicker, Flex, Grid, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, SorterResult, SortOrder } from 'antd/es/table/interface';
import { DeleteOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import {
  CONTRACTS_QUERY, CONTRACT_STATUSES, DELETE_CONTRACTS, type ContractFilter, type ContractOrder, type ContractRow, type ContractSortField,
} from '@/app/_lib/api/contracts';
import { ContractFormDrawer } from './contract-form-drawer';
import { ContractTransferModal } from './contract-transfer-modal';
import { ContractStatusTag, contractErrorMessage, formatMoney } from './contract-labels';

const DEFAULT_ORDER: ContractOrder = { field: 'UPDATED_AT', direction: 'DESC' };
const SORTABLE: Partial<Record<string, ContractSortField>> = { code: 'CODE', amount: 'AMOUNT', signDate: 'SIGN_DATE', updatedAt: 'UPDATED_AT' };

function columns(t: Translate, order: ContractOrder, wide: boolean): ColumnsType<ContractRow> {
  const sortOrder = (key: string): SortOrder => (SORTABLE[key] === order.field ? (order.direction === 'ASC' ? 'ascend' : 'descend') : null);
  const sortable = (key: string) => ({ sorter: true, sortOrder: sortOrder(key) });
  if (!wide) {
    // Phones: two stacked columns, no sideways scrolling.
    return [
      { key: 'code', title: t('contract.field.title'), ...sortable('code'), render: (_v, row) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Link href={`/contracts/${row.id}`} data-testid={`contract-link-${row.code}`}>{row.code}</Link>
          <Typography.Text ellipsis style={{ maxWidth: 190 }}>{row.title}</Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 190, fontSize: 12 }}>{row.customer?.name ?? t('contract.hiddenCustomer')}</Typography.Text>
        </Flex>
      ) },
      { key: 'amount', title: t('contract.field.amount'), align: 'right', ...sortable('amount'), render: (_v, row) => (
        <Flex vertical gap={4} align="flex-end">
          <Typography.Text>{formatMoney(row.amount)}</Typography.Text>
          <ContractStatusTag t={t} status={row.status} />
        </Flex>
      ) },
    ];
  }
  return [
    { key: 'code', title: t('contract.field.code'), width: 160, fixed: wide ? 'left' : undefined, ...sortable('code'),
      render: (_v, row) => <Link href={`/contracts/${row.id}`} data-testid={`contract-link-${row.code}`}>{row.code}</Link> },
    { key: 'title', dataIndex: 'title', title: t('contract.field.title'), ellipsis: true },
    { key: 'customer', title: t('contract.field.customerId'), ellipsis: true, render: (_v, row) => row.customer?.name ?? t('contract.hiddenCustomer') },
    { key: 'amount', title: t('contract.field.amount'), width: 130, align: 'right', ...sortable('amount'), render: (_v, row) => formatMoney(row.amount) },
    { key: 'received', title: t('contract.field.received'), width: 120, align: 'right', render: (_v, row) => formatMoney(row.receivedAmount) },
    { key: 'status', title: t('contract.field.status'), width: 86, render: (_v, row) => <ContractStatusTag t={t} status={row.status} /> },
    { key: 'signDate', dataIndex: 'signDate', title: t('contract.field.signDate'), width: 112, ...sortable('signDate'), render: (v: string | null) => v ?? '—' },
    { key: 'owner', title: t('contract.field.owner'), width: 80, render: (_v, row) => row.owner?.name ?? '—' },
    { key: 'updatedAt', dataIndex: 'updatedAt', title: t('contract.field.updatedAt'), width: 150, ...sortable('updatedAt'), render: (v: string) => formatDateTime(v) },
  ];
}

export function ContractList() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message, modal } = App.useApp();
  const router = useRouter();
  const screens = Grid.useBreakpoint();
  const [filter, setFilter] = useState<ContractFilter>({});
  const [keyword, setKeyword] = useState('');
  const [order, setOrder] = useState(DEFAULT_ORDER);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [selected, setSelected] = useState<ContractRow[]>([]);
  const [creating, setCreating] = useState(false);
  const [transferring, setTransferring] = useState(false);

  const { data, error, isLoading, mutate } = useQuery<{ contracts: { totalCount: number; nodes: ContractRow[] } }>(CONTRACTS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter, orderBy: order,
  }, { keepPreviousData: true });
  const refresh = () => { setSelected([]); void mutate(); };
  const applyFilter = (patch: Partial<ContractFilter>) => { setFilter((f) => ({ ...f, ...patch })); setPage((p) => ({ ...p, current: 1 })); setSelected([]); };

  const mayTransfer = can(me, 'contract:transfer');
  const mayDelete = can(me, 'contract:delete');
  const ids = selected.map((c) => c.id);

  const remove = () => modal.confirm({
    title: t('contract.confirm.delete', { count: ids.length }), okButtonProps: { danger: true }, okText: t('action.delete'),
    onOk: async () => {
      try {
        await gql(DELETE_CONTRACTS, { ids });
        message.success(t('contract.deleted', { count: ids.length }));
        refresh();
      } catch (e) {
        message.error(contractErrorMessage(t, e));
      }
    },
  });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('contract.list.title')}</Typography.Title>
        {can(me, 'contract:create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="contract-create">{t('contract.create')}</Button>
        )}
      </Flex>
      <Card size="small">
        <Flex gap={8} wrap>
          <Input.Search
            allowClear placeholder={t('contract.filter.keyword')} value={keyword} style={{ width: screens.md ? 240 : '100%' }}
            onChange={(e) => setKeyword(e.target.value)} onSearch={(v) => applyFilter({ keyword: v.trim() || undefined })} data-testid="contract-filter-keyword"
          />
          <Select
            allowClear placeholder={t('contract.filter.status')} style={{ width: screens.md ? 150 : 'calc(50% - 4px)' }} value={filter.status}
            options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`contract.status.${s}` as MessageKey) }))}
            onChange={(status) => applyFilter({ status })} data-testid="contract-filter-status"
          />
          <DatePicker.RangePicker
            style={{ width: screens.md ? 260 : '100%' }} placeholder={[t('contract.filter.signFrom'), t('contract.filter.signTo')]}
            onChange={(range: [Dayjs | null, Dayjs | null] | null) => applyFilter({ signFrom: range?.[0]?.format('YYYY-MM-DD'), signTo: range?.[1]?.format('YYYY-MM-DD') })}
          />
        </Flex>
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {selected.length > 0 && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }} data-testid="contract-batch-bar">
            <Typography.Text strong>{t('common.selected', { count: selected.length })}</Typography.Text>
            {mayTransfer && <Button size="small" icon={<SwapOutlined />} disabled={selected.some((c) => !c.viewerCanTransfer)} onClick={() => setTransferring(true)} data-testid="contract-batch-transfer">{t('action.transfer')}</Button>}
            {mayDelete && <Button size="small" danger icon={<DeleteOutlined />} disabled={selected.some((c) => !c.viewerCanDelete)} onClick={remove} data-testid="contract-batch-delete">{t('action.delete')}</Button>}
            <Button size="small" type="link" onClick={() => setSelected([])}>{t('action.clearSelection')}</Button>
          </Flex>
        )}
        {error && <Typography.Text type="danger" role="alert">{contractErrorMessage(t, error)}</Typography.Text>}
        <Table<ContractRow>
          rowKey="id"
          size={screens.md ? 'middle' : 'small'}
          loading={isLoading}
          dataSource={data?.contracts.nodes ?? []}
          columns={columns(t, order, !!screens.md)}
          scroll={screens.md ? { x: 1180 } : undefined}
          onRow={(row) => ({ 'data-testid': `contract-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={mayTransfer || mayDelete ? {
            selectedRowKeys: ids, preserveSelectedRowKeys: true,
            onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
            getCheckboxProps: (row) => ({ disabled: !row.viewerCanTransfer && !row.viewerCanDelete, 'aria-label': row.code }) as object,
          } : undefined}
          pagination={{
            current: page.current, pageSize: page.pageSize, total: data?.contracts.totalCount ?? 0, showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100], simple: !screens.md, showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              const s = sorter as SorterResult<ContractRow>;
              const field = s.order ? SORTABLE[String(s.columnKey)] : undefined;
              setOrder(field ? { field, direction: s.order === 'ascend' ? 'ASC' : 'DESC' } : DEFAULT_ORDER);
              setPage((p) => ({ ...p, current: 1 }));
            } else if (extra.action === 'paginate') {
              setPage({ current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
            }
          }}
        />
      </Card>
      <ContractFormDrawer
        open={creating} onClose={() => setCreating(false)}
        onSaved={(result) => { setCreating(false); message.success(t('contract.created', { code: result.code ?? '' })); router.push(`/contracts/${result.id}`); }}
      />
      <ContractTransferModal
        ids={ids} open={transferring} onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('contract.transferred', { count })); refresh(); }}
      />
    </Space>
  );
}
