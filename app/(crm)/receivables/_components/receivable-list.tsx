'use client';
// The 回款 list on the record kit: 场景 (全部, 我负责的合同的回款), filters by period, contract, customer, owner and status,
// server-side sorting and paging, phone cards; each row opens the receivable's page. 登记回款 picks a contract first.
import { useMemo } from 'react';
import Link from 'next/link';
import { Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatMoney } from '@/app/_lib/format';
import { useMe } from '@/app/_lib/me';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { EXPORT_RECEIVABLES_LINK } from '@/app/_lib/api/exports';
import type { ReceivableFilter } from '@/app/_lib/gql/graphql';
import { can } from '@/app/_lib/me';
import { allScene } from '../../_kit/list/scenes';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import type { FieldDef } from '../../_kit/fields/field-def';
import { CustomerSelect } from '../../contracts/_components/record-select';
import { ReceivableStatusTag } from '../../contracts/_components/contract-labels';
import { ContractSelect } from './contract-select';
import { RecordReceivable } from './record-receivable';
import { RECEIVABLES_QUERY, type ReceivableRow } from './receivables.api';
import { DictionaryText } from '../../_kit/fields/dictionary-text';

const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
const codeLink = (row: ReceivableRow) => <Link href={`/receivables/${row.id}`} data-testid={`receivable-link-${row.code}`}>{row.code}</Link>;
const customerOf = (t: Translate, row: ReceivableRow) => row.contract?.customer?.name ?? t('contract.hiddenCustomer');

function columns(t: Translate): ListColumn<ReceivableRow>[] {
  return [
    { key: 'code', title: t('receivable.code'), width: 160, fixed: true, render: codeLink },
    { key: 'amount', sortField: 'AMOUNT', title: t('receivable.amount'), width: 130, align: 'right', render: (row) => formatMoney(row.amount) },
    { key: 'receivedDate', sortField: 'RECEIVED_DATE', title: t('receivable.receivedDate'), width: 112, render: (row) => row.receivedDate },
    { key: 'status', title: t('receivable.status'), width: 86, render: (row) => <ReceivableStatusTag t={t} status={row.status} /> },
    {
      key: 'contract', title: t('daily.receivable.contract'), width: 240, ellipsis: true,
      render: (row) => (row.contract ? <Link href={`/contracts/${row.contract.id}`} title={row.contract.title}>{row.contract.code} {row.contract.title}</Link> : '—'),
    },
    { key: 'customer', title: t('contract.field.customerId'), width: 200, ellipsis: true, render: (row) => <span title={customerOf(t, row)}>{customerOf(t, row)}</span> },
    { key: 'plan', title: t('receivable.plan'), width: 90, render: (row) => (row.plan ? t('plan.termLabel', { term: row.plan.term }) : '—') },
    { key: 'method', title: t('receivable.method'), width: 100, render: (row) => (row.method ? <DictionaryText kind="payment_method" code={row.method} /> : '—') },
    { key: 'owner', title: t('contract.field.owner'), width: 80, render: (row) => row.contract?.owner?.name ?? '—' },
    { key: 'recordedBy', title: t('receivable.recordedBy'), width: 80, render: (row) => row.recordedBy?.name ?? '—', hidden: true },
    { key: 'createdAt', sortField: 'CREATED_AT', title: t('daily.receivable.createdAt'), width: 112, render: (row) => row.createdAt.slice(0, 10), hidden: true },
  ];
}

const card = (t: Translate): CardSpec<ReceivableRow> => ({
  title: (row) => <Link href={`/receivables/${row.id}`} data-testid={`receivable-link-${row.code}`}>{formatMoney(row.amount)}</Link>,
  extra: (row) => <ReceivableStatusTag t={t} status={row.status} />,
  lines: (row) => [
    <Typography.Text key="c" ellipsis style={{ maxWidth: '100%' }}>{customerOf(t, row)}</Typography.Text>,
    [row.receivedDate, row.contract?.code].filter(Boolean).join(' · '),
    [row.code, row.contract?.owner?.name].filter(Boolean).join(' · '),
  ],
});

function filters(t: Translate): FieldDef[] {
  return [
    { name: 'keyword', kind: 'search', label: t('daily.receivable.keyword'), primary: true },
    { name: 'received', kind: 'dateRange', label: t('receivable.receivedDate'), primary: true, range: { from: 'receivedFrom', to: 'receivedTo', as: 'date' } },
    { name: 'status', kind: 'select', label: t('receivable.status'), options: STATUSES.map((s) => ({ value: s, label: t(`receivable.status.${s}`) })) },
    { name: 'contractId', kind: 'custom', label: t('daily.receivable.contract'), render: (c) => <ContractSelect id={c?.id} value={c?.value as string} onChange={c?.onChange} data-testid={c?.testId} /> },
    { name: 'customerId', kind: 'custom', label: t('contract.field.customerId'), render: (c) => <CustomerSelect id={c?.id} value={c?.value as string} onChange={(v) => c?.onChange?.(v)} data-testid={c?.testId} /> },
    { name: 'ownerIds', kind: 'user', label: t('contract.field.owner') },
  ];
}

export function ReceivableList() {
  const { t } = useI18n();
  const { me } = useMe();
  const list = useRecordList({ document: RECEIVABLES_QUERY, connection: (d) => d.receivables, defaultOrder: { field: 'RECEIVED_DATE', direction: 'DESC' } });
  const described = useMemo(() => columns(t), [t]);
  const exporter = useRecordExport<ReceivableFilter>('receivable', EXPORT_RECEIVABLES_LINK);
  return (
    <>
    <RecordList<ReceivableRow>
      module="receivable"
      list={list}
      title={t('daily.receivable.title')}
      toolbar={(
        <>
          {exporter.menu('all', () => ({ filter: list.apiFilter as ReceivableFilter }))}
          {can(me, 'receivable:create') && <RecordReceivable onSaved={list.refresh} />}
        </>
      )}
      scenes={[allScene(t), { key: 'mine', label: t('daily.receivable.mine'), filter: { ownerIds: [me.user.id] } }]}
      filters={filters(t)}
      columns={described}
      card={card(t)}
      rowTestId={(row) => `receivable-row-${row.code}`}
      selection={exporter.allowed ? { label: (row) => row.code } : undefined}
      batch={(rows) => exporter.menu('selected', () => ({ ids: rows.map((r) => r.id) }), () => list.setSelected([]))}
      scrollX={1300}
    />
    {exporter.progress}
    </>
  );
}
