'use client';
// The opportunities of one customer (those you may see), for the customer page, with "new opportunity" for
// direct customers.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { RelatedCard } from '../../_kit/detail/related-card';
import { can, canRead, useMe } from '@/app/_lib/me';
import { CUSTOMER_OPPORTUNITIES_QUERY } from '@/app/_lib/api/opportunities';
import { CategoryTag, formatMoney, stageLabel } from './opportunity-labels';
import { OpportunityFormDrawer } from './opportunity-form-drawer';

export function CustomerOpportunitiesCard({ customer }: { customer: { id: string; name: string; type: string; deletedAt?: string | null } }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const visible = canRead(me, 'opportunity');
  const { data } = useQuery(CUSTOMER_OPPORTUNITIES_QUERY, visible ? { id: customer.id } : null);
  if (!visible) return null;
  const list = data?.customer?.opportunities ?? [];
  const mayCreate = can(me, 'opportunity:create') && customer.type === 'DIRECT' && !customer.deletedAt;
  return (
    <RelatedCard title={t('opportunity.section.customerOpportunities')} testId="customer-opportunities"
      create={mayCreate && { label: t('opportunity.create'), testId: 'customer-opportunity-create', onClick: () => setCreating(true) }}
      items={list.map((o) => ({
        id: o.id, href: `/opportunities/${o.id}`, title: o.name, tag: <CategoryTag t={t} category={o.category} />,
        meta: `${formatMoney(o.amount)} · ${stageLabel(o.stage)}（${o.probability}%）· ${o.expectedCloseDate}`,
      }))}>
      <OpportunityFormDrawer open={creating} customer={{ id: customer.id, name: customer.name }} onClose={() => setCreating(false)}
        onSaved={(id) => { setCreating(false); message.success(t('opportunity.created')); router.push(`/opportunities/${id}`); }} />
    </RelatedCard>
  );
}
