'use client';
// The opportunities of one customer (those you may see), for the customer page, with "new opportunity" for
// direct customers.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Button, Card, Empty, List, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { can, canRead, useMe } from '@/app/_lib/me';
import { CUSTOMER_OPPORTUNITIES_QUERY, type OpportunityRow } from '@/app/_lib/api/opportunities';
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
    <Card size="small" title={t('opportunity.section.customerOpportunities')} data-testid="customer-opportunities"
      extra={mayCreate && <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-opportunity-create">{t('opportunity.create')}</Button>}>
      {list.length ? (
        <List size="small" dataSource={list} renderItem={(o) => (
          <List.Item key={o.id}>
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Link href={`/opportunities/${o.id}`}>{o.name}</Link>
                <CategoryTag t={t} category={o.category} />
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatMoney(o.amount)} · {stageLabel(o.stage)}（{o.probability}%）· {o.expectedCloseDate}</Typography.Text>
            </Space>
          </List.Item>
        )} />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <OpportunityFormDrawer open={creating} customer={{ id: customer.id, name: customer.name }} onClose={() => setCreating(false)}
        onSaved={(id) => { setCreating(false); message.success(t('opportunity.created')); router.push(`/opportunities/${id}`); }} />
    </Card>
  );
}
