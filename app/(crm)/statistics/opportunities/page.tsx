'use client';
// 商机分析: opportunities created in the period by stage and category, won and lost with reasons, and the monthly
// count of leads, mid-term and short-term opportunities without counting one twice (seed 002 §4.1).
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { graphql } from '@/app/_lib/gql';
import { Chart } from '../../_insight/chart';
import { formatMoney, formatMonth } from '../../_insight/format';
import { ReportFrame } from '../_components/report-frame';
import { BreakdownCard } from '../_components/breakdown-card';

const QUERY = graphql(`query OpportunityReport($filter: InsightFilter) { statistics(filter: $filter) { opportunities {
  created byStage { stage { sort name } count amount } byCategory { key count amount } won { count amount } lost { count amount }
  lossReasons { key count amount } monthly { month longTerm midTerm shortTerm won lost } } } }`);
const SERIES = ['longTerm', 'midTerm', 'shortTerm', 'won', 'lost'] as const;
const CATEGORY: Record<(typeof SERIES)[number], string> = { longTerm: 'LONG_TERM', midTerm: 'MID_TERM', shortTerm: 'SHORT_TERM', won: 'WON', lost: 'LOST' };

export default function OpportunityReportPage() {
  const { t, locale } = useI18n();
  const cat = (k: string) => t(`insight.category.${k}` as MessageKey);
  return (
    <ReportFrame title={t('statistics.opportunities.title')} report="OPPORTUNITIES" query={QUERY}>
      {({ opportunities: r }) => (
        <Row gutter={[12, 12]}>
          <Col xs={8}><Card size="small"><Statistic title={t('statistics.opportunities.created')} value={r.created} /></Card></Col>
          <Col xs={8}><Card size="small"><Statistic title={cat('WON')} value={r.won.count} suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatMoney(r.won.amount)}</Typography.Text>} /></Card></Col>
          <Col xs={8}><Card size="small"><Statistic title={cat('LOST')} value={r.lost.count} suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatMoney(r.lost.amount)}</Typography.Text>} /></Card></Col>
          <Col xs={24}>
            <Card size="small" title={t('statistics.opportunities.monthly')} data-testid="opportunities-monthly">
              <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t('statistics.opportunities.monthlyHint')}</Typography.Paragraph>
              <Chart height={260} option={{ tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 8, right: 8, top: 8, bottom: 36, containLabel: true },
                xAxis: { type: 'category', data: r.monthly.map((m) => formatMonth(m.month, locale)) }, yAxis: { type: 'value', minInterval: 1 },
                series: SERIES.map((s) => ({ name: cat(CATEGORY[s]), type: 'bar', stack: 'all', data: r.monthly.map((m) => m[s]) })) }} />
              <Table size="small" rowKey="month" dataSource={r.monthly} pagination={false} scroll={{ x: 'max-content' }}
                columns={[{ title: t('statistics.month'), key: 'month', render: (_, m) => formatMonth(m.month, locale) },
                  ...SERIES.map((s) => ({ title: cat(CATEGORY[s]), dataIndex: s, align: 'right' as const }))]} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('statistics.opportunities.stage')}>
              <Table size="small" rowKey={(s) => String(s.stage?.sort)} dataSource={r.byStage} pagination={false}
                columns={[{ title: t('insight.funnel.stage'), key: 'stage', render: (_, s) => (s.stage ? `${s.stage.sort} ${s.stage.name}` : '—') },
                  { title: t('statistics.count'), dataIndex: 'count', align: 'right' }, { title: t('statistics.amount'), key: 'amount', align: 'right', render: (_, s) => formatMoney(s.amount) }]} />
            </Card>
          </Col>
          <Col xs={24} xl={12}><BreakdownCard title={t('statistics.opportunities.category')} rows={r.byCategory} label={cat} /></Col>
          <Col xs={24}><BreakdownCard title={t('statistics.opportunities.lossReasons')} rows={r.lossReasons} /></Col>
        </Row>
      )}
    </ReportFrame>
  );
}
