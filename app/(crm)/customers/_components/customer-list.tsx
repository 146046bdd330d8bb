'use client';
// The customer list on the record kit: owned customers in the viewer's scope (the pool has its own page), 场景,
// filters, batch transfer / lock / unlock / return to pool / delete for the rows the user manages, new customer.
import { useCallback, useMemo, useState } from 'react';
import { App, Button } from 'antd';
import { DeleteOutlined, FileSearchOutlined, LockOutlined, MergeCellsOutlined, PlusOutlined, RollbackOutlined, SwapOutlined, UnlockOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { CUSTOMERS_QUERY, type CustomerFilter, type CustomerRow } from '@/app/_lib/api/customers';
import { EXPORT_CUSTOMERS_LINK } from '@/app/_lib/api/exports';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { allScene, mineScene } from '../../_kit/list/scenes';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { ImportSlot } from '../../_kit/io/import-slot';
import { customerCard, customerColumns, customerFilterFields } from './customer-columns';
import { CustomerFormDrawer } from './customer-form-drawer';
import { CustomerTransferDialog } from './transfer-modal';
import { useCustomerActions } from './use-customer-actions';
import { ReturnToPoolModal } from '../../pool/_components/return-to-pool-modal';
import { DuplicateSearchModal } from './duplicate-search-modal';
import { MergeDialog } from './merge-dialog';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customColumns, customFilterFields, customFilterOf } from '../../_kit/fields/custom-fields';

const OWNED = { inPool: false };

const manageable = (rows: CustomerRow[]) => rows.every((c) => c.viewerCanManage);

export function CustomerList() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'create' | 'transfer' | 'return' | 'duplicates' | 'merge' | null>(null);
  const custom = useCustomFields('customer');
  const mapFilter = useCallback((filter: Record<string, unknown>) => customFilterOf(custom, filter), [custom]);
  const list = useRecordList({
    document: CUSTOMERS_QUERY, connection: (d) => d.customers, fixedFilter: OWNED, defaultOrder: { field: 'UPDATED_AT', direction: 'DESC' }, mapFilter,
  });
  const actions = useCustomerActions(list.refresh);
  const exporter = useRecordExport<CustomerFilter>('customer', EXPORT_CUSTOMERS_LINK);
  const columns = useMemo(() => [...customerColumns(t), ...customColumns<CustomerRow>(custom)], [t, custom]);
  const filters = useMemo(() => [...customerFilterFields(t, { org: true }), ...customFilterFields(custom)], [t, custom]);
  const ids = list.selected.map((c) => c.id);
  const done = (text: string) => { setDialog(null); message.success(text); list.refresh(); };

  const batch = (rows: CustomerRow[]) => (
    <>
      {rows.every((c) => c.viewerCanTransfer) && <Button size="small" icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="customer-batch-transfer">{t('action.transfer')}</Button>}
      {manageable(rows) && can(me, 'customer:merge') && <Button size="small" icon={<MergeCellsOutlined />} disabled={rows.length < 2} onClick={() => setDialog('merge')} data-testid="customer-batch-merge">{t('merge.action')}</Button>}
      {manageable(rows) && can(me, 'customer:lock') && <Button size="small" icon={<LockOutlined />} onClick={() => actions.lock(ids)} data-testid="customer-batch-lock">{t('action.lock')}</Button>}
      {manageable(rows) && can(me, 'customer:lock') && <Button size="small" icon={<UnlockOutlined />} onClick={() => actions.unlock(ids)} data-testid="customer-batch-unlock">{t('action.unlock')}</Button>}
      {manageable(rows) && rows.every((c) => c.owner) && <Button size="small" icon={<RollbackOutlined />} onClick={() => setDialog('return')} data-testid="customer-batch-return">{t('pool.action.return')}</Button>}
      {exporter.menu('selected', () => ({ ids }), () => list.setSelected([]))}
      {manageable(rows) && can(me, 'customer:delete') && <Button size="small" danger icon={<DeleteOutlined />} onClick={() => actions.remove(ids)} data-testid="customer-batch-delete">{t('action.delete')}</Button>}
    </>
  );

  return (
    <>
      <RecordList<CustomerRow>
        module="customer"
        list={list}
        title={t('customer.list.title')}
        toolbar={(
          <>
            <Button icon={<FileSearchOutlined />} onClick={() => setDialog('duplicates')} data-testid="customer-duplicates">{t('dup.open')}</Button>
            {exporter.menu('all', () => ({ filter: list.apiFilter as CustomerFilter }))}
            <ImportSlot module="CUSTOMER" onImported={list.refresh} />
            {can(me, 'customer:create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="customer-create">{t('customer.create')}</Button>
            )}
          </>
        )}
        scenes={[allScene(t), mineScene(t, me.user.id)]}
        filters={filters}
        columns={columns}
        card={customerCard(t)}
        rowTestId={(row) => `customer-row-${row.code}`}
        // Every owner may return their customers to the pool (退回公海), so rows they manage are selectable; so are
        // rows they may only transfer (a manager reassigns his department's customers, issue 11 item 5), and every row
        // when they may export (导出选中); each batch action shows only when it applies to every selected row.
        selection={{ selectable: (row) => exporter.allowed || row.viewerCanManage || row.viewerCanTransfer, label: (row) => row.code }}
        batch={batch}
        scrollX={1800}
      />
      {exporter.progress}
      <CustomerFormDrawer open={dialog === 'create'} onClose={() => setDialog(null)}
        onSaved={(result) => done(t('customer.created', { code: result.code ?? '' }))} />
      <ReturnToPoolModal ids={ids} open={dialog === 'return'} onClose={() => setDialog(null)} onDone={(count) => done(t('pool.returned', { count }))} />
      <DuplicateSearchModal open={dialog === 'duplicates'} onClose={() => setDialog(null)} />
      <MergeDialog ids={ids} open={dialog === 'merge'} onClose={() => setDialog(null)} onDone={(code) => done(t('merge.done', { code }))} />
      <CustomerTransferDialog ids={ids} open={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={(count) => done(t('transfer.done', { count }))} />
    </>
  );
}
