'use client';
// The customer page on the detail frame: header with code, status tags and permitted actions; fields, contacts and
// the activity panel; pool, opportunities, contracts, payment plans and receivables, team and history at the side.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { App, Button, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, LockOutlined, SwapOutlined, UnlockOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, canRead, useMe } from '@/app/_lib/me';
import { LEVEL_COLORS, dealLabel, levelLabel, typeLabel } from '@/app/_lib/labels';
import { CUSTOMER_QUERY, type CustomerDetail } from '@/app/_lib/api/customers';
import { DetailFrame } from '../../../_kit/detail/detail-frame';
import { RecordPage } from '../../../_kit/detail/record-gate';
import { CustomerFormDrawer } from '../../_components/customer-form-drawer';
import { CustomerTransferDialog } from '../../_components/transfer-modal';
import { useCustomerActions } from '../../_components/use-customer-actions';
import { CustomerFields } from './customer-fields';
import { ContactsCard } from './contacts-card';
import { TeamCard } from './team-card';
import { HistoryCard } from './history-card';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { CustomerPoolCard, ReturnToPoolButton } from '../../../pool/_components/customer-pool-card';
import { CustomerOpportunitiesCard } from '../../../opportunities/_components/customer-opportunities-card';
import { CustomerContractsCard } from '../../../contracts/_components/customer-contracts-card';
import { CustomerFinanceCard } from '../../../contracts/_components/customer-finance-card';

export function CustomerDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <RecordPage document={CUSTOMER_QUERY} id={id} pick={(d) => d.customer} backHref="/customers" notFound={t('customer.notFound')}>
      {(customer, refresh) => <CustomerPage customer={customer} refresh={refresh} />}
    </RecordPage>
  );
}

function CustomerPage({ customer, refresh }: { customer: CustomerDetail; refresh: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'edit' | 'transfer' | null>(null);
  const actions = useCustomerActions((action) => (action === 'delete' ? router.push('/customers') : refresh()));
  const mayEdit = customer.viewerCanEdit && can(me, 'customer:update');
  const manage = customer.viewerCanManage;

  return (
    <DetailFrame
      module="customer"
      title={customer.name}
      code={customer.code}
      tags={(
        <>
          <Tag>{typeLabel(t, customer.type)}</Tag>
          <Tag color={LEVEL_COLORS[customer.level]}>{levelLabel(t, customer.level)}</Tag>
          <Tag color={customer.dealStatus === 'DEAL' ? 'green' : undefined} data-testid="customer-deal-status">{dealLabel(t, customer.dealStatus)}</Tag>
          {customer.locked && <Tag icon={<LockOutlined />} color="blue" data-testid="customer-locked-tag">{t('customer.locked')}</Tag>}
        </>
      )}
      actions={(
        <>
          {mayEdit && <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="customer-edit">{t('action.edit')}</Button>}
          {customer.viewerCanTransfer && <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="customer-transfer">{t('action.transfer')}</Button>}
          <ReturnToPoolButton customer={customer} onDone={refresh} />
          {manage && can(me, 'customer:lock') && (customer.locked
            ? <Button icon={<UnlockOutlined />} onClick={() => actions.unlock([customer.id])} data-testid="customer-unlock">{t('action.unlock')}</Button>
            : <Button icon={<LockOutlined />} onClick={() => actions.lock([customer.id])} data-testid="customer-lock">{t('action.lock')}</Button>)}
          {manage && can(me, 'customer:delete') && <Button danger icon={<DeleteOutlined />} onClick={() => actions.remove([customer.id])} data-testid="customer-delete">{t('action.delete')}</Button>}
        </>
      )}
      main={(
        <>
          <CustomerFields customer={customer} />
          <ContactsCard customer={customer} onChanged={refresh} />
        </>
      )}
      activity={<ActivityPanel targetType="customer" targetId={customer.id} targetTitle={customer.name} onChanged={refresh} />}
      side={(
        <>
          <CustomerPoolCard key={customer.owner?.id ?? 'pool'} customerId={customer.id} onChanged={refresh} />
          <CustomerOpportunitiesCard customer={customer} />
          <CustomerContractsCard customer={customer} />
          {canRead(me, 'contract') && <CustomerFinanceCard customerId={customer.id} />}
          <TeamCard customer={customer} onChanged={refresh} />
          <HistoryCard customer={customer} />
        </>
      )}
      dialogs={(
        <>
          <CustomerFormDrawer open={dialog === 'edit'} customer={customer} onClose={() => setDialog(null)}
            onSaved={() => { setDialog(null); message.success(t('common.saved')); refresh(); }} />
          <CustomerTransferDialog ids={[customer.id]} open={dialog === 'transfer'} onClose={() => setDialog(null)}
            onDone={(count) => { setDialog(null); message.success(t('transfer.done', { count })); refresh(); }} />
        </>
      )}
    />
  );
}
