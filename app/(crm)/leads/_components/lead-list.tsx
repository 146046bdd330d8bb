'use client';
// The lead list on the record kit: 场景, filters, the recycle bin, batch transfer / convert / export / delete (restore
// in the bin) for the rows the user may manage, export of everything matching the filter, and the new-lead drawer.
import { useCallback, useMemo, useState } from 'react';
import { App, Button, Segmented, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined, SwapOutlined, UndoOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { EXPORT_LEADS_LINK, LEADS_QUERY, type LeadFilter, type LeadRow } from '@/app/_lib/api/leads';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customColumns, customFilterFields, customFilterOf } from '../../_kit/fields/custom-fields';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { ImportSlot } from '../../_kit/io/import-slot';
import { leadCard, leadColumns, leadFilterFields, leadScenes } from './lead-columns';
import { LeadFormDrawer } from './lead-form-drawer';
import { LeadTransferModal } from './lead-transfer-modal';
import { LeadConvertModal } from './lead-convert-modal';
import { useLeadActions } from './use-lead-actions';

type View = 'live' | 'bin';
const LIVE = {};
const BIN = { deleted: true };

export function LeadList() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const [view, setView] = useState<View>('live');
  const [dialog, setDialog] = useState<'create' | 'transfer' | 'convert' | null>(null);
  const bin = view === 'bin';
  const custom = useCustomFields('lead');
  const mapFilter = useCallback((filter: Record<string, unknown>) => customFilterOf(custom, filter), [custom]);
  const list = useRecordList({ document: LEADS_QUERY, connection: (d) => d.leads, fixedFilter: bin ? BIN : LIVE, defaultOrder: { field: 'UPDATED_AT', direction: 'DESC' }, mapFilter });
  const actions = useLeadActions(list.refresh);
  const exporter = useRecordExport<LeadFilter>('lead', EXPORT_LEADS_LINK);
  const columns = useMemo(() => [...leadColumns(t, { deleted: bin }), ...customColumns<LeadRow>(custom)], [t, bin, custom]);
  const filters = useMemo(() => [...leadFilterFields(t), ...customFilterFields(custom)], [t, custom]);

  const mayDelete = can(me, 'lead:delete');
  const mayTransfer = !bin && can(me, 'lead:transfer');
  const mayConvert = !bin && can(me, 'lead:convert');
  const ids = list.selected.map((l) => l.id);
  const done = (text: string) => { setDialog(null); message.success(text); list.refresh(); };

  const batch = (rows: LeadRow[]) => {
    const manageable = rows.every((l) => l.viewerCanManage);
    const transferable = rows.every((l) => l.viewerCanTransfer);
    const open = rows.every((l) => l.status !== 'CONVERTED');
    return (
      <>
        {mayTransfer && (
          <Tooltip title={open ? undefined : t('lead.selectHint')}>
            <Button size="small" icon={<SwapOutlined />} disabled={!transferable || !open} onClick={() => setDialog('transfer')} data-testid="lead-batch-transfer">{t('action.transfer')}</Button>
          </Tooltip>
        )}
        {mayConvert && (
          <Tooltip title={open ? undefined : t('lead.selectHint')}>
            <Button size="small" icon={<UserAddOutlined />} disabled={!manageable || !open} onClick={() => setDialog('convert')} data-testid="lead-batch-convert">{t('action.convert')}</Button>
          </Tooltip>
        )}
        {exporter.menu('selected', () => ({ ids }), () => list.setSelected([]))}
        {mayDelete && !bin && <Button size="small" danger icon={<DeleteOutlined />} disabled={!manageable} onClick={() => actions.remove(ids)} data-testid="lead-batch-delete">{t('action.delete')}</Button>}
        {mayDelete && bin && <Button size="small" icon={<UndoOutlined />} disabled={!manageable} onClick={() => actions.restore(ids)} data-testid="lead-batch-restore">{t('action.restore')}</Button>}
      </>
    );
  };

  return (
    <>
      <RecordList<LeadRow>
        module="lead"
        list={list}
        title={t('lead.list.title')}
        titleExtra={mayDelete && (
          <Segmented<View> value={view} onChange={(next) => { setView(next); list.setSelected([]); list.setPage((p) => ({ ...p, current: 1 })); }} data-testid="lead-view"
            options={[{ value: 'live', label: t('lead.view.live') }, { value: 'bin', label: t('lead.view.bin') }]} />
        )}
        toolbar={(
          <>
            {/* The export slot: everything matching the filter. */}
            {exporter.menu('all', () => ({ filter: { ...list.filter, ...(bin ? BIN : {}) }, orderBy: list.order }))}
            {!bin && <ImportSlot module="LEAD" onImported={list.refresh} />}
            {!bin && can(me, 'lead:create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="lead-create">{t('lead.create')}</Button>}
          </>
        )}
        scenes={leadScenes(t, me.user.id)}
        filters={filters}
        columns={columns}
        card={leadCard(t)}
        rowTestId={(row) => `lead-row-${row.id}`}
        selection={mayTransfer || mayDelete || mayConvert || exporter.allowed ? { label: (row) => row.name } : undefined}
        batch={batch}
        scrollX={1500}
      />
      {exporter.progress}
      <LeadFormDrawer open={dialog === 'create'} onClose={() => setDialog(null)} onSaved={(result) => done(t('lead.created', { name: result.name ?? '' }))} />
      <LeadTransferModal ids={ids} open={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={(count) => done(t('lead.transfer.done', { count }))} />
      <LeadConvertModal ids={ids} open={dialog === 'convert'} onClose={() => setDialog(null)} onDone={(count) => done(t('lead.convert.done', { count }))} />
    </>
  );
}
