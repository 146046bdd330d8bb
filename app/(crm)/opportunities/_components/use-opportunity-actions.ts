'use client';
// Delete (with confirmation) and restore, shared by the list's batch bar and the opportunity page.
import { useI18n } from '@/app/_lib/i18n/context';
import { DELETE_OPPORTUNITIES, RESTORE_OPPORTUNITIES } from '@/app/_lib/api/opportunities';
import { useBatchActions } from '../../_kit/list/use-batch-actions';

export function useOpportunityActions(onDone: (action: 'delete' | 'restore', ids: string[]) => void) {
  const { t } = useI18n();
  const { run, confirm } = useBatchActions(onDone);
  return {
    remove: (ids: string[]) => confirm(
      { title: t('opportunity.deleteConfirm', { count: ids.length }), content: t('opportunity.deleteHint'), okText: t('action.delete'), danger: true },
      () => run('delete', DELETE_OPPORTUNITIES, ids, t('opportunity.deleted', { count: ids.length })),
    ),
    restore: (ids: string[]) => run('restore', RESTORE_OPPORTUNITIES, ids, t('opportunity.restored', { count: ids.length })),
  };
}
