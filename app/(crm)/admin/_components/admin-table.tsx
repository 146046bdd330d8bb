'use client';
// What the administration lists (users, audit log, login log) share: filters that send the list back to page one,
// server-side paging, a day-range filter in company days, and the table in a card with its error and page sizes.
import { useState } from 'react';
import { Card, DatePicker, Grid, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { dayBoundary } from '@/app/_lib/format';

export interface Paging { current: number; pageSize: number }

/** The filter and the page of a server-paged list; `variables` are what its query takes. */
export function usePagedFilter<F extends object>() {
  const [filter, setFilter] = useState<F>({} as F);
  const [page, setPage] = useState<Paging>({ current: 1, pageSize: 20 });
  const update = (patch: F) => { setFilter((f) => ({ ...f, ...patch })); setPage((p) => ({ ...p, current: 1 })); };
  const variables = { first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter };
  return { filter, update, page, setPage, variables };
}

/** Whole days from–to (Asia/Shanghai), as the instants the API filters on. */
export function DayRangeFilter({ onChange, ...rest }: { onChange: (range: { from?: string; to?: string }) => void; 'aria-label'?: string; 'data-testid': string }) {
  return (
    <DatePicker.RangePicker style={{ width: '100%' }} aria-label={rest['aria-label']} data-testid={rest['data-testid']}
      onChange={(range: [Dayjs | null, Dayjs | null] | null) => onChange({
        from: range?.[0] ? dayBoundary(range[0], 'start') : undefined,
        to: range?.[1] ? dayBoundary(range[1], 'end') : undefined,
      })} />
  );
}

interface Props<T> {
  rows: T[];
  total: number;
  loading: boolean;
  error?: unknown;
  columns: TableColumnsType<T>;
  scrollX: number;
  rowTestId: (row: T) => string;
  page: Paging;
  onPage: (page: Paging) => void;
}

export function AdminTable<T extends { id: string }>({ rows, total, loading, error, columns, scrollX, rowTestId, page, onPage }: Props<T>) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
      {!!error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      <Table<T>
        rowKey="id" size={screens.md ? 'middle' : 'small'} loading={loading} columns={columns} dataSource={rows}
        scroll={{ x: scrollX }} onRow={(r) => ({ 'data-testid': rowTestId(r) }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page.current, pageSize: page.pageSize, total, showSizeChanger: true,
          simple: !screens.md, showTotal: (n) => t('common.total', { total: n }),
        }}
        onChange={(p) => onPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
      />
    </Card>
  );
}
