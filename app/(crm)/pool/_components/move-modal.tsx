'use client';
// Moves selected pool customers to another pool (administrators of their pool).
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { MOVE_CUSTOMERS, type PoolSummary } from '@/app/_lib/api/pool';
import { FormModal } from '../../_kit/form/form-modal';
import { poolErrorMessage } from './pool-ui';

interface Props { ids: string[]; from: string; pools: PoolSummary[]; open: boolean; onClose: () => void; onDone: (count: number) => void }

export function MoveModal({ ids, from, pools, open, onClose, onDone }: Props) {
  const { t } = useI18n();
  const label = t('pool.moveTo');
  return (
    <FormModal<{ poolId: string }> module="pool" testId="pool-move-form" submitTestId="pool-move-submit" open={open} onClose={onClose}
      title={t('pool.moveTitle')} okText={t('pool.action.move')} hint={t('common.selected', { count: ids.length })} errorText={(e) => poolErrorMessage(t, e)}
      sections={[{ fields: [{ name: 'poolId', label, kind: 'select', span: 24, testId: 'pool-move-target', rules: [{ required: true, message: t('validation.select', { field: label }) }],
        options: pools.filter((p) => p.id !== from).map((p) => ({ value: p.id, label: p.name })) }] }]}
      onSubmit={async ({ poolId }) => { await gql(MOVE_CUSTOMERS, { ids, poolId }); onDone(ids.length); }} />
  );
}
