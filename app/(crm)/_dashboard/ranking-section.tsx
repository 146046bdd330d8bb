'use client';
// 排行榜: the selected people and the departments one level below, ranked by the chosen metric over the period.
import { Card, Col, Empty, Row, Segmented, Table, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { KPI_METRICS, type KpiMetric, type Ranking } from '../_insight/insight.api';
import { metricValue } from './kpi-section';

const TOP = 10;

export function RankingSection({ ranking, metric, onMetric }: { ranking: Ranking; metric: KpiMetric; onMetric: (m: KpiMetric) => void }) {
  const { t } = useI18n();
  const people = ranking.people.slice(0, TOP);
  return (
    <Card title={t('insight.ranking.title')} size="small" data-testid="ranking"
      extra={<Segmented size="small" value={metric} onChange={(m) => onMetric(m as KpiMetric)} data-testid="ranking-metric"
        options={KPI_METRICS.map((m) => ({ value: m, label: t(`insight.metricShort.${m}` as MessageKey) }))} />}>
      {ranking.people.length <= 1 && !ranking.departments.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insight.ranking.alone')} />
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={ranking.departments.length ? 14 : 24}>
            <Typography.Text strong>{t('insight.ranking.people')}</Typography.Text>
            <Table
              size="small" rowKey={(r) => r.person.id} dataSource={people} pagination={false} data-testid="ranking-people"
              columns={[
                { title: '#', dataIndex: 'rank', width: 48 },
                { title: t('insight.person'), key: 'name', render: (_, r) => r.person.name },
                { title: t('insight.ranking.department'), key: 'dept', responsive: ['sm'], render: (_, r) => r.person.departmentName ?? '—' },
                { title: t(`insight.metric.${metric}` as MessageKey), key: 'value', align: 'right', render: (_, r) => metricValue(metric, r.value) },
              ]}
            />
          </Col>
          {ranking.departments.length > 0 && (
            <Col xs={24} lg={10}>
              <Typography.Text strong>{t('insight.ranking.departments')}</Typography.Text>
              <Table
                size="small" rowKey={(r) => r.department.id} dataSource={ranking.departments} pagination={false} data-testid="ranking-departments"
                columns={[
                  { title: '#', dataIndex: 'rank', width: 48 },
                  { title: t('insight.ranking.department'), key: 'name', render: (_, r) => r.department.name },
                  { title: t(`insight.metric.${metric}` as MessageKey), key: 'value', align: 'right', render: (_, r) => metricValue(metric, r.value) },
                ]}
              />
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
