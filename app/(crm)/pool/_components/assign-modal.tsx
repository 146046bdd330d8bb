'use client';
// Assigns selected pool customers to a colleague within the assigner's customer write scope.
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { ASSIGN_CUSTOMERS } from '@/app/_lib/api/pool';
import { FormModal } from '../../_kit/form/form-modal';
import { poolErrorMessage } from './pool-ui';

export function AssignModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const label = t('pool.assignTo');
  return (
    <FormModal<{ userId: string }> module="pool" testId="pool-assign-form" submitTestId="pool-assign-submit" open={open} onClose={onClose} title={t('pool.assignTitle')} okText={t('pool.action.assign')}
      hint={t('common.selected', { count: ids.length })} errorText={(e) => poolErrorMessage(t, e)}
      sections={[{ fields: [{ name: 'userId', label, kind: 'user', userSource: 'transfer', span: 24, testId: 'pool-assign-user', rules: [{ required: true, message: t('validation.select', { field: label }) }] }] }]}
      onSubmit={async ({ userId }) => { await gql(ASSIGN_CUSTOMERS, { ids, userId }); onDone(ids.length); }} />
  );
}
