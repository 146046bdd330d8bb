'use client';
// The frame every 统计报表 page shares: title, the period / department / person filter (in the address), the
// Excel export, and the report's data fetched with that filter.
import { Flex, Result, Skeleton, Typography } from 'antd';
import { type Document, useQuery } from '@/app/_lib/graphql';
import type { CustomerBasis } from '@/app/_lib/gql/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { SCOPE_QUERY, type InsightFilter } from '../../_insight/insight.api';
import { InsightFilters } from '../../_insight/insight-filters';
import { apiFilter, useInsightFilter } from '../../_insight/use-insight-filter';
import { ExportButton, type ReportKind } from './export-button';

interface Props<T, V> {
  title: string;
  report: ReportKind;
  /** The report's statistics query; it takes the filter and, besides, the variables given here. */
  query: Document<{ statistics: T }, V>;
  variables?: Omit<V, 'filter'>;
  extra?: React.ReactNode;
  exportOptions?: { basis?: CustomerBasis };
  children: (data: T, filter: InsightFilter) => React.ReactNode;
}

export function ReportFrame<T, V>({ title, report, query, variables, extra, exportOptions, children }: Props<T, V>) {
  const { t } = useI18n();
  const { filter, setFilter } = useInsightFilter('THIS_YEAR');
  const scope = useQuery(SCOPE_QUERY);
  const { data, error } = useQuery(query, { filter: apiFilter(filter), ...variables } as V, { keepPreviousData: true });
  return (
    <Flex vertical gap={12} data-testid={`report-${report.toLowerCase()}`}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>
        <Flex gap={8} wrap>{extra}<ExportButton report={report} filter={apiFilter(filter)} {...exportOptions} /></Flex>
      </Flex>
      <InsightFilters value={filter} onChange={setFilter} scope={scope.data?.insightScope} />
      {error && <Result status={error.code === 'BAD_USER_INPUT' ? 'warning' : 'error'} title={errorMessage(t, error)} />}
      {!data && !error && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && children(data.statistics, apiFilter(filter))}
    </Flex>
  );
}
