'use client';
// The contract list on the record kit: 场景, keyword / status / sign-date filters, server-side sorting and paging,
// batch transfer and delete for the rows this user may manage, and the new-contract drawer.
import { useCallback, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Button } from 'antd';
import { DeleteOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { CONTRACTS_QUERY, CONTRACT_STATUSES, DELETE_CONTRACTS, type ContractRow } from '@/app/_lib/api/contracts';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customColumns, customFilterFields, customFilterOf } from '../../_kit/fields/custom-fields';
import { useBatchActions } from '../../_kit/list/use-batch-actions';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { EXPORT_CONTRACTS_LINK } from '@/app/_lib/api/exports';
import type { ContractFilter } from '@/app/_lib/gql/graphql';
import { allScene, mineScene } from '../../_kit/list/scenes';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import type { FieldDef } from '../../_kit/fields/field-def';
import { ContractFormDrawer } from './contract-form-drawer';
import { ContractTransferModal } from './contract-transfer-modal';
import { ContractStatusTag, contractErrorMessage, formatMoney } from './contract-labels';

const code = (row: ContractRow) => <Link href={`/contracts/${row.id}`} data-testid={`contract-link-${row.code}`}>{row.code}</Link>;

function columns(t: Translate): ListColumn<ContractRow>[] {
  return [
    { key: 'code', sortField: 'CODE', title: t('contract.field.code'), width: 160, fixed: true, render: code },
    { key: 'title', title: t('contract.field.title'), width: 240, ellipsis: true, render: (row) => row.title },
    { key: 'customer', title: t('contract.field.customerId'), width: 200, ellipsis: true, render: (row) => row.customer?.name ?? t('contract.hiddenCustomer') },
    { key: 'amount', sortField: 'AMOUNT', title: t('contract.field.amount'), width: 130, align: 'right', render: (row) => formatMoney(row.amount) },
    { key: 'received', title: t('contract.field.received'), width: 120, align: 'right', render: (row) => formatMoney(row.receivedAmount) },
    { key: 'status', title: t('contract.field.status'), width: 86, render: (row) => <ContractStatusTag t={t} status={row.status} /> },
    { key: 'signDate', sortField: 'SIGN_DATE', title: t('contract.field.signDate'), width: 112, render: (row) => row.signDate ?? '—' },
    { key: 'owner', title: t('contract.field.owner'), width: 80, render: (row) => row.owner?.name ?? '—' },
    { key: 'updatedAt', sortField: 'UPDATED_AT', title: t('contract.field.updatedAt'), width: 150, render: (row) => formatDateTime(row.updatedAt) },
  ];
}

const card = (t: Translate): CardSpec<ContractRow> => ({
  title: (row) => <Link href={`/contracts/${row.id}`} data-testid={`contract-link-${row.code}`}>{row.title}</Link>,
  extra: (row) => <ContractStatusTag t={t} status={row.status} />,
  lines: (row) => [
    row.customer?.name ?? t('contract.hiddenCustomer'),
    `${formatMoney(row.amount)} · ${t('contract.field.received')} ${formatMoney(row.receivedAmount)}`,
    [row.code, row.signDate, row.owner?.name].filter(Boolean).join(' · '),
  ],
});

const filters = (t: Translate): FieldDef[] => [
  { name: 'keyword', kind: 'search', label: t('contract.filter.keyword'), primary: true },
  { name: 'status', kind: 'select', label: t('contract.filter.status'), primary: true, options: CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`contract.status.${s}` as MessageKey) })) },
  { name: 'sign', kind: 'dateRange', label: t('contract.filter.signFrom'), range: { from: 'signFrom', to: 'signTo', as: 'date' } },
];

export function ContractList() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const router = useRouter();
  const [dialog, setDialog] = useState<'create' | 'transfer' | null>(null);
  const custom = useCustomFields('contract');
  const mapFilter = useCallback((filter: Record<string, unknown>) => customFilterOf(custom, filter), [custom]);
  const list = useRecordList({ document: CONTRACTS_QUERY, connection: (d) => d.contracts, defaultOrder: { field: 'UPDATED_AT', direction: 'DESC' }, mapFilter });
  const { run, confirm } = useBatchActions(list.refresh, (e) => contractErrorMessage(t, e));
  const described = useMemo(() => [...columns(t), ...customColumns<ContractRow>(custom)], [t, custom]);
  const filterFields = useMemo(() => [...filters(t), ...customFilterFields(custom)], [t, custom]);
  const ids = list.selected.map((c) => c.id);
  const mayTransfer = can(me, 'contract:transfer');
  const mayDelete = can(me, 'contract:delete');
  const exporter = useRecordExport<ContractFilter>('contract', EXPORT_CONTRACTS_LINK);

  return (
    <>
      <RecordList<ContractRow>
        module="contract"
        list={list}
        title={t('contract.list.title')}
        toolbar={(
          <>
            {exporter.menu('all', () => ({ filter: list.apiFilter as ContractFilter }))}
            {can(me, 'contract:create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="contract-create">{t('contract.create')}</Button>}
          </>
        )}
        scenes={[allScene(t), mineScene(t, me.user.id)]}
        filters={filterFields}
        columns={described}
        card={card(t)}
        rowTestId={(row) => `contract-row-${row.code}`}
        selection={mayTransfer || mayDelete || exporter.allowed ? { selectable: (row) => exporter.allowed || row.viewerCanTransfer || row.viewerCanDelete, label: (row) => row.code } : undefined}
        batch={(rows) => (
          <>
            {mayTransfer && <Button size="small" icon={<SwapOutlined />} disabled={rows.some((c) => !c.viewerCanTransfer)} onClick={() => setDialog('transfer')} data-testid="contract-batch-transfer">{t('action.transfer')}</Button>}
            {exporter.menu('selected', () => ({ ids }), () => list.setSelected([]))}
            {mayDelete && (
              <Button size="small" danger icon={<DeleteOutlined />} disabled={rows.some((c) => !c.viewerCanDelete)} data-testid="contract-batch-delete"
                onClick={() => confirm({ title: t('contract.confirm.delete', { count: ids.length }), okText: t('action.delete'), danger: true },
                  () => run('delete', DELETE_CONTRACTS, ids, t('contract.deleted', { count: ids.length })))}>
                {t('action.delete')}
              </Button>
            )}
          </>
        )}
        scrollX={1300}
      />
      {exporter.progress}
      <ContractFormDrawer open={dialog === 'create'} onClose={() => setDialog(null)}
        onSaved={(result) => { setDialog(null); message.success(t('contract.created', { code: result.code ?? '' })); router.push(`/contracts/${result.id}`); }} />
      <ContractTransferModal ids={ids} open={dialog === 'transfer'} onClose={() => setDialog(null)}
        onDone={(count) => { setDialog(null); message.success(t('contract.transferred', { count })); list.refresh(); }} />
    </>
  );
}
