'use client';
// The pool view on the record kit: choose a pool, see why, when and from whom each customer entered, and — as permitted —
// claim selected customers, assign them to a colleague, or move them to another pool. Rules in a drawer.
import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { App, Button, Card, Drawer, Empty, Grid, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { ImportOutlined, SendOutlined, SettingOutlined, SwapOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { LEVEL_COLORS, levelLabel, testId } from '@/app/_lib/labels';
import { can, useMe } from '@/app/_lib/me';
import { CUSTOMER_LEVELS } from '@/app/_lib/api/customers';
import type { Translate } from '@/app/_lib/i18n/catalog';
import {
  CLAIM_CUSTOMERS, CLAIM_QUOTA_QUERY, POOLS_QUERY, POOL_CUSTOMERS_QUERY, POOL_REASONS, POOL_SETTINGS_QUERY, type ClaimQuota, type PoolCustomerRow,
} from '@/app/_lib/api/pool';
import { AssignModal } from './assign-modal';
import { MoveModal } from './move-modal';
import { PoolRulesForm } from './pool-rules-form';
import { REASON_COLORS, poolErrorMessage, reasonLabel } from './pool-ui';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import { DictionaryText } from '../../_kit/fields/dictionary-text';

function QuotaLine({ quota }: { quota: ClaimQuota }) {
  const { t } = useI18n();
  const of = (max: number | null) => (max === null ? '' : t('pool.quota.of', { max }));
  return (
    <Typography.Text type="secondary" data-testid="pool-quota">
      {t('pool.quota.owned', { owned: quota.ownedCustomers, max: of(quota.maxOwnedCustomers) })}
      {' · '}{t('pool.quota.today', { today: quota.claimedToday, max: of(quota.maxClaimsPerDay) })}
      {quota.reclaimBarDays > 0 && <>{' · '}{t('pool.quota.bar', { days: quota.reclaimBarDays })}</>}
    </Typography.Text>
  );
}

function poolColumns(t: Translate): ListColumn<PoolCustomerRow>[] {
  return [
    { key: 'code', title: t('pool.field.code'), width: 150, fixed: true, render: (row) => <Link href={`/customers/${row.id}`}>{row.code}</Link> },
    { key: 'name', title: t('pool.field.name'), width: 220, ellipsis: true, render: (row) => <Link href={`/customers/${row.id}`} data-testid={`pool-customer-${row.code}`}>{row.name}</Link> },
    { key: 'level', title: t('pool.field.level'), width: 90, render: (row) => <Tag color={LEVEL_COLORS[row.level]}>{levelLabel(t, row.level)}</Tag> },
    { key: 'reason', title: t('pool.field.reason'), width: 130, render: (row) => (row.poolReason ? <Tag color={REASON_COLORS[row.poolReason]}>{reasonLabel(t, row.poolReason)}</Tag> : t('common.none')) },
    { key: 'note', title: t('pool.field.note'), width: 220, ellipsis: true, render: (row) => (row.poolNote ? <Tooltip title={row.poolNote}>{row.poolNote}</Tooltip> : t('common.none')) },
    { key: 'enteredAt', title: t('pool.field.enteredAt'), width: 150, render: (row) => formatDateTime(row.poolEnteredAt) },
    { key: 'previousOwner', title: t('pool.field.previousOwner'), width: 110, render: (row) => row.previousOwner?.name ?? t('common.none') },
    { key: 'region', title: t('pool.field.region'), width: 100, render: (row) => (row.region ? <DictionaryText kind="region" code={row.region} /> : t('common.none')) },
    { key: 'industry', title: t('pool.field.industry'), width: 120, render: (row) => (row.industry ? <DictionaryText kind="industry" code={row.industry} /> : t('common.none')) },
  ];
}

// On a phone one card tells the whole story: name and code, then why, when and from whom.
const poolCard = (t: Translate): CardSpec<PoolCustomerRow> => ({
  title: (row) => <Link href={`/customers/${row.id}`} data-testid={`pool-customer-${row.code}`}>{row.name}</Link>,
  extra: (row) => row.poolReason && <Tag color={REASON_COLORS[row.poolReason]} style={{ marginInlineEnd: 0 }}>{reasonLabel(t, row.poolReason)}</Tag>,
  lines: (row) => [
    `${row.code} · ${levelLabel(t, row.level)}`,
    `${formatDateTime(row.poolEnteredAt)}${row.previousOwner ? ` · ${row.previousOwner.name}` : ''}`,
    row.poolNote,
  ],
});

export function PoolView() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const pools = useQuery(POOLS_QUERY);
  const listable = useMemo(() => (pools.data?.pools ?? []).filter((p) => p.viewerCanList), [pools.data]);
  const [poolId, setPoolId] = useState<string | null>(null);
  const pool = listable.find((p) => p.id === poolId) ?? listable[0] ?? null;
  useEffect(() => { if (!poolId && listable[0]) setPoolId(listable[0].id); }, [listable, poolId]);

  const [dialog, setDialog] = useState<'assign' | 'move' | 'rules' | null>(null);
  const mayClaim = !!pool?.viewerCanClaim;
  const mayAssign = can(me, 'pool:assign');
  const mayMove = !!pool?.viewerCanAdminister && listable.length > 1;
  const quota = useQuery(CLAIM_QUOTA_QUERY, can(me, 'pool:claim') ? {} : null);
  const settings = useQuery(POOL_SETTINGS_QUERY, dialog === 'rules' ? {} : null);
  const variables = useMemo(() => (pool ? { poolId: pool.id } : null), [pool]);
  const list = useRecordList({ document: POOL_CUSTOMERS_QUERY, connection: (d) => d.poolCustomers, variables });
  const columns = useMemo(() => poolColumns(t), [t]);
  const selected = list.selected.map((r) => r.id);

  const refresh = () => { list.refresh(); void pools.mutate(); void quota.mutate(); };
  const done = (text: string) => { setDialog(null); message.success(text); refresh(); };
  const claim = () => modal.confirm({
    title: t('pool.claimConfirm', { count: selected.length }), okText: t('pool.action.claim'), cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'),
    onOk: async () => {
      try {
        await gql(CLAIM_CUSTOMERS, { ids: selected });
        message.success(t('pool.claimed', { count: selected.length }));
      } catch (e) {
        message.error(poolErrorMessage(t, e));
      }
      refresh();
    },
  });

  if (pools.error) return <Typography.Text type="danger" role="alert">{errorMessage(t, pools.error)}</Typography.Text>;
  if (!pools.isLoading && !listable.length) return <Card><Empty description={t('pool.none')} /></Card>;

  return (
    <>
      <RecordList<PoolCustomerRow>
        module="pool"
        testId="pool-view"
        list={list}
        title={t('pool.title')}
        toolbar={pool && <Button icon={<SettingOutlined />} onClick={() => setDialog('rules')} data-testid="pool-rules-open">{t('pool.rulesButton')}</Button>}
        notice={pool && (
          <Card size="small">
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              <div style={{ overflowX: 'auto' }}>
                <Segmented
                  value={pool.id} onChange={(v) => { setPoolId(String(v)); list.setSelected([]); }} data-testid="pool-choose"
                  options={listable.map((p) => ({ value: p.id, label: `${p.name}${p.customerCount !== null ? `（${p.customerCount}）` : ''}` }))}
                />
              </div>
              <Typography.Text type="secondary">{pool.recycleEnabled ? t('pool.rulesOn', { days: pool.warnDays }) : t('pool.rulesOff')}</Typography.Text>
              {quota.data && <QuotaLine quota={quota.data.poolClaimQuota} />}
            </Space>
          </Card>
        )}
        filters={[
          { name: 'keyword', kind: 'search', label: t('pool.filter.keyword'), primary: true },
          { name: 'reason', kind: 'select', label: t('pool.filter.reason'), primary: true, options: POOL_REASONS.map((r) => ({ value: r, label: reasonLabel(t, r) })) },
          { name: 'level', kind: 'select', label: t('pool.filter.level'), options: CUSTOMER_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) })) },
        ]}
        columns={columns}
        card={poolCard(t)}
        rowTestId={(row) => `pool-row-${row.code}`}
        selection={mayClaim || mayAssign || mayMove ? { label: (row) => row.code } : undefined}
        batch={() => (
          <>
            {mayClaim && <Button size="small" type="primary" icon={<ImportOutlined />} onClick={claim} data-testid="pool-claim">{t('pool.action.claim')}</Button>}
            {mayAssign && <Button size="small" icon={<SendOutlined />} onClick={() => setDialog('assign')} data-testid="pool-assign">{t('pool.action.assign')}</Button>}
            {mayMove && <Button size="small" icon={<SwapOutlined />} onClick={() => setDialog('move')} data-testid="pool-move">{t('pool.action.move')}</Button>}
          </>
        )}
        scrollX={1300}
      />
      {pool && (
        <>
          <AssignModal ids={selected} open={dialog === 'assign'} onClose={() => setDialog(null)} onDone={(count) => done(t('pool.assigned', { count }))} />
          <MoveModal ids={selected} from={pool.id} pools={pools.data?.pools ?? []} open={dialog === 'move'} onClose={() => setDialog(null)} onDone={(count) => done(t('pool.moved', { count }))} />
          <Drawer open={dialog === 'rules'} onClose={() => setDialog(null)} title={`${pool.name} · ${t('poolRules.recycle')}`} size={screens.md ? 720 : '100%'} destroyOnHidden>
            <PoolRulesForm pool={pool} opportunityChecks={settings.data?.poolSettings.opportunityChecksAvailable} onSaved={() => { void pools.mutate(); }} />
          </Drawer>
        </>
      )}
    </>
  );
}
