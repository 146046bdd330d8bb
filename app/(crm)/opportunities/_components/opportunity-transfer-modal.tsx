'use client';
// Transfer opportunities to a colleague within your opportunity write scope.
import { TRANSFER_OPPORTUNITIES } from '@/app/_lib/api/opportunities';
import { simpleTransfer } from '../../_kit/transfer/transfer-dialog';

export const OpportunityTransferModal = simpleTransfer({
  testIdPrefix: 'opportunity-transfer', module: 'opportunity', mutation: TRANSFER_OPPORTUNITIES,
  title: (t) => t('opportunity.transferTitle'), count: (t, count) => t('opportunity.transferCount', { count }),
});
