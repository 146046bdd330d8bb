'use client';
// One page of a 员工监督 tab: a table on a desktop, a list of lines on a phone (skeleton while loading, empty state,
// simple paging); a row opens its record when the tab gives `onOpen`.
import { Card, Empty, Flex, Grid, Pagination, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';

export const PAGE = 20;

interface Props<T> {
  rows: T[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  loading: boolean;
  error?: unknown;
  columns: TableColumnsType<T>;
  /** A row on a phone. */
  line: (row: T) => React.ReactNode;
  onOpen?: (row: T) => void;
  rowTestId?: (row: T) => string;
  scrollX?: number;
  'data-testid': string;
}

export function PagedRows<T extends { id: string }>({ rows, total, page, onPage, loading, error, columns, line, onOpen, rowTestId, scrollX, ...rest }: Props<T>) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const testId = rest['data-testid'];
  return (
    <>
      {!!error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      {screens.md ? (
        <Table<T>
          rowKey="id" size="middle" loading={loading} dataSource={rows} scroll={scrollX ? { x: scrollX } : undefined} data-testid={testId} columns={columns}
          pagination={{ current: page, pageSize: PAGE, total, onChange: onPage, showTotal: (n) => t('common.total', { total: n }) }}
          onRow={(row) => ({
            ...(onOpen ? { onClick: () => onOpen(row), style: { cursor: 'pointer' } } : {}),
            ...(rowTestId ? { 'data-testid': rowTestId(row) } : {}),
          }) as React.HTMLAttributes<HTMLElement>}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: 8 } }}>
          <Flex vertical data-testid={testId}>
            {loading && !rows.length && <Skeleton active />}
            {!loading && !rows.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            {rows.map((row, i) => (
              <div
                key={row.id} data-testid={rowTestId?.(row)}
                {...(onOpen ? { role: 'button', tabIndex: 0, onClick: () => onOpen(row), onKeyDown: (e: React.KeyboardEvent) => { if (e.key === 'Enter') onOpen(row); } } : {})}
                style={{ cursor: onOpen ? 'pointer' : undefined, padding: '8px 4px', borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined, minWidth: 0 }}
              >
                {line(row)}
              </div>
            ))}
            {total > PAGE && <Pagination simple align="center" current={page} pageSize={PAGE} total={total} onChange={onPage} style={{ marginTop: 8 }} />}
          </Flex>
        </Card>
      )}
    </>
  );
}
