'use client';
// Delete and restore (with confirmation), shared by the list's batch bar and the lead page.
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { DELETE_LEADS, RESTORE_LEADS } from '@/app/_lib/api/leads';

export type LeadAction = 'delete' | 'restore';

export function useLeadActions(onDone: (action: LeadAction, ids: string[]) => void) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();

  async function run(action: LeadAction, mutation: string, ids: string[], done: MessageKey) {
    try {
      await gql(mutation, { ids });
      message.success(t(done, { count: ids.length }));
      onDone(action, ids);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  }

  const confirm = (action: LeadAction, ids: string[]) => modal.confirm({
    title: t(action === 'delete' ? 'lead.deleteConfirm' : 'lead.restoreConfirm', { count: ids.length }),
    content: action === 'delete' ? t('lead.deleteHint') : undefined,
    okText: t(action === 'delete' ? 'action.delete' : 'action.restore'),
    okType: action === 'delete' ? 'danger' : 'primary',
    cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'),
    onOk: () => (action === 'delete'
      ? run('delete', DELETE_LEADS, ids, 'lead.deleted')
      : run('restore', RESTORE_LEADS, ids, 'lead.restored')),
  });

  return { remove: (ids: string[]) => confirm('delete', ids), restore: (ids: string[]) => confirm('restore', ids) };
}
