'use client';
// Delete and restore (with confirmation), shared by the list's batch bar and the lead page.
import { useI18n } from '@/app/_lib/i18n/context';
import { DELETE_LEADS, RESTORE_LEADS } from '@/app/_lib/api/leads';
import { useBatchActions } from '../../_kit/list/use-batch-actions';

export type LeadAction = 'delete' | 'restore';

export function useLeadActions(onDone: (action: LeadAction, ids: string[]) => void) {
  const { t } = useI18n();
  const { run, confirm, confirmDelete } = useBatchActions<LeadAction>(onDone);
  return {
    remove: (ids: string[]) => confirmDelete('lead', DELETE_LEADS, ids),
    restore: (ids: string[]) => confirm(
      { title: t('lead.restoreConfirm', { count: ids.length }), okText: t('action.restore') },
      () => run('restore', RESTORE_LEADS, ids, t('lead.restored', { count: ids.length })),
    ),
  };
}
