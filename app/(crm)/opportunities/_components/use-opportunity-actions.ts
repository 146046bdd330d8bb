'use client';
// Delete (with confirmation) and restore, shared by the list's batch bar and the opportunity page.
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { DELETE_OPPORTUNITIES, RESTORE_OPPORTUNITIES } from '@/app/_lib/api/opportunities';

export function useOpportunityActions(onDone: (action: 'delete' | 'restore', ids: string[]) => void) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  return {
    remove: (ids: string[]) => modal.confirm({
      title: t('opportunity.deleteConfirm', { count: ids.length }),
      content: t('opportunity.deleteHint'),
      okText: t('action.delete'), okType: 'danger', cancelText: t('action.cancel'), okButtonProps: testId('confirm-ok'),
      onOk: async () => {
        try {
          await gql(DELETE_OPPORTUNITIES, { ids });
          message.success(t('opportunity.deleted', { count: ids.length }));
          onDone('delete', ids);
        } catch (e) { message.error(errorMessage(t, e)); }
      },
    }),
    restore: async (ids: string[]) => {
      try {
        await gql(RESTORE_OPPORTUNITIES, { ids });
        message.success(t('opportunity.restored', { count: ids.length }));
        onDone('restore', ids);
      } catch (e) { message.error(errorMessage(t, e)); }
    },
  };
}
