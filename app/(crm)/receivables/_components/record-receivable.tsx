'use client';
// 登记回款 from the 回款 list (seed 001: a receivable is created in the 回款 module, tied to a contract of the
// customer): choose the contract first, then the contract page's dialog for it — its outstanding amount, payment
// plans and the same checks (approved contracts only, never more than outstanding; the server decides again).
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { CONTRACT_QUERY } from '@/app/_lib/api/contracts';
import { testId } from '@/app/_lib/labels';
import { ReceivableModal } from '../../contracts/[id]/_components/receivables';
import { centsOf, formatMoney } from '../../contracts/_components/contract-labels';
import { ContractSelect } from './contract-select';

export function RecordReceivable({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [picking, setPicking] = useState(false);
  const [recording, setRecording] = useState(false);
  const [contractId, setContractId] = useState<string>();
  const { data, isLoading, mutate } = useQuery(CONTRACT_QUERY, contractId ? { id: contractId } : null);
  const contract = contractId && data?.contract?.id === contractId ? data.contract : null;
  const refusal = !contract ? null
    : !contract.viewerCanRecordReceivable ? t(contract.status === 'APPROVED' ? 'daily.receivable.notRecordable' : 'receivable.onlyApproved')
      : centsOf(contract.outstandingAmount) <= 0n ? t('daily.receivable.fullyReceived') : null;

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => { setContractId(undefined); setPicking(true); }} data-testid="receivable-new">{t('receivable.add')}</Button>
      <Modal
        open={picking} title={t('receivable.add')} onCancel={() => setPicking(false)} destroyOnHidden
        okText={t('daily.receivable.next')} cancelText={t('action.cancel')}
        okButtonProps={{ disabled: !contract || !!refusal, loading: !!contractId && isLoading, ...testId<object>('receivable-new-next') }}
        onOk={() => { setPicking(false); setRecording(true); }}
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('daily.receivable.pickHint')}</Typography.Text>
          <ContractSelect value={contractId} onChange={setContractId} data-testid="receivable-new-contract" />
          {contract && (refusal
            ? <Alert type="warning" showIcon title={refusal} data-testid="receivable-new-refusal" />
            : <Typography.Text data-testid="receivable-new-outstanding">{contract.customer?.name ?? '—'} · {t('receivable.outstanding', { amount: formatMoney(contract.outstandingAmount) })}</Typography.Text>)}
        </Flex>
      </Modal>
      {contract && (
        <ReceivableModal
          t={t} contract={contract} open={recording} onClose={() => setRecording(false)}
          onSaved={(r) => {
            setRecording(false);
            void mutate(); // its outstanding amount changed
            message.success(t(r.status === 'PENDING' ? 'receivable.createdPending' : 'receivable.created', { code: r.code }));
            onSaved();
          }}
        />
      )}
    </>
  );
}
