'use client';
// The opportunity list: filters, server-side sorting and paging, the recycle bin, "due for follow-up", batch
// transfer / delete / restore for rows the user may manage, and the new-opportunity drawer.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Badge, Button, Card, Flex, Grid, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { DeleteOutlined, PlusOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDate, formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import type { Translate } from '@/app/_lib/i18n/catalog';
import {
  DUE_QUERY, OPPORTUNITIES_QUERY, type Connection, type OpportunityFilter, type OpportunityOrder, type OpportunityRow, type OpportunitySortField,
} from '@/app/_lib/api/opportunities';
import { CategoryTag, formatMoney, overdueDays, stageLabel } from './opportunity-labels';
import { OpportunityFilters } from './opportunity-filters';
import { OpportunityFormDrawer } from './opportunity-form-drawer';
import { OpportunityTransferModal } from './opportunity-transfer-modal';
import { OpportunityViews } from './opportunity-views';
import { useOpportunityActions } from './use-opportunity-actions';

type Mode = 'all' | 'due' | 'deleted';
const SORT_FIELDS: Record<string, OpportunitySortField> = {
  name: 'NAME', amount: 'AMOUNT', expectedCloseDate: 'EXPECTED_CLOSE_DATE', followUpDueAt: 'FOLLOW_UP_DUE_AT', updatedAt: 'UPDATED_AT', createdAt: 'CREATED_AT',
};
const DEFAULT_ORDER: OpportunityOrder = { field: 'UPDATED_AT', direction: 'DESC' };

function orderFrom(sorter: SorterResult<OpportunityRow> | SorterResult<OpportunityRow>[]): OpportunityOrder {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = one?.order ? SORT_FIELDS[String(one.columnKey ?? one.field)] : undefined;
  return field ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : DEFAULT_ORDER;
}

export function columns(t: Translate, order: OpportunityOrder | null, options: { fixed: boolean; deleted?: boolean }): TableColumnsType<OpportunityRow> {
  const sortable = (key: string) => ({
    key, dataIndex: key, sorter: !!order,
    sortOrder: order && SORT_FIELDS[key] === order.field ? (order.direction === 'ASC' ? 'ascend' as const : 'descend' as const) : null,
  });
  return [
    {
      ...sortable('name'), title: t('opportunity.field.name'), width: 260, fixed: options.fixed ? 'left' : undefined, ellipsis: true,
      render: (_, row) => {
        const days = overdueDays(row.followUpDueAt);
        return (
          <Space size={4}>
            {days !== null && <Tooltip title={t('opportunity.due', { days: days + (row.category === 'SHORT_TERM' ? 7 : 15) })}><Badge status="warning" /></Tooltip>}
            {options.deleted ? row.name : <Link href={`/opportunities/${row.id}`} data-testid={`opportunity-link-${row.id}`}>{row.name}</Link>}
          </Space>
        );
      },
    },
    { key: 'customer', title: t('opportunity.field.customer'), width: 220, ellipsis: true, render: (_, row) => (row.customer ? <Link href={`/customers/${row.customer.id}`}>{row.customer.name}</Link> : '—') },
    { ...sortable('amount'), title: t('opportunity.field.amount'), width: 150, align: 'right', render: (_, row) => formatMoney(row.amount) },
    { key: 'category', title: t('opportunity.field.category'), width: 100, render: (_, row) => <CategoryTag t={t} category={row.category} /> },
    { key: 'stage', title: t('opportunity.field.stage'), width: 200, ellipsis: true, render: (_, row) => `${stageLabel(row.stage)}（${row.probability}%）` },
    { ...sortable('expectedCloseDate'), title: t('opportunity.field.expectedCloseDate'), width: 130, render: (_, row) => row.expectedCloseDate },
    { key: 'owner', title: t('opportunity.field.owner'), width: 100, render: (_, row) => row.owner?.name ?? '—' },
    options.deleted
      ? { key: 'deletedAt', title: t('opportunity.field.deletedAt'), width: 150, render: (_, row) => formatDateTime(row.deletedAt) }
      : { ...sortable('followUpDueAt'), title: t('opportunity.field.followUpDueAt'), width: 130, render: (_, row) => formatDate(row.followUpDueAt) },
    { ...sortable('updatedAt'), title: t('opportunity.field.updatedAt'), width: 150, render: (_, row) => formatDateTime(row.updatedAt) },
  ];
}

export function OpportunityList() {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [mode, setMode] = useState<Mode>('all');
  const [filter, setFilter] = useState<OpportunityFilter>({});
  const [order, setOrder] = useState(DEFAULT_ORDER);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [selected, setSelected] = useState<OpportunityRow[]>([]);
  const [creating, setCreating] = useState(false);
  const [transferring, setTransferring] = useState(false);

  const due = mode === 'due';
  const list = useQuery<{ opportunities: Connection<OpportunityRow> }>(OPPORTUNITIES_QUERY, due ? null : {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter: { ...filter, deleted: mode === 'deleted' }, orderBy: order,
  }, { keepPreviousData: true });
  const dueList = useQuery<{ opportunitiesDueForFollowUp: Connection<OpportunityRow> }>(DUE_QUERY, due ? { first: 200 } : null);
  const data = due ? dueList.data?.opportunitiesDueForFollowUp : list.data?.opportunities;
  const error = due ? dueList.error : list.error;
  const refresh = () => { setSelected([]); void list.mutate(); void dueList.mutate(); };
  const actions = useOpportunityActions(refresh);
  const ids = selected.map((o) => o.id);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('opportunity.list.title')}</Typography.Title>
          <OpportunityViews current="list" />
        </Space>
        {can(me, 'opportunity:create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="opportunity-create">{t('opportunity.create')}</Button>}
      </Flex>
      <Card size="small">
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Segmented<Mode> value={mode} onChange={(m) => { setMode(m); setSelected([]); setPage((p) => ({ ...p, current: 1 })); }} data-testid="opportunity-mode"
            options={[{ value: 'all', label: t('common.all') }, { value: 'due', label: t('opportunity.dueOnly') }, { value: 'deleted', label: t('opportunity.recycleBin') }]} />
          {!due && <OpportunityFilters onChange={(f) => { setFilter(f); setPage((p) => ({ ...p, current: 1 })); setSelected([]); }} />}
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {selected.length > 0 && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }} data-testid="opportunity-batch-bar">
            <Typography.Text strong>{t('common.selected', { count: selected.length })}</Typography.Text>
            {mode === 'deleted'
              ? can(me, 'opportunity:restore') && <Button size="small" icon={<UndoOutlined />} onClick={() => actions.restore(ids)} data-testid="opportunity-batch-restore">{t('action.restore')}</Button>
              : (
                <>
                  {can(me, 'opportunity:transfer') && <Button size="small" icon={<SwapOutlined />} onClick={() => setTransferring(true)} data-testid="opportunity-batch-transfer">{t('action.transfer')}</Button>}
                  {can(me, 'opportunity:delete') && <Button size="small" danger icon={<DeleteOutlined />} onClick={() => actions.remove(ids)} data-testid="opportunity-batch-delete">{t('action.delete')}</Button>}
                </>
              )}
            <Button size="small" type="link" onClick={() => setSelected([])}>{t('action.clearSelection')}</Button>
          </Flex>
        )}
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<OpportunityRow>
          rowKey="id"
          size={screens.md ? 'middle' : 'small'}
          loading={due ? dueList.isLoading : list.isLoading}
          dataSource={data?.nodes ?? []}
          columns={columns(t, due ? null : order, { fixed: !!screens.md, deleted: mode === 'deleted' })}
          scroll={{ x: 1500 }}
          onRow={(row) => ({ 'data-testid': `opportunity-row-${row.id}` }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={due ? undefined : {
            selectedRowKeys: ids, preserveSelectedRowKeys: true,
            onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
            getCheckboxProps: (row) => ({ disabled: !row.viewerCanManage, 'aria-label': row.name }) as object,
          }}
          pagination={due ? { pageSize: 20, showTotal: (total) => t('common.total', { total }) } : {
            current: page.current, pageSize: page.pageSize, total: data?.totalCount ?? 0, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100],
            showQuickJumper: !!screens.md, simple: !screens.md, showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (due) return;
            if (extra.action === 'sort') { setOrder(orderFrom(sorter)); setPage((p) => ({ ...p, current: 1 })); }
            else if (extra.action === 'paginate') setPage({ current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
          }}
        />
      </Card>
      <OpportunityFormDrawer open={creating} onClose={() => setCreating(false)}
        onSaved={(id) => { setCreating(false); message.success(t('opportunity.created')); router.push(`/opportunities/${id}`); }} />
      <OpportunityTransferModal ids={ids} open={transferring} onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('opportunity.transferred', { count })); refresh(); }} />
    </Space>
  );
}
