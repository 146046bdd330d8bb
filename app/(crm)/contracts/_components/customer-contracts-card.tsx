'use client';
// The contracts of one customer (those you may see), for the customer page, with "new contract" for this customer.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { RelatedCard } from '../../_kit/detail/related-card';
import { can, canRead, useMe } from '@/app/_lib/me';
import { CONTRACTS_QUERY } from '@/app/_lib/api/contracts';
import { ContractFormDrawer } from './contract-form-drawer';
import { ContractStatusTag, formatMoney } from './contract-labels';

/** The newest contracts are shown; a customer with more has them all in the 合同 list. */
const SHOWN = 20;

export function CustomerContractsCard({ customer }: { customer: { id: string; name: string; deletedAt?: string | null } }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const visible = canRead(me, 'contract');
  const { data } = useQuery(CONTRACTS_QUERY, visible ? {
    first: SHOWN, filter: { customerId: customer.id }, orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
  } : null);
  if (!visible) return null;
  const list = data?.contracts.nodes ?? [];
  const mayCreate = can(me, 'contract:create') && !customer.deletedAt;
  return (
    <RelatedCard title={t('contract.section.customerContracts')} testId="customer-contracts"
      create={mayCreate && { label: t('contract.create'), testId: 'customer-contract-create', onClick: () => setCreating(true) }}
      items={list.map((c) => ({
        id: c.id, href: `/contracts/${c.id}`, title: c.title, tag: <ContractStatusTag t={t} status={c.status} />,
        meta: `${c.code} · ${formatMoney(c.amount)} · ${t('contract.field.outstanding')} ${formatMoney(c.outstandingAmount)}`,
      }))}>
      <ContractFormDrawer open={creating} preset={{ customer: { id: customer.id, name: customer.name } }} onClose={() => setCreating(false)}
        onSaved={(result) => { setCreating(false); message.success(t('contract.created', { code: result.code ?? '' })); router.push(`/contracts/${result.id}`); }} />
    </RelatedCard>
  );
}
