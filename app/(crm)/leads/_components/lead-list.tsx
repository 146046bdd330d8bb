'use client';
// The lead list: filters, server-side sorting and paging, the recycle bin, row selection with the batch actions
// this user may take (transfer, delete, export, convert; restore in the bin), export of everything matching the
// filter, and the new-lead drawer.
import { useState } from 'react';
import { App, Button, Card, Dropdown, Flex, Grid, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, SwapOutlined, UndoOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import type { Connection } from '@/app/_lib/api/customers';
import { LEADS_QUERY, type ExportFormat, type LeadFilter, type LeadRow } from '@/app/_lib/api/leads';
import { LeadFilters } from './lead-filters';
import { DEFAULT_LEAD_ORDER, leadColumns, leadOrderFromSorter } from './lead-columns';
import { LeadFormDrawer } from './lead-form-drawer';
import { LeadTransferModal } from './lead-transfer-modal';
import { LeadConvertModal } from './lead-convert-modal';
import { useLeadActions } from './use-lead-actions';
import { type ExportRequest, useLeadExport } from './use-lead-export';

type View = 'live' | 'bin';

export function LeadList() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [view, setView] = useState<View>('live');
  const [filter, setFilter] = useState<LeadFilter>({});
  const [order, setOrder] = useState(DEFAULT_LEAD_ORDER);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [selected, setSelected] = useState<LeadRow[]>([]);
  const [creating, setCreating] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [converting, setConverting] = useState(false);

  const effectiveFilter: LeadFilter = { ...filter, deleted: view === 'bin' || undefined };
  const { data, error, isLoading, mutate } = useQuery<{ leads: Connection<LeadRow> }>(LEADS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter: effectiveFilter, orderBy: order,
  }, { keepPreviousData: true });
  const refresh = () => { setSelected([]); void mutate(); };
  const actions = useLeadActions(refresh);
  const exporter = useLeadExport();

  const bin = view === 'bin';
  const mayDelete = can(me, 'lead:delete');
  const mayTransfer = !bin && can(me, 'lead:transfer');
  const mayConvert = !bin && can(me, 'lead:convert');
  const mayExport = can(me, 'lead:export');
  const selectable = mayTransfer || mayDelete || mayConvert || mayExport;
  const ids = selected.map((l) => l.id);
  const allManageable = selected.every((l) => l.viewerCanManage);
  const noneConverted = selected.every((l) => l.status !== 'CONVERTED');
  const exportMenu = (request: () => ExportRequest) => ({
    items: (['CSV', 'XLSX'] as ExportFormat[]).map((format) => ({
      key: format, label: <span data-testid={`lead-export-${format.toLowerCase()}`}>{t(format === 'CSV' ? 'lead.export.csv' : 'lead.export.xlsx')}</span>,
    })),
    onClick: ({ key }: { key: string }) => void exporter.run(request(), key as ExportFormat).then(() => setSelected([])),
  });
  const changeView = (next: View) => { setView(next); setSelected([]); setPage((p) => ({ ...p, current: 1 })); };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="lead-list">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('lead.list.title')}</Typography.Title>
          {mayDelete && (
            <Segmented<View> value={view} onChange={changeView} data-testid="lead-view"
              options={[{ value: 'live', label: t('lead.view.live') }, { value: 'bin', label: t('lead.view.bin') }]} />
          )}
        </Space>
        <Space wrap>
          {mayExport && (
            <Dropdown menu={exportMenu(() => ({ filter: effectiveFilter, orderBy: order }))} trigger={['click']} disabled={exporter.running}>
              <Button icon={<DownloadOutlined />} data-testid="lead-export-all">{t('lead.export.all')}</Button>
            </Dropdown>
          )}
          {!bin && can(me, 'lead:create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="lead-create">{t('lead.create')}</Button>
          )}
        </Space>
      </Flex>
      <Card size="small">
        <LeadFilters onChange={(f) => { setFilter(f); setPage((p) => ({ ...p, current: 1 })); setSelected([]); }} />
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {selected.length > 0 && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }} data-testid="lead-batch-bar">
            <Typography.Text strong>{t('common.selected', { count: selected.length })}</Typography.Text>
            {mayTransfer && (
              <Tooltip title={noneConverted ? undefined : t('lead.selectHint')}>
                <Button size="small" icon={<SwapOutlined />} disabled={!allManageable || !noneConverted} onClick={() => setTransferring(true)} data-testid="lead-batch-transfer">{t('action.transfer')}</Button>
              </Tooltip>
            )}
            {mayConvert && (
              <Tooltip title={noneConverted ? undefined : t('lead.selectHint')}>
                <Button size="small" icon={<UserAddOutlined />} disabled={!allManageable || !noneConverted} onClick={() => setConverting(true)} data-testid="lead-batch-convert">{t('action.convert')}</Button>
              </Tooltip>
            )}
            {mayExport && (
              <Dropdown menu={exportMenu(() => ({ ids }))} trigger={['click']} disabled={exporter.running}>
                <Button size="small" icon={<DownloadOutlined />} data-testid="lead-batch-export">{t('lead.export.selected')}</Button>
              </Dropdown>
            )}
            {mayDelete && !bin && <Button size="small" danger icon={<DeleteOutlined />} disabled={!allManageable} onClick={() => actions.remove(ids)} data-testid="lead-batch-delete">{t('action.delete')}</Button>}
            {mayDelete && bin && <Button size="small" icon={<UndoOutlined />} disabled={!allManageable} onClick={() => actions.restore(ids)} data-testid="lead-batch-restore">{t('action.restore')}</Button>}
            <Button size="small" type="link" onClick={() => setSelected([])}>{t('action.clearSelection')}</Button>
          </Flex>
        )}
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<LeadRow>
          rowKey="id"
          size={screens.md ? 'middle' : 'small'}
          loading={isLoading}
          dataSource={data?.leads.nodes ?? []}
          columns={leadColumns(t, order, { fixed: !!screens.md, deleted: bin })}
          scroll={{ x: 1500 }}
          onRow={(row) => ({ 'data-testid': `lead-row-${row.id}` }) as React.HTMLAttributes<HTMLElement>}
          rowSelection={selectable ? {
            selectedRowKeys: ids,
            preserveSelectedRowKeys: true,
            onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
            getCheckboxProps: (row) => ({ 'aria-label': row.name }) as object,
          } : undefined}
          pagination={{
            current: page.current,
            pageSize: page.pageSize,
            total: data?.leads.totalCount ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showQuickJumper: !!screens.md,
            simple: !screens.md,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              setOrder(leadOrderFromSorter(sorter));
              setPage((p) => ({ ...p, current: 1 }));
            } else if (extra.action === 'paginate') {
              setPage({ current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
            }
          }}
        />
      </Card>
      {exporter.progress}
      <LeadFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(result) => {
          setCreating(false);
          message.success(t('lead.created', { name: result.name ?? '' }));
          refresh();
        }}
      />
      <LeadTransferModal
        ids={ids}
        open={transferring}
        onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('lead.transfer.done', { count })); refresh(); }}
      />
      <LeadConvertModal
        ids={ids}
        open={converting}
        onClose={() => setConverting(false)}
        onDone={(count) => { setConverting(false); message.success(t('lead.convert.done', { count })); refresh(); }}
      />
    </Space>
  );
}
