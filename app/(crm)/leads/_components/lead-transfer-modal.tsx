'use client';
// Transfer leads to a colleague within your lead write scope (a converted lead refuses, named in the message).
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { TRANSFER_LEADS } from '@/app/_lib/api/leads';
import { TransferDialog } from '../../_kit/transfer/transfer-dialog';
import { leadConflictMessage } from './lead-errors';

export function LeadTransferModal(props: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  return (
    <TransferDialog {...props} testIdPrefix="lead-transfer" module="lead" title={t('lead.transfer.title')}
      countText={t('lead.transfer.count', { count: props.ids.length })}
      transfer={({ ids, toUserId }) => gql(TRANSFER_LEADS, { input: { ids, toUserId } })}
      errorText={(e) => leadConflictMessage(t, e)} />
  );
}
