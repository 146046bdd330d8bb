'use client';
// Transfer leads to a colleague within your lead write scope (a converted lead refuses, named in the message).
import { TRANSFER_LEADS } from '@/app/_lib/api/leads';
import { simpleTransfer } from '../../_kit/transfer/transfer-dialog';
import { leadConflictMessage } from './lead-errors';

export const LeadTransferModal = simpleTransfer({
  testIdPrefix: 'lead-transfer', module: 'lead', mutation: TRANSFER_LEADS,
  title: (t) => t('lead.transfer.title'), count: (t, count) => t('lead.transfer.count', { count }), errorText: leadConflictMessage,
});
