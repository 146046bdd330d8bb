'use client';
// Delete (with confirmation), lock and unlock, shared by the list's batch bar and the customer page.
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { DELETE_CUSTOMERS, LOCK_CUSTOMERS, UNLOCK_CUSTOMERS } from '@/app/_lib/api/customers';

export type CustomerAction = 'delete' | 'lock' | 'unlock';

export function useCustomerActions(onDone: (action: CustomerAction, ids: string[]) => void) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();

  async function run(action: CustomerAction, mutation: string, ids: string[], done: MessageKey) {
    try {
      await gql(mutation, { ids });
      message.success(t(done, { count: ids.length }));
      onDone(action, ids);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  }

  return {
    remove: (ids: string[]) => modal.confirm({
      title: t('customer.deleteConfirm', { count: ids.length }),
      content: t('customer.deleteHint'),
      okText: t('action.delete'),
      okType: 'danger',
      cancelText: t('action.cancel'),
      okButtonProps: testId('confirm-ok'),
      onOk: () => run('delete', DELETE_CUSTOMERS, ids, 'customer.deleted'),
    }),
    lock: (ids: string[]) => run('lock', LOCK_CUSTOMERS, ids, 'customer.lockDone'),
    unlock: (ids: string[]) => run('unlock', UNLOCK_CUSTOMERS, ids, 'customer.unlockDone'),
  };
}
