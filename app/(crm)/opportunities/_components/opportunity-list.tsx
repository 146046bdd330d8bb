'use client';
// The opportunity list on the record kit: 场景, filters, "due for follow-up", the recycle bin, batch transfer /
// delete / restore for rows the user may manage, and the new-opportunity drawer.
import { useCallback, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Badge, Button, Segmented, Space, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDate, formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { DUE_QUERY, OPPORTUNITIES_QUERY, type OpportunityRow } from '@/app/_lib/api/opportunities';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { EXPORT_OPPORTUNITIES_LINK } from '@/app/_lib/api/exports';
import type { OpportunityFilter } from '@/app/_lib/gql/graphql';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customColumns, customFilterFields, customFilterOf } from '../../_kit/fields/custom-fields';
import { allScene, mineScene } from '../../_kit/list/scenes';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import { CategoryTag, formatMoney, overdueDays, stageLabel } from './opportunity-labels';
import { opportunityFilterFields, useStages } from './opportunity-filters';
import { OpportunityFormDrawer } from './opportunity-form-drawer';
import { OpportunityTransferModal } from './opportunity-transfer-modal';
import { OpportunityViews } from './opportunity-views';
import { useOpportunityActions } from './use-opportunity-actions';

type Mode = 'all' | 'due' | 'deleted';

function name(t: Translate, row: OpportunityRow, deleted: boolean) {
  const days = overdueDays(row.followUpDueAt);
  return (
    <>
      {days !== null && <><Tooltip title={t('opportunity.due', { days: days + (row.category === 'SHORT_TERM' ? 7 : 15) })}><Badge status="warning" /></Tooltip>{' '}</>}
      {deleted ? row.name : <Link href={`/opportunities/${row.id}`} data-testid={`opportunity-link-${row.id}`}>{row.name}</Link>}
    </>
  );
}
const customer = (row: OpportunityRow) => (row.customer ? <Link href={`/customers/${row.customer.id}`}>{row.customer.name}</Link> : '—');

export function opportunityColumns(t: Translate, deleted: boolean): ListColumn<OpportunityRow>[] {
  return [
    { key: 'name', sortField: 'NAME', title: t('opportunity.field.name'), width: 260, fixed: true, ellipsis: true, render: (row) => name(t, row, deleted) },
    { key: 'customer', title: t('opportunity.field.customer'), width: 220, ellipsis: true, render: customer },
    { key: 'amount', sortField: 'AMOUNT', title: t('opportunity.field.amount'), width: 150, align: 'right', render: (row) => formatMoney(row.amount) },
    { key: 'category', title: t('opportunity.field.category'), width: 100, render: (row) => <CategoryTag t={t} category={row.category} /> },
    { key: 'stage', title: t('opportunity.field.stage'), width: 200, ellipsis: true, render: (row) => `${stageLabel(row.stage)}（${row.probability}%）` },
    { key: 'expectedCloseDate', sortField: 'EXPECTED_CLOSE_DATE', title: t('opportunity.field.expectedCloseDate'), width: 130, render: (row) => row.expectedCloseDate },
    { key: 'owner', title: t('opportunity.field.owner'), width: 100, render: (row) => row.owner?.name ?? '—' },
    deleted
      ? { key: 'deletedAt', title: t('opportunity.field.deletedAt'), width: 150, render: (row) => formatDateTime(row.deletedAt) }
      : { key: 'followUpDueAt', sortField: 'FOLLOW_UP_DUE_AT', title: t('opportunity.field.followUpDueAt'), width: 130, render: (row) => formatDate(row.followUpDueAt) },
    { key: 'updatedAt', sortField: 'UPDATED_AT', title: t('opportunity.field.updatedAt'), width: 150, render: (row) => formatDateTime(row.updatedAt) },
  ];
}

export const opportunityCard = (t: Translate, deleted: boolean): CardSpec<OpportunityRow> => ({
  title: (row) => name(t, row, deleted),
  extra: (row) => formatMoney(row.amount),
  lines: (row) => [
    customer(row),
    <Space key="stage" size={4}><CategoryTag t={t} category={row.category} />{stageLabel(row.stage)}</Space>,
    [row.expectedCloseDate, row.owner?.name].filter(Boolean).join(' · '),
  ],
});

const DEFAULT_ORDER = { field: 'UPDATED_AT', direction: 'DESC' as const };

export function OpportunityList() {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const stages = useStages();
  const [mode, setMode] = useState<Mode>('all');
  const [dialog, setDialog] = useState<'create' | 'transfer' | null>(null);
  const due = mode === 'due';
  const fixedFilter = useMemo(() => ({ deleted: mode === 'deleted' }), [mode]);
  const custom = useCustomFields('opportunity');
  const mapFilter = useCallback((filter: Record<string, unknown>) => customFilterOf(custom, filter), [custom]);
  const all = useRecordList({ document: OPPORTUNITIES_QUERY, connection: (d) => d.opportunities, variables: due ? null : {}, fixedFilter, defaultOrder: DEFAULT_ORDER, mapFilter });
  const dueList = useRecordList({ document: DUE_QUERY, connection: (d) => d.opportunitiesDueForFollowUp, variables: due ? {} : null });
  const list = due ? dueList : all;
  const actions = useOpportunityActions(list.refresh);
  const columns = useMemo(() => [...opportunityColumns(t, mode === 'deleted'), ...customColumns<OpportunityRow>(custom)], [t, mode, custom]);
  const ids = list.selected.map((o) => o.id);
  const exporter = useRecordExport<OpportunityFilter>('opportunity', EXPORT_OPPORTUNITIES_LINK);

  return (
    <>
      <RecordList<OpportunityRow>
        module="opportunity"
        list={list}
        title={t('opportunity.list.title')}
        titleExtra={(
          <>
            <OpportunityViews current="list" />
            <Segmented<Mode> value={mode} onChange={(m) => { setMode(m); list.setSelected([]); }} data-testid="opportunity-mode"
              options={[{ value: 'all', label: t('common.all') }, { value: 'due', label: t('opportunity.dueOnly') }, { value: 'deleted', label: t('opportunity.recycleBin') }]} />
          </>
        )}
        toolbar={(
          <>
            {/* "Due for follow-up" is not a filter the export knows: export from the other views. */}
            {!due && exporter.menu('all', () => ({ filter: list.apiFilter as OpportunityFilter }))}
            {can(me, 'opportunity:create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="opportunity-create">{t('opportunity.create')}</Button>}
          </>
        )}
        scenes={due ? undefined : [allScene(t), mineScene(t, me.user.id)]}
        filters={due ? undefined : [...opportunityFilterFields(t, stages), ...customFilterFields(custom)]}
        columns={columns}
        card={opportunityCard(t, mode === 'deleted')}
        rowTestId={(row) => `opportunity-row-${row.id}`}
        selection={due ? undefined : { selectable: (row) => exporter.allowed || row.viewerCanManage || row.viewerCanTransfer, label: (row) => row.name }}
        batch={(rows) => (mode === 'deleted'
          ? can(me, 'opportunity:restore') && <Button size="small" icon={<UndoOutlined />} onClick={() => actions.restore(rows.map((r) => r.id))} data-testid="opportunity-batch-restore">{t('action.restore')}</Button>
          : (
            <>
              {rows.every((r) => r.viewerCanTransfer) && <Button size="small" icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="opportunity-batch-transfer">{t('action.transfer')}</Button>}
              {exporter.menu('selected', () => ({ ids }), () => list.setSelected([]))}
              {rows.every((r) => r.viewerCanManage) && can(me, 'opportunity:delete') && <Button size="small" danger icon={<DeleteOutlined />} onClick={() => actions.remove(ids)} data-testid="opportunity-batch-delete">{t('action.delete')}</Button>}
            </>
          ))}
        scrollX={1500}
      />
      {exporter.progress}
      <OpportunityFormDrawer open={dialog === 'create'} onClose={() => setDialog(null)}
        onSaved={(id) => { setDialog(null); message.success(t('opportunity.created')); router.push(`/opportunities/${id}`); }} />
      <OpportunityTransferModal ids={ids} open={dialog === 'transfer'} onClose={() => setDialog(null)}
        onDone={(count) => { setDialog(null); message.success(t('opportunity.transferred', { count })); list.refresh(); }} />
    </>
  );
}
