'use client';
// 跟进统计: follow-ups by method and by person, with the substantive share.
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { graphql } from '@/app/_lib/gql';
import { Chart } from '../../_insight/chart';
import { formatPercent } from '../../_insight/format';
import { ReportFrame } from '../_components/report-frame';
import { BreakdownCard } from '../_components/breakdown-card';

const QUERY = graphql(`query FollowUpReport($filter: InsightFilter) { statistics(filter: $filter) { followUps {
  total substantive byMethod { key count extra } byPerson { person { ...InsightPersonFields } count substantive } } } }`);

export default function FollowUpReportPage() {
  const { t } = useI18n();
  return (
    <ReportFrame title={t('statistics.followUps.title')} report="FOLLOW_UPS" query={QUERY}>
      {({ followUps: r }) => {
        const people = r.byPerson.filter((p) => p.count > 0).slice(0, 20);
        return (
          <Row gutter={[12, 12]}>
            <Col xs={8}><Card size="small"><Statistic title={t('statistics.followUps.total')} value={r.total} /></Card></Col>
            <Col xs={8}><Card size="small"><Statistic title={t('statistics.followUps.substantive')} value={r.substantive} /></Card></Col>
            <Col xs={8}><Card size="small"><Statistic title={t('statistics.followUps.share')} value={formatPercent(r.total ? r.substantive / r.total : null)} /></Card></Col>
            <Col xs={24} xl={10}><BreakdownCard title={t('statistics.followUps.method')} rows={r.byMethod} label={(k) => t(`statistics.method.${k}` as MessageKey)} extraTitle={t('statistics.followUps.substantive')} /></Col>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('statistics.followUps.byPerson')} data-testid="followups-people">
                {people.length > 0 && (
                  <Chart height={Math.max(160, people.length * 26)} option={{ tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 8, right: 8, top: 8, bottom: 32, containLabel: true },
                    xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', inverse: true, data: people.map((p) => p.person.name) },
                    series: [{ name: t('statistics.followUps.total'), type: 'bar', data: people.map((p) => p.count) }, { name: t('statistics.followUps.substantive'), type: 'bar', data: people.map((p) => p.substantive) }] }} />
                )}
                <Table size="small" rowKey={(p) => p.person.id} dataSource={r.byPerson} pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }} scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('insight.person'), key: 'name', render: (_, p) => p.person.name },
                    { title: t('statistics.followUps.total'), dataIndex: 'count', align: 'right' },
                    { title: t('statistics.followUps.substantive'), dataIndex: 'substantive', align: 'right' },
                    { title: t('statistics.followUps.share'), key: 'share', align: 'right', render: (_, p) => formatPercent(p.count ? p.substantive / p.count : null) },
                  ]} />
              </Card>
            </Col>
          </Row>
        );
      }}
    </ReportFrame>
  );
}
