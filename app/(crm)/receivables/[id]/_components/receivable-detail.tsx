'use client';
// The receivable page on the detail frame: amount, status and contract in the header; fields; the approval history
// at the side; the activity panel (comments and the timeline with approvals — follow-ups are logged on the contract).
import Link from 'next/link';
import { Card, Descriptions, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDateTime, formatMoney } from '@/app/_lib/format';
import { DetailFrame } from '../../../_kit/detail/detail-frame';
import { RecordPage } from '../../../_kit/detail/record-gate';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { ReceivableStatusTag } from '../../../contracts/_components/contract-labels';
import { ApprovalTimeline } from '../../../contracts/[id]/_components/approval-timeline';
import { RECEIVABLE_QUERY, type ReceivableDetail } from '../../_components/receivables.api';
import { DictionaryText } from '../../../_kit/fields/dictionary-text';

export function ReceivableDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <RecordPage document={RECEIVABLE_QUERY} id={id} pick={(d) => d.receivable} backHref="/receivables" notFound={t('daily.receivable.notFound')}>
      {(receivable, refresh) => <ReceivablePage r={receivable} refresh={refresh} />}
    </RecordPage>
  );
}

function ReceivablePage({ r, refresh }: { r: ReceivableDetail; refresh: () => void }) {
  const { t } = useI18n();
  const contract = r.contract;
  return (
    <DetailFrame
      module="receivable"
      title={formatMoney(r.amount)}
      code={r.code}
      tags={(
        <>
          <ReceivableStatusTag t={t} status={r.status} />
          {contract?.customer && <Link href={`/customers/${contract.customer.id}`}>{contract.customer.name}</Link>}
        </>
      )}
      main={(
        <Card size="small" title={t('daily.receivable.fields')} data-testid="receivable-fields">
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered items={[
            { key: 'amount', label: t('receivable.amount'), children: formatMoney(r.amount) },
            { key: 'date', label: t('receivable.receivedDate'), children: r.receivedDate },
            {
              key: 'contract', label: t('daily.receivable.contract'),
              children: contract ? <Link href={`/contracts/${contract.id}`} data-testid="receivable-contract-link">{contract.code} {contract.title}</Link> : '—',
            },
            { key: 'plan', label: t('receivable.plan'), children: r.plan ? `${t('plan.termLabel', { term: r.plan.term })} · ${formatMoney(r.plan.amount)} · ${r.plan.plannedDate}` : t('receivable.noPlan') },
            { key: 'method', label: t('receivable.method'), children: r.method ? <DictionaryText kind="payment_method" code={r.method} /> : '—' },
            { key: 'owner', label: t('contract.field.owner'), children: contract?.owner?.name ?? '—' },
            { key: 'recordedBy', label: t('receivable.recordedBy'), children: `${r.recordedBy?.name ?? '—'} · ${formatDateTime(r.createdAt)}` },
            { key: 'remarks', label: t('receivable.remarks'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.remarks ?? '—'}</Typography.Text>, span: { xs: 1, sm: 1, md: 2 } },
          ]} />
        </Card>
      )}
      activity={<ActivityPanel targetType="receivable" targetId={r.id} canLog={false} onChanged={refresh} />}
      side={(
        <Card size="small" title={t('contract.section.approvals')}>
          <ApprovalTimeline t={t} runs={r.approvals} testId="receivable-approvals" />
        </Card>
      )}
    />
  );
}
