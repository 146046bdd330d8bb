'use client';
// 销售漏斗: open opportunities by stage (a funnel of amounts, with counts and weighted amounts), by category, the
// conversion from stage to stage of the period's new opportunities, and won / lost in the period apart.
import Link from 'next/link';
import { Button, Card, Col, Descriptions, Empty, Row, Table, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import type { Dashboard } from '../_insight/insight.api';
import { Chart } from '../_insight/chart';
import { formatCount, formatMoney, formatPercent } from '../_insight/format';

export function FunnelSection({ funnel }: { funnel: Dashboard['funnel'] }) {
  const { t } = useI18n();
  const stages = funnel.stages.filter((s) => s.count > 0);
  const option = {
    tooltip: { trigger: 'item', formatter: (p: { name: string; data: { count: number; amount: string } }) => `${p.name}<br/>${formatCount(p.data.count)} · ${formatMoney(p.data.amount)}` },
    series: [{
      type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '20%', gap: 2, label: { show: true, position: 'inside', formatter: '{b}' },
      data: stages.map((s, i) => ({ name: `${s.stage.sort} ${s.stage.name}`, value: stages.length - i, count: s.count, amount: s.amount })),
    }],
  };
  return (
    <Card title={t('insight.funnel.title')} size="small" data-testid="funnel"
      extra={<Typography.Text type="secondary">{t('insight.funnel.open', { n: formatCount(funnel.open.count), amount: formatMoney(funnel.open.amount) })}</Typography.Text>}>
      {funnel.open.count === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insight.funnel.empty')}>
          <Link href="/opportunities"><Button size="small">{t('insight.funnel.goOpportunities')}</Button></Link>
        </Empty>
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={10}><Chart option={option} height={Math.max(200, stages.length * 40)} testId="funnel-chart" /></Col>
          <Col xs={24} lg={14}>
            <Table
              size="small" rowKey={(r) => r.stage.id} dataSource={stages} pagination={false} scroll={{ x: 'max-content' }} data-testid="funnel-stages"
              columns={[
                { title: t('insight.funnel.stage'), key: 'stage', render: (_, r) => `${r.stage.sort} ${r.stage.name}（${r.stage.probability}%）` },
                { title: t('insight.funnel.count'), dataIndex: 'count', align: 'right' },
                { title: t('insight.funnel.amount'), key: 'amount', align: 'right', render: (_, r) => formatMoney(r.amount) },
                { title: t('insight.funnel.weighted'), key: 'weighted', align: 'right', render: (_, r) => formatMoney(r.weightedAmount) },
              ]}
            />
          </Col>
        </Row>
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 12 }} items={[
        ...funnel.categories.map((c) => ({
          key: c.category, label: t(`insight.category.${c.category}` as MessageKey),
          children: `${formatCount(c.count)} · ${formatMoney(c.amount)}（${t('insight.funnel.weightedShort')} ${formatMoney(c.weightedAmount)}）`,
        })),
        { key: 'won', label: t('insight.funnel.won'), children: <span data-testid="funnel-won">{formatCount(funnel.won.count)} · {formatMoney(funnel.won.amount)}</span> },
        { key: 'lost', label: t('insight.funnel.lost'), children: <span data-testid="funnel-lost">{formatCount(funnel.lost.count)} · {formatMoney(funnel.lost.amount)}</span> },
        { key: 'weighted', label: t('insight.funnel.weightedTotal'), children: formatMoney(funnel.open.weightedAmount ?? '0') },
      ]} />
      {funnel.conversion.some((c) => c.reached > 0) && (
        <>
          <Typography.Text strong>{t('insight.funnel.conversion')}</Typography.Text>
          <Table
            size="small" rowKey={(r) => r.stage.id} pagination={false} scroll={{ x: 'max-content' }} data-testid="funnel-conversion"
            dataSource={funnel.conversion.filter((c) => c.reached > 0)}
            columns={[
              { title: t('insight.funnel.stage'), key: 'stage', render: (_, r) => `${r.stage.sort} ${r.stage.name}` },
              { title: t('insight.funnel.reached'), dataIndex: 'reached', align: 'right' },
              { title: t('insight.funnel.toNext'), key: 'conversion', align: 'right', render: (_, r) => formatPercent(r.conversion) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
