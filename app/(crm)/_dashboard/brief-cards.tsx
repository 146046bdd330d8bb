'use client';
// 销售简报: one card per figure with the previous period beside it. A card opens the list of exactly the records
// it counted (same period, same people), so the number and the rows always agree.
import Link from 'next/link';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import type { BriefFigures, InsightFilter } from '../_insight/insight.api';
import { change, formatCount, formatMoney, formatPercent } from '../_insight/format';
import { filterParams } from '../_insight/use-insight-filter';

export type RecordKind = 'customers' | 'contacts' | 'opportunities' | 'contracts' | 'receivables' | 'followUps';

interface Figure { kind: RecordKind; label: MessageKey; count: keyof BriefFigures; amount?: keyof BriefFigures; extra?: keyof BriefFigures; extraLabel?: MessageKey }

const FIGURES: Figure[] = [
  { kind: 'customers', label: 'insight.brief.newCustomers', count: 'newCustomers' },
  { kind: 'contacts', label: 'insight.brief.newContacts', count: 'newContacts' },
  { kind: 'opportunities', label: 'insight.brief.newOpportunities', count: 'newOpportunities', amount: 'newOpportunityAmount' },
  { kind: 'contracts', label: 'insight.brief.newContracts', count: 'newContracts', amount: 'contractAmount' },
  { kind: 'receivables', label: 'insight.brief.receivables', count: 'receivables', amount: 'receivableAmount' },
  { kind: 'followUps', label: 'insight.brief.followUps', count: 'followUps', extra: 'substantiveFollowUps', extraLabel: 'insight.brief.substantive' },
];

export const recordsHref = (kind: RecordKind, filter: InsightFilter, extra: Record<string, string> = {}) => {
  const params = filterParams(filter);
  params.set('kind', kind);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `/statistics/records?${params.toString()}`;
};

function Delta({ current, previous }: { current: number | string; previous: number | string }) {
  const { t } = useI18n();
  const ratio = change(current, previous);
  if (ratio === null) return null;
  const up = ratio >= 0;
  return (
    <Typography.Text type={up ? 'success' : 'danger'} style={{ fontSize: 12 }}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {formatPercent(Math.abs(ratio))} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('insight.brief.vsPrevious')}</Typography.Text>
    </Typography.Text>
  );
}

export function BriefCards({ current, previous, filter }: { current: BriefFigures; previous: BriefFigures; filter: InsightFilter }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} data-testid="brief">
      {FIGURES.map((f) => {
        const main = f.amount ? formatMoney(String(current[f.amount])) : formatCount(current[f.count]);
        const before = f.amount ? formatMoney(String(previous[f.amount])) : formatCount(previous[f.count]);
        return (
          <Col key={f.kind} xs={12} md={8} xl={4}>
            <Link href={recordsHref(f.kind, filter)} data-testid={`brief-${f.kind}`} style={{ display: 'block', height: '100%' }}>
              <Card size="small" hoverable style={{ height: '100%' }}>
                <Statistic title={t(f.label)} value={main} valueStyle={{ fontSize: f.amount ? 18 : 24 }} />
                <Flex vertical gap={2}>
                  {f.amount && <Typography.Text type="secondary" data-testid={`brief-${f.kind}-count`}>{t('insight.brief.count', { n: formatCount(current[f.count]) })}</Typography.Text>}
                  {f.extra && <Typography.Text type="secondary">{t(f.extraLabel!, { n: formatCount(current[f.extra]) })}</Typography.Text>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('insight.brief.previous', { value: before })}</Typography.Text>
                  <Delta current={f.amount ? current[f.amount] : current[f.count]} previous={f.amount ? previous[f.amount] : previous[f.count]} />
                </Flex>
              </Card>
            </Link>
          </Col>
        );
      })}
    </Row>
  );
}
