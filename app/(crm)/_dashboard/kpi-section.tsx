'use client';
// 业绩目标: target / actual / completion of the four metrics over the whole months of the period, and the people of
// the selection ranked by completion. Without targets it says who sets them and where.
import Link from 'next/link';
import { Button, Card, Col, Empty, Flex, Progress, Row, Table, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { KPI_METRICS, MONEY_METRICS, type Dashboard, type KpiFigure, type KpiMetric } from '../_insight/insight.api';
import { formatCount, formatMoney, formatMonth, formatPercent } from '../_insight/format';

export const metricValue = (metric: KpiMetric, value: string | null) => (value === null ? '—' : MONEY_METRICS.has(metric) ? formatMoney(value) : formatCount(value));
const percent = (f: KpiFigure | undefined) => (f?.completion === null || f?.completion === undefined ? 0 : Math.min(100, Math.round(f.completion * 100)));

export function KpiSection({ kpi, canSetTargets }: { kpi: Dashboard['kpi']; canSetTargets: boolean }) {
  const { t, locale } = useI18n();
  const months = kpi.months.length === 1 ? formatMonth(kpi.months[0], locale) : `${formatMonth(kpi.months[0], locale)} – ${formatMonth(kpi.months[kpi.months.length - 1], locale)}`;
  const hasTargets = kpi.figures.some((f) => f.target !== null);
  const figure = (list: KpiFigure[], metric: KpiMetric) => list.find((f) => f.metric === metric);
  return (
    <Card title={t('insight.kpi.title')} extra={<Typography.Text type="secondary">{months}</Typography.Text>} size="small" data-testid="kpi">
      {!hasTargets && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(canSetTargets ? 'insight.kpi.noTargetsSet' : 'insight.kpi.noTargets')} style={{ marginBottom: 12 }}>
          {canSetTargets && <Link href="/statistics/targets"><Button type="primary" size="small" data-testid="kpi-set-targets">{t('insight.kpi.setTargets')}</Button></Link>}
        </Empty>
      )}
      <Row gutter={[12, 12]}>
        {KPI_METRICS.map((metric) => {
          const f = figure(kpi.figures, metric)!;
          return (
            <Col key={metric} xs={12} lg={6}>
              <Flex vertical align="center" gap={4} data-testid={`kpi-${metric}`}>
                <Progress type="dashboard" percent={percent(f)} size={96} format={() => formatPercent(f.completion)} status={f.completion !== null && f.completion >= 1 ? 'success' : 'normal'} />
                <Typography.Text strong>{t(`insight.metric.${metric}` as MessageKey)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
                  {t('insight.kpi.actualOfTarget', { actual: metricValue(metric, f.actual), target: metricValue(metric, f.target) })}
                </Typography.Text>
              </Flex>
            </Col>
          );
        })}
      </Row>
      {kpi.people.length > 1 && (
        <Table
          size="small" style={{ marginTop: 12 }} rowKey={(r) => r.person.id} dataSource={kpi.people} pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }} data-testid="kpi-people"
          columns={[
            { title: t('insight.person'), key: 'person', fixed: 'left', render: (_, r) => r.person.name },
            ...KPI_METRICS.map((metric) => ({
              title: t(`insight.metric.${metric}` as MessageKey), key: metric,
              render: (_: unknown, r: Dashboard['kpi']['people'][number]) => {
                const f = figure(r.figures, metric)!;
                return <span>{metricValue(metric, f.actual)}<Typography.Text type="secondary"> / {metricValue(metric, f.target)} · {formatPercent(f.completion)}</Typography.Text></span>;
              },
            })),
          ]}
        />
      )}
    </Card>
  );
}
