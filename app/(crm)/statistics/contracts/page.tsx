'use client';
// 合同回款: planned against received per month, the plans overdue now, and per person contracts, received, outstanding.
import Link from 'next/link';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { graphql } from '@/app/_lib/gql';
import { Chart } from '../../_insight/chart';
import { formatMoney, formatMonth } from '../../_insight/format';
import { ReportFrame } from '../_components/report-frame';

const QUERY = graphql(`query ContractReport($filter: InsightFilter) { statistics(filter: $filter) { contracts {
  contracts amount received overdueTotal months { month planned received }
  overduePlans { planId contractId contractCode contractTitle term plannedDate planned received outstanding owner { ...InsightPersonFields } }
  byPerson { person { ...InsightPersonFields } contracts amount received outstanding } } } }`);

export default function ContractReportPage() {
  const { t, locale } = useI18n();
  return (
    <ReportFrame title={t('statistics.contracts.title')} report="CONTRACTS" query={QUERY}>
      {({ contracts: r }) => (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}><Card size="small"><Statistic title={t('statistics.contracts.count')} value={r.contracts} /></Card></Col>
          <Col xs={12} md={6}><Card size="small"><Statistic title={t('statistics.contracts.amount')} value={formatMoney(r.amount)} /></Card></Col>
          <Col xs={12} md={6}><Card size="small"><Statistic title={t('statistics.contracts.received')} value={formatMoney(r.received)} /></Card></Col>
          <Col xs={12} md={6}><Card size="small"><Statistic title={t('statistics.contracts.overdue')} value={formatMoney(r.overdueTotal)} valueStyle={{ color: Number(r.overdueTotal) > 0 ? '#cf1322' : undefined }} /></Card></Col>
          <Col xs={24}>
            <Card size="small" title={t('statistics.contracts.plannedVsReceived')}>
              <Chart height={260} option={{ tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 8, right: 8, top: 8, bottom: 36, containLabel: true },
                xAxis: { type: 'category', data: r.months.map((m) => formatMonth(m.month, locale)) }, yAxis: { type: 'value' },
                series: [{ name: t('statistics.contracts.planned'), type: 'bar', data: r.months.map((m) => Number(m.planned)) }, { name: t('statistics.contracts.received'), type: 'bar', data: r.months.map((m) => Number(m.received)) }] }} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('statistics.contracts.byPerson')}>
              <Table size="small" rowKey={(p) => p.person.id} dataSource={r.byPerson} pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }} scroll={{ x: 'max-content' }}
                columns={[{ title: t('insight.person'), key: 'p', render: (_, p) => p.person.name }, { title: t('statistics.contracts.count'), dataIndex: 'contracts', align: 'right' },
                  { title: t('statistics.contracts.amount'), key: 'a', align: 'right', render: (_, p) => formatMoney(p.amount) },
                  { title: t('statistics.contracts.received'), key: 'r', align: 'right', render: (_, p) => formatMoney(p.received) },
                  { title: t('statistics.contracts.outstanding'), key: 'o', align: 'right', render: (_, p) => formatMoney(p.outstanding) }]} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('statistics.contracts.overduePlans')} data-testid="contracts-overdue">
              <Table size="small" rowKey="planId" dataSource={r.overduePlans} pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }} scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('statistics.contracts.noOverdue') }}
                columns={[{ title: t('insight.records.contract'), key: 'c', render: (_, p) => <Link href={`/contracts/${p.contractId}`}>{p.contractTitle}</Link> },
                  { title: t('statistics.contracts.term'), dataIndex: 'term', align: 'right' }, { title: t('statistics.contracts.plannedDate'), dataIndex: 'plannedDate' },
                  { title: t('statistics.contracts.outstanding'), key: 'o', align: 'right', render: (_, p) => formatMoney(p.outstanding) },
                  { title: t('insight.records.owner'), key: 'w', render: (_, p) => p.owner?.name ?? '—' }]} />
            </Card>
          </Col>
        </Row>
      )}
    </ReportFrame>
  );
}
