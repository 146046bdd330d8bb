'use client';
// One breakdown as a chart (pie for a few groups, bars for many) and a table, with the "not filled in" group named.
import { Card, Col, Empty, Row, Table } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { Chart } from '../../_insight/chart';
import { formatMoney } from '../../_insight/format';

export interface Breakdown { key: string | null; count: number; amount?: string | null; extra?: number | null }

export function BreakdownCard({ title, rows, label, testId, extraTitle }: { title: string; rows: Breakdown[]; label?: (key: string) => string; testId?: string; extraTitle?: string }) {
  const { t } = useI18n();
  const name = (key: string | null) => (key === null ? t('statistics.notFilled') : label ? label(key) : key);
  const pie = rows.length <= 8;
  const option = pie
    ? { tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b} {d}%' }, data: rows.map((r) => ({ name: name(r.key), value: r.count })) }] }
    : { tooltip: { trigger: 'axis' }, grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true }, xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.slice(0, 15).map((r) => name(r.key)) }, series: [{ type: 'bar', data: rows.slice(0, 15).map((r) => r.count) }] };
  const hasAmount = rows.some((r) => r.amount);
  const hasExtra = rows.some((r) => r.extra !== undefined && r.extra !== null);
  return (
    <Card size="small" title={title} data-testid={testId}>
      {!rows.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statistics.empty')} /> : (
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}><Chart option={option} height={240} /></Col>
          <Col xs={24} md={12}>
            <Table
              size="small" rowKey={(r) => r.key ?? '∅'} dataSource={rows} pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
              columns={[
                { title: title, key: 'key', render: (_, r) => name(r.key) },
                { title: t('statistics.count'), dataIndex: 'count', align: 'right' },
                ...(hasExtra ? [{ title: extraTitle ?? '', key: 'extra', align: 'right' as const, render: (_: unknown, r: Breakdown) => r.extra ?? 0 }] : []),
                ...(hasAmount ? [{ title: t('statistics.amount'), key: 'amount', align: 'right' as const, render: (_: unknown, r: Breakdown) => formatMoney(r.amount ?? '0') }] : []),
              ]}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
