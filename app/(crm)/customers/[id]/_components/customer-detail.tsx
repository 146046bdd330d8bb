'use client';
// The customer page: header with status tags and permitted actions, then fields, contacts, team and history.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Button, Card, Col, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, LockOutlined, SwapOutlined, UnlockOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { LEVEL_COLORS, dealLabel, levelLabel, typeLabel } from '@/app/_lib/labels';
import { CUSTOMER_QUERY, type CustomerDetail } from '@/app/_lib/api/customers';
import { CustomerFormDrawer } from '../../_components/customer-form-drawer';
import { TransferModal } from '../../_components/transfer-modal';
import { useCustomerActions } from '../../_components/use-customer-actions';
import { CustomerFields } from './customer-fields';
import { ContactsCard } from './contacts-card';
import { TeamCard } from './team-card';
import { HistoryCard } from './history-card';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { CustomerPoolCard, ReturnToPoolButton } from '../../../pool/_components/customer-pool-card';
import { CustomerOpportunitiesCard } from '../../../opportunities/_components/customer-opportunities-card';
import { CustomerContractsCard } from '../../../contracts/_components/customer-contracts-card';

export function CustomerDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const { data, error, isLoading, mutate } = useQuery<{ customer: CustomerDetail | null }>(CUSTOMER_QUERY, { id });
  const refresh = () => void mutate();
  const actions = useCustomerActions((action) => (action === 'delete' ? router.push('/customers') : refresh()));

  const back = <Link href="/customers"><Button icon={<ArrowLeftOutlined />}>{t('action.back')}</Button></Link>;
  if (error) return <Result status="error" title={errorMessage(t, error)} extra={back} />;
  if (isLoading || !data) return <Card><Skeleton active /></Card>;
  const customer = data.customer;
  if (!customer) return <Result status="404" title={t('customer.notFound')} extra={back} />;

  const mayEdit = customer.viewerCanEdit && can(me, 'customer:update');
  const manage = customer.viewerCanManage;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="customer-detail">
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div style={{ minWidth: 0, flex: '1 1 280px' }}>
            <Typography.Title level={4} style={{ margin: 0, wordBreak: 'break-all' }} data-testid="customer-name">{customer.name}</Typography.Title>
            <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
              <Typography.Text type="secondary" copyable data-testid="customer-code">{customer.code}</Typography.Text>
              <Tag>{typeLabel(t, customer.type)}</Tag>
              <Tag color={LEVEL_COLORS[customer.level]}>{levelLabel(t, customer.level)}</Tag>
              <Tag color={customer.dealStatus === 'DEAL' ? 'green' : undefined} data-testid="customer-deal-status">{dealLabel(t, customer.dealStatus)}</Tag>
              {customer.locked && <Tag icon={<LockOutlined />} color="blue" data-testid="customer-locked-tag">{t('customer.locked')}</Tag>}
            </Space>
          </div>
          <Space wrap>
            {mayEdit && <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="customer-edit">{t('action.edit')}</Button>}
            {manage && can(me, 'customer:transfer') && <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)} data-testid="customer-transfer">{t('action.transfer')}</Button>}
            <ReturnToPoolButton customer={customer} onDone={refresh} />
            {manage && can(me, 'customer:lock') && (customer.locked
              ? <Button icon={<UnlockOutlined />} onClick={() => actions.unlock([customer.id])} data-testid="customer-unlock">{t('action.unlock')}</Button>
              : <Button icon={<LockOutlined />} onClick={() => actions.lock([customer.id])} data-testid="customer-lock">{t('action.lock')}</Button>)}
            {manage && can(me, 'customer:delete') && <Button danger icon={<DeleteOutlined />} onClick={() => actions.remove([customer.id])} data-testid="customer-delete">{t('action.delete')}</Button>}
          </Space>
        </Flex>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={12}>
            <CustomerFields customer={customer} />
            <ContactsCard customer={customer} onChanged={refresh} />
            <ActivityPanel targetType="customer" targetId={customer.id} onChanged={refresh} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={12}>
            <CustomerPoolCard key={customer.owner?.id ?? 'pool'} customerId={customer.id} onChanged={refresh} />
            <CustomerOpportunitiesCard customer={customer} />
            <CustomerContractsCard customer={customer} />
            <TeamCard customer={customer} onChanged={refresh} />
            <HistoryCard customer={customer} />
          </Flex>
        </Col>
      </Row>
      <CustomerFormDrawer
        open={editing}
        customer={customer}
        onClose={() => setEditing(false)}
        onSaved={() => { setEditing(false); message.success(t('common.saved')); refresh(); }}
      />
      <TransferModal
        ids={[customer.id]}
        open={transferring}
        onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('transfer.done', { count })); refresh(); }}
      />
    </Space>
  );
}
