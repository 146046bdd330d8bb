'use client';
// The records a dashboard figure counted: the module's own list query with the figure's filters (period and the
// owners the dashboard resolved), so the row count is the figure. Reached from the dashboard and the reports.
import { useState } from 'react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Alert, Button, Card, Empty, Flex, Result, Skeleton, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { SELECTION_QUERY } from '../../../_insight/insight.api';
import { apiFilter, filterParams, parseFilter } from '../../../_insight/use-insight-filter';
import type { RecordKind } from '../../../_dashboard/brief-cards';
import { KINDS } from './record-kinds';

const PAGE = 50;

export function RecordsView() {
  const { t } = useI18n();
  const params = new URLSearchParams(useSearchParams().toString());
  const kind = (Object.keys(KINDS).includes(params.get('kind') ?? '') ? params.get('kind') : 'customers') as RecordKind;
  const def = KINDS[kind];
  const filter = apiFilter(parseFilter(params));
  const [offset, setOffset] = useState(0);
  const selection = useQuery(SELECTION_QUERY, { filter });
  const s = selection.data?.dashboard;
  const list = useQuery(def.query, s
    ? { ...def.variables({ start: s.period.start, end: s.period.end, from: s.period.from, to: s.period.to, ownerIds: s.ownerIds }, params), first: PAGE, offset }
    : null);
  const back = `/?${filterParams(filter).toString()}`;
  const error = selection.error ?? list.error;
  if (error) return <Result status="error" title={errorMessage(t, error)} extra={<Link href={back}><Button>{t('insight.records.back')}</Button></Link>} />;
  if (!s) return <Skeleton active />;
  const who = s.selection.person?.name ?? s.selection.department?.name ?? t('insight.everyone');
  const data = list.data?.[def.field];
  return (
    <Flex vertical gap={12} data-testid="records">
      <Flex align="center" gap={8} wrap>
        <Link href={back}><Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('insight.records.back')} /></Link>
        <Typography.Title level={4} style={{ margin: 0 }}>{t(def.title)}{params.get('substantive') === '1' ? ` · ${t('insight.records.substantive')}` : ''}</Typography.Title>
      </Flex>
      <Alert type="info" showIcon message={t('insight.records.explain', { who, from: s.period.from, to: s.period.to })} />
      <Card size="small">
        {data && data.totalCount === 0 ? (
          <Empty description={t('insight.records.empty')} />
        ) : (
          <>
            <Typography.Text type="secondary" data-testid="records-total">{t('insight.records.total', { n: data?.totalCount ?? '…' })}</Typography.Text>
            <Table
              size="small" rowKey={(r) => String(r.id)} loading={list.isLoading} dataSource={data?.nodes ?? []} columns={def.columns(t)}
              scroll={{ x: 'max-content' }} data-testid="records-table"
              pagination={{ current: Math.floor(offset / PAGE) + 1, pageSize: PAGE, total: data?.totalCount ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: (p) => setOffset((p - 1) * PAGE) }}
            />
          </>
        )}
      </Card>
    </Flex>
  );
}
