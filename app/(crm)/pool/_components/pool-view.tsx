'use client';
// The pool view: choose a pool, see why, when and from whom each customer entered, and — as permitted —
// claim selected customers, assign them to a colleague, or move them to another pool. Rules in a drawer.
import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { App, Button, Card, Drawer, Empty, Flex, Grid, Input, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ImportOutlined, SendOutlined, SettingOutlined, SwapOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { LEVEL_COLORS, levelLabel, testId } from '@/app/_lib/labels';
import { can, useMe } from '@/app/_lib/me';
import { CUSTOMER_LEVELS, type Connection, type CustomerLevel } from '@/app/_lib/api/customers';
import {
  CLAIM_CUSTOMERS, CLAIM_QUOTA_QUERY, POOLS_QUERY, POOL_CUSTOMERS_QUERY, POOL_REASONS, POOL_SETTINGS_QUERY,
  type ClaimQuota, type PoolCustomerFilter, type PoolCustomerRow, type PoolReason, type PoolSettings, type PoolSummary,
} from '@/app/_lib/api/pool';
import { AssignModal } from './assign-modal';
import { MoveModal } from './move-modal';
import { PoolRulesForm } from './pool-rules-form';
import { REASON_COLORS, poolErrorMessage, reasonLabel } from './pool-ui';

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

export function PoolView() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const pools = useQuery<{ pools: PoolSummary[] }>(POOLS_QUERY);
  const listable = useMemo(() => (pools.data?.pools ?? []).filter((p) => p.viewerCanList), [pools.data]);
  const [poolId, setPoolId] = useState<string | null>(null);
  const pool = listable.find((p) => p.id === poolId) ?? listable[0] ?? null;
  useEffect(() => { if (!poolId && listable[0]) setPoolId(listable[0].id); }, [listable, poolId]);

  const [filter, setFilter] = useState<PoolCustomerFilter>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);
  const [moving, setMoving] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const mayClaim = !!pool?.viewerCanClaim;
  const mayAssign = can(me, 'pool:assign');
  const mayMove = !!pool?.viewerCanAdminister && listable.length > 1;
  const quota = useQuery<{ poolClaimQuota: ClaimQuota }>(CLAIM_QUOTA_QUERY, can(me, 'pool:claim') ? {} : null);
  const settings = useQuery<{ poolSettings: PoolSettings }>(POOL_SETTINGS_QUERY, rulesOpen ? {} : null);
  const list = useQuery<{ poolCustomers: Connection<PoolCustomerRow> }>(POOL_CUSTOMERS_QUERY, pool ? {
    poolId: pool.id, filter, first: page.pageSize, offset: (page.current - 1) * page.pageSize,
  } : null, { keepPreviousData: true });

  const refresh = () => { setSelected([]); void list.mutate(); void pools.mutate(); void quota.mutate(); };
  const choose = (id: string) => { setPoolId(id); setSelected([]); setPage((p) => ({ ...p, current: 1 })); };
  const changeFilter = (patch: PoolCustomerFilter) => { setFilter((f) => ({ ...f, ...patch })); setSelected([]); setPage((p) => ({ ...p, current: 1 })); };

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
  const columns: ColumnsType<PoolCustomerRow> = [
    { title: t('pool.field.code'), dataIndex: 'code', width: 150, fixed: screens.md ? 'left' : undefined, render: (code: string, row) => <Link href={`/customers/${row.id}`}>{code}</Link> },
    { title: t('pool.field.name'), dataIndex: 'name', width: 220, ellipsis: true, render: (name: string, row) => <Link href={`/customers/${row.id}`} data-testid={`pool-customer-${row.code}`}>{name}</Link> },
    { title: t('pool.field.level'), dataIndex: 'level', width: 90, render: (level: CustomerLevel) => <Tag color={LEVEL_COLORS[level]}>{levelLabel(t, level)}</Tag> },
    { title: t('pool.field.reason'), dataIndex: 'poolReason', width: 130, render: (reason: PoolReason | null) => (reason ? <Tag color={REASON_COLORS[reason]}>{reasonLabel(t, reason)}</Tag> : t('common.none')) },
    { title: t('pool.field.note'), dataIndex: 'poolNote', width: 220, ellipsis: { showTitle: false }, render: (note: string | null) => (note ? <Tooltip title={note}>{note}</Tooltip> : t('common.none')) },
    { title: t('pool.field.enteredAt'), dataIndex: 'poolEnteredAt', width: 150, render: (at: string | null) => formatDateTime(at) },
    { title: t('pool.field.previousOwner'), dataIndex: 'previousOwner', width: 110, render: (u: PoolCustomerRow['previousOwner']) => u?.name ?? t('common.none') },
    { title: t('pool.field.region'), dataIndex: 'region', width: 100, render: (v: string | null) => v ?? t('common.none') },
    { title: t('pool.field.industry'), dataIndex: 'industry', width: 120, render: (v: string | null) => v ?? t('common.none') },
  ];
  // On a phone one column tells the whole story: name and code, then why, when and from whom.
  const compact: ColumnsType<PoolCustomerRow> = [{
    title: t('pool.field.name'), key: 'customer', render: (_, row) => (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Link href={`/customers/${row.id}`} data-testid={`pool-customer-${row.code}`}>{row.name}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.code} · {levelLabel(t, row.level)}</Typography.Text>
        <Space size={4} wrap>
          {row.poolReason && <Tag color={REASON_COLORS[row.poolReason]} style={{ marginInlineEnd: 0 }}>{reasonLabel(t, row.poolReason)}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(row.poolEnteredAt)}{row.previousOwner ? ` · ${row.previousOwner.name}` : ''}</Typography.Text>
        </Space>
        {row.poolNote && <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: row.poolNote }}>{row.poolNote}</Typography.Text>}
      </Space>
    ),
  }];
  const selectable = mayClaim || mayAssign || mayMove;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="pool-view">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('pool.title')}</Typography.Title>
        {pool && <Button icon={<SettingOutlined />} onClick={() => setRulesOpen(true)} data-testid="pool-rules-open">{t('pool.rulesButton')}</Button>}
      </Flex>
      {!pools.isLoading && !listable.length && <Card><Empty description={t('pool.none')} /></Card>}
      {pool && (
        <>
          <Card size="small">
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              <div style={{ overflowX: 'auto' }}>
                <Segmented
                  value={pool.id} onChange={(v) => choose(String(v))} data-testid="pool-choose"
                  options={listable.map((p) => ({ value: p.id, label: `${p.name}${p.customerCount !== null ? `（${p.customerCount}）` : ''}` }))}
                />
              </div>
              <Typography.Text type="secondary">
                {pool.recycleEnabled ? t('pool.rulesOn', { days: pool.warnDays }) : t('pool.rulesOff')}
              </Typography.Text>
              {quota.data && <QuotaLine quota={quota.data.poolClaimQuota} />}
              <Flex gap={8} wrap>
                <Input.Search allowClear placeholder={t('pool.filter.keyword')} style={{ width: screens.md ? 280 : '100%' }} onSearch={(v) => changeFilter({ keyword: v.trim() || undefined })} data-testid="pool-filter-keyword" />
                <Select allowClear placeholder={t('pool.filter.reason')} style={{ width: screens.md ? 160 : 'calc(50% - 4px)' }} onChange={(v?: PoolReason) => changeFilter({ reason: v })}
                  options={POOL_REASONS.map((r) => ({ value: r, label: reasonLabel(t, r) }))} data-testid="pool-filter-reason" />
                <Select allowClear placeholder={t('pool.filter.level')} style={{ width: screens.md ? 140 : 'calc(50% - 4px)' }} onChange={(v?: CustomerLevel) => changeFilter({ level: v })}
                  options={CUSTOMER_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
              </Flex>
            </Space>
          </Card>
          <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
            {selected.length > 0 && (
              <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }} data-testid="pool-batch-bar">
                <Typography.Text strong>{t('common.selected', { count: selected.length })}</Typography.Text>
                {mayClaim && <Button size="small" type="primary" icon={<ImportOutlined />} onClick={claim} data-testid="pool-claim">{t('pool.action.claim')}</Button>}
                {mayAssign && <Button size="small" icon={<SendOutlined />} onClick={() => setAssigning(true)} data-testid="pool-assign">{t('pool.action.assign')}</Button>}
                {mayMove && <Button size="small" icon={<SwapOutlined />} onClick={() => setMoving(true)} data-testid="pool-move">{t('pool.action.move')}</Button>}
                <Button size="small" type="link" onClick={() => setSelected([])}>{t('action.clearSelection')}</Button>
              </Flex>
            )}
            {list.error && <Typography.Text type="danger" role="alert">{errorMessage(t, list.error)}</Typography.Text>}
            <Table<PoolCustomerRow>
              rowKey="id" size={screens.md ? 'middle' : 'small'} loading={list.isLoading}
              dataSource={list.data?.poolCustomers.nodes ?? []} columns={screens.md ? columns : compact} scroll={screens.md ? { x: 1300 } : undefined}
              onRow={(row) => ({ 'data-testid': `pool-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
              rowSelection={selectable ? {
                selectedRowKeys: selected, preserveSelectedRowKeys: true, onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (row) => ({ 'aria-label': row.code }) as object,
              } : undefined}
              pagination={{
                current: page.current, pageSize: page.pageSize, total: list.data?.poolCustomers.totalCount ?? 0,
                showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], simple: !screens.md, showTotal: (total) => t('common.total', { total }),
                onChange: (current, pageSize) => setPage({ current, pageSize }),
              }}
            />
          </Card>
          <AssignModal ids={selected} open={assigning} onClose={() => setAssigning(false)}
            onDone={(count) => { setAssigning(false); message.success(t('pool.assigned', { count })); refresh(); }} />
          <MoveModal ids={selected} from={pool.id} pools={pools.data?.pools ?? []} open={moving} onClose={() => setMoving(false)}
            onDone={(count) => { setMoving(false); message.success(t('pool.moved', { count })); refresh(); }} />
          <Drawer open={rulesOpen} onClose={() => setRulesOpen(false)} title={`${pool.name} · ${t('poolRules.recycle')}`} size={screens.md ? 720 : '100%'} destroyOnHidden>
            <PoolRulesForm pool={pool} opportunityChecks={settings.data?.poolSettings.opportunityChecksAvailable} onSaved={() => { void pools.mutate(); }} />
          </Drawer>
        </>
      )}
    </Space>
  );
}
