'use client';
// Transfer customers (within your write scope), optionally with their contacts, open opportunities and live
// contracts (each offered only with its transfer permission), keeping the old owner on the team if wished.
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { TRANSFER_CUSTOMERS } from '@/app/_lib/api/customers';
import { TransferDialog } from '../../_kit/transfer/transfer-dialog';

interface Props { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }

export function CustomerTransferDialog(props: Props) {
  const { t } = useI18n();
  return (
    <TransferDialog
      {...props}
      testIdPrefix="transfer"
      module="customer"
      title={t('transfer.title')}
      countText={t('transfer.count', { count: props.ids.length })}
      // A handed-over customer's open deals normally go with it: ticked for those allowed to move them.
      cascades={[
        { name: 'withContacts', label: t('transfer.withContacts'), checked: true },
        { name: 'withOpportunities', label: t('transfer.withOpportunities'), hint: t('transfer.withOpportunitiesHint'), checked: true, permission: 'opportunity:transfer' },
        { name: 'withContracts', label: t('transfer.withContracts'), hint: t('transfer.withContractsHint'), checked: true, permission: 'contract:transfer' },
        { name: 'keepOldOwnerInTeam', label: t('transfer.keepOldOwner'), testId: 'transfer-keep-owner' },
      ]}
      transfer={(input) => gql(TRANSFER_CUSTOMERS, { input })}
    />
  );
}
