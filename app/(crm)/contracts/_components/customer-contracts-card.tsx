'use client';
// The contracts of one customer (those you may see), for the customer page, with "new contract" for this customer.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Button, Card, Empty, List, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { can, canRead, useMe } from '@/app/_lib/me';
import { CONTRACTS_QUERY, type ContractRow } from '@/app/_lib/api/contracts';
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
    <Card size="small" title={t('contract.section.customerContracts')} data-testid="customer-contracts"
      extra={mayCreate && <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-contract-create">{t('contract.create')}</Button>}>
      {list.length ? (
        <List size="small" dataSource={list} renderItem={(c) => (
          <List.Item key={c.id}>
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Link href={`/contracts/${c.id}`}>{c.title}</Link>
                <ContractStatusTag t={t} status={c.status} />
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.code} · {formatMoney(c.amount)} · {t('contract.field.outstanding')} {formatMoney(c.outstandingAmount)}
              </Typography.Text>
            </Space>
          </List.Item>
        )} />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <ContractFormDrawer open={creating} preset={{ customer: { id: customer.id, name: customer.name } }} onClose={() => setCreating(false)}
        onSaved={(result) => { setCreating(false); message.success(t('contract.created', { code: result.code ?? '' })); router.push(`/contracts/${result.id}`); }} />
    </Card>
  );
}
