'use client';
// 首页 / 仪表盘 (SPEC 5.1, seed 001): 销售简报, 业绩目标, 销售漏斗, 销售趋势 and 排行榜 for a period and for everyone
// the viewer may see, one department or one person (切换). Users without customer data go to their first menu entry.
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, Flex, Result, Skeleton, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { canRead, useMe } from '@/app/_lib/me';
import { homePath } from '../_components/navigation';
import { DASHBOARD_QUERY, SCOPE_QUERY, type KpiMetric } from '../_insight/insight.api';
import { InsightFilters } from '../_insight/insight-filters';
import { apiFilter, useInsightFilter } from '../_insight/use-insight-filter';
import { BriefCards } from './brief-cards';
import { KpiSection } from './kpi-section';
import { FunnelSection } from './funnel-section';
import { TrendSection } from './trend-section';
import { RankingSection } from './ranking-section';

export function DashboardView() {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const hasDashboard = canRead(me, 'customer');
  useEffect(() => {
    if (!hasDashboard) router.replace(homePath(me));
  }, [hasDashboard, me, router]);
  const { filter, setFilter } = useInsightFilter();
  const [metric, setMetric] = useState<KpiMetric>('CONTRACT_AMOUNT');
  const scope = useQuery(SCOPE_QUERY, hasDashboard ? {} : null);
  const { data, error, isLoading } = useQuery(DASHBOARD_QUERY, hasDashboard ? { filter: apiFilter(filter), metric } : null, { keepPreviousData: true });
  if (!hasDashboard) return <Skeleton active />;
  const d = data?.dashboard;
  const who = d?.selection.person?.name ?? d?.selection.department?.name ?? t('insight.everyone');
  return (
    <Flex vertical gap={12} data-testid="dashboard">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('insight.dashboard')}</Typography.Title>
        {d && <Typography.Text type="secondary" data-testid="dashboard-subject">{who} · {d.period.from} ~ {d.period.to}</Typography.Text>}
      </Flex>
      <InsightFilters value={filter} onChange={setFilter} scope={scope.data?.insightScope} />
      {error && (error.code === 'BAD_USER_INPUT'
        ? <Alert type="warning" showIcon message={errorMessage(t, error)} action={<a onClick={() => setFilter({ departmentId: undefined, userId: undefined, preset: 'THIS_MONTH' })}>{t('insight.reset')}</a>} />
        : <Result status="error" title={errorMessage(t, error)} />)}
      {isLoading && !d && <Skeleton active paragraph={{ rows: 10 }} />}
      {d && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>{t('insight.brief.title')}</Typography.Title>
          <BriefCards current={d.brief.current} previous={d.brief.previous} filter={apiFilter(filter)} />
          <KpiSection kpi={d.kpi} canSetTargets={!!scope.data?.insightScope.canSetTargets} />
          <FunnelSection funnel={d.funnel} />
          <RankingSection ranking={d.ranking} metric={metric} onMetric={setMetric} />
          <TrendSection trend={d.trend} />
        </>
      )}
    </Flex>
  );
}
