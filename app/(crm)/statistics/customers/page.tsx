'use client';
// 客户分析: customers by level, type, source, industry and region, and new customers per month.
import { useState } from 'react';
import { Card, Col, Row, Segmented, Statistic } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useDictionaryLabel } from '@/app/_lib/dictionaries';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { graphql } from '@/app/_lib/gql';
import { Chart } from '../../_insight/chart';
import { formatMonth } from '../../_insight/format';
import { ReportFrame } from '../_components/report-frame';
import { BreakdownCard } from '../_components/breakdown-card';

const QUERY = graphql(`query CustomerReport($filter: InsightFilter, $basis: CustomerBasis) { statistics(filter: $filter) { customers(basis: $basis) {
  total byLevel { key count } byType { key count } bySource { key count } byIndustry { key count } byRegion { key count } newByMonth { month count } } } }`);

export default function CustomerReportPage() {
  const { t, locale } = useI18n();
  const option = useDictionaryLabel();
  const [basis, setBasis] = useState<'CREATED_IN_PERIOD' | 'ALL_OWNED'>('CREATED_IN_PERIOD');
  return (
    <ReportFrame title={t('statistics.customers.title')} report="CUSTOMERS" query={QUERY} variables={{ basis }} exportOptions={{ basis }}
      extra={<Segmented value={basis} onChange={(v) => setBasis(v as typeof basis)} data-testid="customers-basis"
        options={[{ value: 'CREATED_IN_PERIOD', label: t('statistics.customers.created') }, { value: 'ALL_OWNED', label: t('statistics.customers.owned') }]} />}>
      {({ customers: r }) => (
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}><Card size="small"><Statistic title={t(basis === 'ALL_OWNED' ? 'statistics.customers.owned' : 'statistics.customers.created')} value={r.total} /></Card></Col>
          <Col xs={24} md={16}>
            <Card size="small" title={t('statistics.customers.perMonth')}>
              <Chart height={160} option={{ tooltip: { trigger: 'axis' }, grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
                xAxis: { type: 'category', data: r.newByMonth.map((m) => formatMonth(m.month, locale)) }, yAxis: { type: 'value', minInterval: 1 },
                series: [{ type: 'bar', data: r.newByMonth.map((m) => m.count) }] }} />
            </Card>
          </Col>
          <Col xs={24} xl={12}><BreakdownCard title={t('statistics.customers.level')} rows={r.byLevel} label={(k) => t(`compliance.level.${k}` as MessageKey)} testId="customers-level" /></Col>
          <Col xs={24} xl={12}><BreakdownCard title={t('statistics.customers.type')} rows={r.byType} label={(k) => t(`statistics.type.${k}` as MessageKey)} /></Col>
          <Col xs={24} xl={12}><BreakdownCard title={t('statistics.customers.source')} rows={r.bySource} label={(k) => option('customer_source', k) ?? k} /></Col>
          <Col xs={24} xl={12}><BreakdownCard title={t('statistics.customers.industry')} rows={r.byIndustry} label={(k) => option('industry', k) ?? k} /></Col>
          <Col xs={24} xl={12}><BreakdownCard title={t('statistics.customers.region')} rows={r.byRegion} label={(k) => option('region', k) ?? k} /></Col>
        </Row>
      )}
    </ReportFrame>
  );
}
