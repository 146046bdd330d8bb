'use client';
// Delete (with confirmation), lock and unlock, shared by the list's batch bar and the customer page.
import { useI18n } from '@/app/_lib/i18n/context';
import { DELETE_CUSTOMERS, LOCK_CUSTOMERS, UNLOCK_CUSTOMERS } from '@/app/_lib/api/customers';
import { useBatchActions } from '../../_kit/list/use-batch-actions';

export type CustomerAction = 'delete' | 'lock' | 'unlock';

export function useCustomerActions(onDone: (action: CustomerAction, ids: string[]) => void) {
  const { t } = useI18n();
  const { run, confirmDelete } = useBatchActions<CustomerAction>(onDone);
  return {
    remove: (ids: string[]) => confirmDelete('customer', DELETE_CUSTOMERS, ids),
    lock: (ids: string[]) => run('lock', LOCK_CUSTOMERS, ids, t('customer.lockDone', { count: ids.length })),
    unlock: (ids: string[]) => run('unlock', UNLOCK_CUSTOMERS, ids, t('customer.unlockDone', { count: ids.length })),
  };
}
