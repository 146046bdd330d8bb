'use client';
// 退回公海: the owner returns customers to their pool with a reason (used by the customer list and page).
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { RETURN_CUSTOMERS } from '@/app/_lib/api/pool';
import { FormModal } from '../../_kit/form/form-modal';
import { maxLength, required } from '../../_kit/fields/rules';
import { poolErrorMessage } from './pool-ui';

export const RETURN_REASON_MAX = 200;

export function ReturnToPoolModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const label = t('pool.returnReason');
  return (
    <FormModal<{ reason: string }> module="pool" testId="pool-return-form" submitTestId="pool-return-submit" danger open={open} onClose={onClose}
      title={t('pool.returnTitle')} okText={t('pool.action.return')} hint={t('pool.returnHint', { count: ids.length })} note={t('pool.lockedHint')}
      errorText={(e) => poolErrorMessage(t, e)}
      sections={[{ fields: [{ name: 'reason', label, kind: 'textarea', span: 24, rows: 3, maxLength: RETURN_REASON_MAX, testId: 'pool-return-reason',
        placeholder: t('pool.returnReasonPlaceholder'), rules: [required(t, label), maxLength(t, RETURN_REASON_MAX)] }] }]}
      onSubmit={async ({ reason }) => { await gql(RETURN_CUSTOMERS, { ids, reason }); onDone(ids.length); }} />
  );
}
