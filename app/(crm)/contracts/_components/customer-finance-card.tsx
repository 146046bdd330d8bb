'use client';
// A customer's money at the side of its page: the payment plans of its contracts (due, received, overdue) and its
// latest receivables, each linking to its contract or receivable; all through the contracts the viewer can see.
import Link from 'next/link';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '@/app/_lib/gql';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatMoney } from '@/app/_lib/format';
import { ReceivableStatusTag, sumMoney } from './contract-labels';

const CUSTOMER_FINANCE_QUERY = graphql(`
  query CustomerFinance($customerId: ID!) {
    contracts(first: 50, filter: { customerId: $customerId }) {
      nodes { id code title status paymentPlans { id term amount plannedDate receivedAmount } }
    }
    receivables(first: 10, filter: { customerId: $customerId }) { totalCount nodes { id code amount receivedDate status } }
  }
`);

type Plan = { id: string; term: number; amount: string; plannedDate: string; receivedAmount: string };
const cents = (v: string) => Math.round(Number(v) * 100);
const planState = (p: Plan) => (cents(p.receivedAmount) >= cents(p.amount) ? 'PAID' : dayjs(p.plannedDate).isBefore(dayjs(), 'day') ? 'OVERDUE' : cents(p.receivedAmount) > 0 ? 'PARTIAL' : 'OPEN');
const STATE_COLORS: Record<string, string> = { PAID: 'green', OVERDUE: 'red', PARTIAL: 'orange', OPEN: 'default' };

export function CustomerFinanceCard({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery(CUSTOMER_FINANCE_QUERY, { customerId });
  const plans = (data?.contracts.nodes ?? []).filter((c) => c.status !== 'VOID')
    .flatMap((c) => c.paymentPlans.map((p) => ({ ...p, contract: c }))).sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
  const receivables = data?.receivables.nodes ?? [];
  return (
    <Card size="small" title={t('daily.finance.title')} loading={isLoading && !data} data-testid="customer-finance">
      {!plans.length && !receivables.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('daily.finance.empty')} /> : (
        <Flex vertical gap={12}>
          {plans.length > 0 && (
            <div data-testid="customer-plans">
              <Typography.Text type="secondary">{t('daily.finance.plans', { planned: formatMoney(sumMoney(plans.map((p) => p.amount))), received: formatMoney(sumMoney(plans.map((p) => p.receivedAmount))) })}</Typography.Text>
              {plans.map((p) => {
                const state = planState(p);
                return (
                  <Flex key={p.id} justify="space-between" gap={8} style={{ padding: '4px 0' }}>
                    <Link href={`/contracts/${p.contract.id}`} title={p.contract.title} style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                      {p.contract.code} · {t('plan.termLabel', { term: p.term })}
                    </Link>
                    <Flex gap={6} align="center" style={{ flexShrink: 0 }}>
                      <Typography.Text>{formatMoney(p.amount)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.plannedDate}</Typography.Text>
                      <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>{t(`plan.state.${state}` as 'plan.state.PAID')}</Tag>
                    </Flex>
                  </Flex>
                );
              })}
            </div>
          )}
          {receivables.length > 0 && (
            <div data-testid="customer-receivables">
              <Typography.Text type="secondary">{t('daily.finance.receivables', { count: data?.receivables.totalCount ?? 0 })}</Typography.Text>
              {receivables.map((r) => (
                <Flex key={r.id} justify="space-between" gap={8} style={{ padding: '4px 0' }}>
                  <Link href={`/receivables/${r.id}`}>{r.code}</Link>
                  <Flex gap={6} align="center">
                    <Typography.Text>{formatMoney(r.amount)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.receivedDate}</Typography.Text>
                    <ReceivableStatusTag t={t} status={r.status} />
                  </Flex>
                </Flex>
              ))}
              {(data?.receivables.totalCount ?? 0) > receivables.length && (
                <Link href="/receivables">{t('daily.finance.more')}</Link>
              )}
            </div>
          )}
        </Flex>
      )}
    </Card>
  );
}
