'use client';
// Delete (with confirmation) and restore, shared by the list's batch bar and the opportunity page.
import { useI18n } from '@/app/_lib/i18n/context';
import { DELETE_OPPORTUNITIES, RESTORE_OPPORTUNITIES } from '@/app/_lib/api/opportunities';
import { useBatchActions } from '../../_kit/list/use-batch-actions';

export function useOpportunityActions(onDone: (action: 'delete' | 'restore', ids: string[]) => void) {
  const { t } = useI18n();
  const { run, confirmDelete } = useBatchActions(onDone);
  return {
    remove: (ids: string[]) => confirmDelete('opportunity', DELETE_OPPORTUNITIES, ids),
    restore: (ids: string[]) => run('restore', RESTORE_OPPORTUNITIES, ids, t('opportunity.restored', { count: ids.length })),
  };
}
