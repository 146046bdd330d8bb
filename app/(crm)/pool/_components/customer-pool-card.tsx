'use client';
// On the customer page: the 退回公海 action for owners, and — for a pool customer or one with a pool past —
// where it waits, why, since when, from whom, a claim button for members, and its pool history.
import { useState } from 'react';
import { App, Button, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { ImportOutlined, RollbackOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { testId } from '@/app/_lib/labels';
import { can, useMe } from '@/app/_lib/me';
import { CLAIM_CUSTOMERS, CUSTOMER_POOL_QUERY, type CustomerPoolInfo, type PoolHistoryEntry } from '@/app/_lib/api/pool';
import { ReturnToPoolModal } from './return-to-pool-modal';
import { REASON_COLORS, eventLabel, poolErrorMessage, reasonLabel } from './pool-ui';

/** 退回公海 for one customer the viewer manages (owner write scope) that has an owner. */
export function ReturnToPoolButton({ customer, onDone }: { customer: { id: string; owner: unknown; viewerCanManage: boolean }; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  if (!customer.viewerCanManage || !customer.owner) return null;
  return (
    <>
      <Button icon={<RollbackOutlined />} onClick={() => setOpen(true)} data-testid="customer-return-to-pool">{t('pool.action.return')}</Button>
      <ReturnToPoolModal ids={[customer.id]} open={open} onClose={() => setOpen(false)}
        onDone={(count) => { setOpen(false); message.success(t('pool.returned', { count })); onDone(); }} />
    </>
  );
}

function historyLine(t: ReturnType<typeof useI18n>['t'], entry: PoolHistoryEntry) {
  const who = entry.actor?.name ?? t('pool.job');
  const parts = [eventLabel(t, entry.event), entry.pool ? `「${entry.pool.name}」` : ''];
  if (entry.event === 'ENTER' && entry.reason) parts.push(`· ${reasonLabel(t, entry.reason)}`);
  if (entry.event === 'ENTER' && entry.fromOwner) parts.push(`· ${t('pool.field.previousOwner')} ${entry.fromOwner.name}`);
  if ((entry.event === 'CLAIM' || entry.event === 'ASSIGN') && entry.toOwner) parts.push(`→ ${entry.toOwner.name}`);
  if (entry.event === 'MOVE' && entry.fromPool) parts.push(`← 「${entry.fromPool.name}」`);
  return `${parts.join(' ')} · ${who}`;
}

export function CustomerPoolCard({ customerId, onChanged }: { customerId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const { data, mutate } = useQuery(CUSTOMER_POOL_QUERY, { id: customerId });
  const [busy, setBusy] = useState(false);
  const customer = data?.customer;
  if (!customer || (!customer.pool && !customer.poolHistory.length)) return null;

  async function claim() {
    setBusy(true);
    try {
      await gql(CLAIM_CUSTOMERS, { ids: [customerId] });
      message.success(t('pool.claimed', { count: 1 }));
      void mutate();
      onChanged();
    } catch (e) {
      message.error(poolErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('pool.card.title')} data-testid="customer-pool-card"
      extra={customer.pool?.viewerCanClaim && can(me, 'pool:claim') && (
        <Button size="small" type="primary" icon={<ImportOutlined />} loading={busy} onClick={claim} {...testId<object>('customer-claim')}>{t('pool.action.claim')}</Button>
      )}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {customer.pool && (
          <>
            <Typography.Text strong>{t('pool.card.inPool', { pool: customer.pool.name })}</Typography.Text>
            <Descriptions size="small" column={1} items={[
              { key: 'reason', label: t('pool.field.reason'), children: customer.poolReason ? <Tag color={REASON_COLORS[customer.poolReason]}>{reasonLabel(t, customer.poolReason)}</Tag> : t('common.none') },
              { key: 'note', label: t('pool.field.note'), children: customer.poolNote ?? t('common.none') },
              { key: 'at', label: t('pool.field.enteredAt'), children: formatDateTime(customer.poolEnteredAt) },
              { key: 'from', label: t('pool.field.previousOwner'), children: customer.previousOwner?.name ?? t('common.none') },
            ]} />
            <Typography.Text type="secondary">{t('pool.card.contactsHidden')}</Typography.Text>
          </>
        )}
        {customer.poolHistory.length > 0 && (
          <>
            <Typography.Text type="secondary">{t('pool.card.history')}</Typography.Text>
            <Timeline items={customer.poolHistory.slice(0, 10).map((entry) => ({
              key: entry.id,
              content: (
                <div>
                  <div>{historyLine(t, entry)}</div>
                  {entry.note && <Typography.Text type="secondary">{entry.note}</Typography.Text>}
                  <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(entry.createdAt)}</Typography.Text></div>
                </div>
              ),
            }))} />
          </>
        )}
      </Space>
    </Card>
  );
}
