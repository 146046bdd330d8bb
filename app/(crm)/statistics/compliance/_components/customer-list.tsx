'use client';
// The customers behind the figures: overdue (by how many days), due soon (by when) or short of their level's
// criteria (what is missing) — each a card that opens the customer, where the contact is recorded.
import { useState } from 'react';
import Link from 'next/link';
import { Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { formatDate, formatDateTime } from '@/app/_lib/format';
import { CUSTOMERS_QUERY, type State } from './compliance.api';

const PAGE = 20;

export function CustomerList({ filter }: { filter: { departmentId?: string; userId?: string } }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>('OVERDUE');
  const [page, setPage] = useState(1);
  const { data, isLoading } = useQuery(CUSTOMERS_QUERY, { filter, state, first: PAGE, offset: (page - 1) * PAGE });
  const list = data?.complianceCustomers;
  return (
    <Card size="small" title={t('compliance.customers')} data-testid="compliance-customers"
      extra={<Typography.Text type="secondary" data-testid="compliance-customers-total">{list ? t('compliance.count', { n: list.totalCount }) : ''}</Typography.Text>}>
      <Segmented block value={state} onChange={(v) => { setState(v as State); setPage(1); }} data-testid="compliance-state" style={{ marginBottom: 8 }}
        options={(['OVERDUE', 'DUE_SOON', 'CRITERIA'] as State[]).map((s) => ({ value: s, label: t(`compliance.state.${s}` as MessageKey) }))} />
      <List
        loading={isLoading} dataSource={list?.nodes ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`compliance.empty.${state}` as MessageKey)} /> }}
        pagination={list && list.totalCount > PAGE ? { current: page, pageSize: PAGE, total: list.totalCount, onChange: setPage, size: 'small', simple: true } : false}
        renderItem={(c) => (
          <List.Item key={c.id} style={{ paddingInline: 0 }} data-testid="compliance-customer">
            <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
              <Flex justify="space-between" gap={8} align="center">
                <Link href={`/customers/${c.id}`} style={{ minWidth: 0 }}><Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>{c.name}</Typography.Text></Link>
                {c.overdueDays !== null
                  ? <Tag color="red" style={{ marginInlineEnd: 0 }}>{c.overdueDays === 0 ? t('compliance.overdueToday') : t('compliance.overdueDays', { n: c.overdueDays })}</Tag>
                  : c.dueAt && state === 'DUE_SOON' ? <Tag color="gold" style={{ marginInlineEnd: 0 }}>{t('compliance.dueBy', { at: formatDateTime(c.dueAt) })}</Tag> : null}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`compliance.level.${c.level}` as MessageKey)}{c.rule ? ` · ${t(`compliance.rule.${c.rule}` as MessageKey, { n: c.intervalDays ?? '' })}` : ''} · {c.owner?.name ?? '—'}
                {' · '}{c.lastContactAt ? t('compliance.lastContact', { at: formatDate(c.lastContactAt) }) : t('compliance.neverContacted')}
              </Typography.Text>
              {c.problems.length > 0 && (
                <Flex wrap gap={4}>
                  {c.problems.map((p) => <Tag key={p} color="purple">{t(`compliance.problem.${p}` as MessageKey)}</Tag>)}
                  {c.missingFields.map((f) => <Tag key={f}>{t(`compliance.field.${f}` as MessageKey)}</Tag>)}
                </Flex>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
