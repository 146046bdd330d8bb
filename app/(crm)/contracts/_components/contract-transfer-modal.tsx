'use client';
// Transfer contracts to a colleague within your contract write scope.
import { TRANSFER_CONTRACTS } from '@/app/_lib/api/contracts';
import { simpleTransfer } from '../../_kit/transfer/transfer-dialog';
import { contractErrorMessage } from './contract-labels';

export const ContractTransferModal = simpleTransfer({
  testIdPrefix: 'contract-transfer', module: 'contract', mutation: TRANSFER_CONTRACTS,
  title: (t) => t('contract.transferTitle'), count: (t, count) => t('contract.transferCount', { count }), errorText: contractErrorMessage,
});
