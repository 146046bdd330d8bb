'use client';
// A contract page: header with status and the actions this user may take now (edit, submit, void, transfer,
// delete), its fields and amounts, product lines, approval history, payment plans, receivables and activity.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card, Descriptions, Flex, Grid, Input, Modal, Statistic, Table, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, SendOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customDescriptionItems } from '../../../_kit/fields/custom-fields';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { DetailFrame } from '../../../_kit/detail/detail-frame';
import { RecordGate } from '../../../_kit/detail/record-gate';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formatDateTime, formatQuantity } from '@/app/_lib/format';
import { CONTRACT_QUERY, DELETE_CONTRACTS, SUBMIT_CONTRACT, VOID_CONTRACT, type ContractDetail as Contract, type ContractLine } from '@/app/_lib/api/contracts';
import { ContractFormDrawer } from '../../_components/contract-form-drawer';
import { ContractTransferModal } from '../../_components/contract-transfer-modal';
import { ContractStatusTag, contractErrorMessage, formatMoney } from '../../_components/contract-labels';
import { ApprovalTimeline } from './approval-timeline';
import { ContractHistory } from './contract-history';
import { PaymentPlans } from './payment-plans';
import { Receivables } from './receivables';
import { useContractAction } from '../../_components/use-contract-action';

export function ContractDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const result = useQuery(CONTRACT_QUERY, { id });
  return (
    <RecordGate result={result} pick={(d) => d.contract} backHref="/contracts" notFound={t('contract.notFound')} errorText={(e) => contractErrorMessage(t, e)}>
      {(contract) => <ContractPage contract={contract} refresh={() => result.mutate()} />}
    </RecordGate>
  );
}

function ContractPage({ contract, refresh }: { contract: Contract; refresh: () => Promise<unknown> }) {
  const { t } = useI18n();
  const customFields = useCustomFields('contract');
  const { message, modal } = App.useApp();
  const router = useRouter();
  const screens = Grid.useBreakpoint();
  const [dialog, setDialog] = useState<'edit' | 'transfer' | 'void' | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const id = contract.id;
  const act = useContractAction();

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      message.success(done);
      await refresh();
    } catch (e) {
      message.error(contractErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const submit = () => modal.confirm({
    title: t('contract.confirm.submit'), okText: t('contract.action.submit'),
    onOk: () => run(async () => {
      const { submitContract } = await gql(SUBMIT_CONTRACT, { id });
      if (submitContract.status === 'APPROVED') message.info(t('contract.approvedAtOnce'));
    }, t('contract.submitted')),
  });
  const remove = () => modal.confirm({
    title: t('contract.confirm.deleteOne'), okButtonProps: { danger: true }, okText: t('action.delete'),
    onOk: async () => { if (await act(() => gql(DELETE_CONTRACTS, { ids: [id] }), t('contract.deleted', { count: 1 }))) router.push('/contracts'); },
  });

  const actions = (
    <>
      {contract.viewerCanEdit && <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="contract-edit">{t('action.edit')}</Button>}
      {contract.viewerCanSubmit && <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={submit} data-testid="contract-submit">{t('contract.action.submit')}</Button>}
      {contract.viewerCanTransfer && <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="contract-transfer">{t('action.transfer')}</Button>}
      {contract.viewerCanVoid && <Button danger icon={<StopOutlined />} onClick={() => { setReason(''); setDialog('void'); }} data-testid="contract-void">{t('contract.action.void')}</Button>}
      {contract.viewerCanDelete && <Button danger icon={<DeleteOutlined />} onClick={remove} data-testid="contract-delete">{t('action.delete')}</Button>}
    </>
  );

  return (
    <DetailFrame
      module="contract"
      title={contract.title}
      titleTestId="contract-title"
      code={contract.code}
      tags={<ContractStatusTag t={t} status={contract.status} />}
      crumb={<Link href="/contracts"><Typography.Text type="secondary"><ArrowLeftOutlined /> {t('contract.list.title')}</Typography.Text></Link>}
      actions={actions}
      notices={(
        <>
          {contract.status === 'VOID' && contract.voidReason && <Alert type="warning" showIcon title={`${t('contract.field.voidReason')}：${contract.voidReason}`} />}
          <Card size="small">
            <Flex gap={screens.md ? 48 : 16} wrap>
              <Statistic title={t('contract.field.amount')} value={formatMoney(contract.amount)} />
              <Statistic title={t('contract.field.received')} value={formatMoney(contract.receivedAmount)} styles={{ content: { color: '#3f8600' } }} />
              <Statistic title={t('contract.field.outstanding')} value={formatMoney(contract.outstandingAmount)} />
            </Flex>
          </Card>
        </>
      )}
      main={(
        <>
          <Card size="small" title={t('contract.section.basic')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={[
              { key: 'customer', label: t('contract.field.customerId'), children: contract.customer?.name ?? t('contract.hiddenCustomer') },
              { key: 'opportunity', label: t('contract.field.opportunityId'), children: contract.opportunity?.name ?? '—' },
              { key: 'owner', label: t('contract.field.owner'), children: contract.owner?.name ?? '—' },
              { key: 'sign', label: t('contract.field.signDate'), children: contract.signDate ?? '—' },
              { key: 'period', label: t('contract.field.period'), children: contract.startDate || contract.endDate ? `${contract.startDate ?? '…'} ~ ${contract.endDate ?? '…'}` : '—' },
              { key: 'submitted', label: t('contract.field.submittedAt'), children: formatDateTime(contract.submittedAt) },
              { key: 'approved', label: t('contract.field.approvedAt'), children: formatDateTime(contract.approvedAt) },
              ...(contract.paidAt ? [{ key: 'paid', label: t('contract.field.paidAt'), children: formatDateTime(contract.paidAt) }] : []),
              { key: 'createdBy', label: t('contract.field.createdBy'), children: `${contract.createdBy?.name ?? '—'} · ${formatDateTime(contract.createdAt)}` },
              ...customDescriptionItems(customFields, contract.customFields, '—'),
              { key: 'remarks', label: t('contract.field.remarks'), children: contract.remarks ?? '—', span: 'filled' },
            ]} />
          </Card>
          <Card size="small" title={t('contract.section.lines')}>
            <ContractLines t={t} contract={contract} />
          </Card>
          <Card size="small" title={t('contract.section.plans')}>
            <PaymentPlans t={t} contractId={contract.id} amount={contract.amount} plans={contract.paymentPlans} editable={contract.viewerCanEditPlans} onChanged={refresh} />
          </Card>
          <Card size="small" title={t('contract.section.receivables')}>
            <Receivables t={t} contract={contract} mayRecord={contract.viewerCanRecordReceivable} onChanged={refresh} />
          </Card>
        </>
      )}
      activity={<ActivityPanel targetType="contract" targetId={contract.id} targetTitle={`${contract.code} ${contract.title}`} onChanged={() => void refresh()} />}
      side={(
        <>
          <Card size="small" title={t('contract.section.approvals')}>
            <ApprovalTimeline t={t} runs={contract.approvals} />
          </Card>
          <Card size="small" title={t('contract.section.history')}>
            <ContractHistory t={t} entries={contract.history} />
          </Card>
        </>
      )}
      dialogs={(
        <>
          <ContractFormDrawer open={dialog === 'edit'} contract={contract} onClose={() => setDialog(null)} onSaved={() => { setDialog(null); message.success(t('contract.saved')); void refresh(); }} />
          <ContractTransferModal ids={[contract.id]} open={dialog === 'transfer'} onClose={() => setDialog(null)}
            onDone={() => { setDialog(null); message.success(t('contract.transferred', { count: 1 })); void refresh(); }} />
          <Modal
            open={dialog === 'void'} title={t('contract.voidTitle')} onCancel={() => setDialog(null)} okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy }}
            okText={t('contract.action.void')} onOk={() => run(() => gql(VOID_CONTRACT, { id, reason }), t('contract.voided')).then(() => setDialog(null))}
          >
            <Typography.Paragraph>{t('contract.field.voidReason')}</Typography.Paragraph>
            <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="contract-void-reason" />
          </Modal>
        </>
      )}
    />
  );
}

/** The product lines with their total. */
function ContractLines({ t, contract }: { t: Translate; contract: Contract }) {
  return (
    <Table<ContractLine>
      rowKey="id" size="small" pagination={false} dataSource={contract.lines} scroll={{ x: 640 }} locale={{ emptyText: t('contract.line.empty') }}
      columns={[
        { key: 'product', dataIndex: 'productName', title: t('contract.line.product'), width: 180 },
        { key: 'model', dataIndex: 'model', title: t('contract.line.model'), width: 120, render: (v: string | null) => v ?? '—' },
        { key: 'quantity', title: t('contract.line.quantity'), align: 'right', width: 90, render: (_v, l) => `${formatQuantity(l.quantity)}${l.unit ? ` ${l.unit}` : ''}` },
        { key: 'unitPrice', title: t('contract.line.unitPrice'), align: 'right', width: 120, render: (_v, l) => formatMoney(l.unitPrice) },
        { key: 'amount', title: t('contract.line.amount'), align: 'right', width: 130, render: (_v, l) => formatMoney(l.amount) },
      ]}
      summary={() => (contract.lines.length ? (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>{t('contract.line.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right"><Typography.Text strong>{formatMoney(contract.amount)}</Typography.Text></Table.Summary.Cell>
        </Table.Summary.Row>
      ) : null)}
    />
  );
}
