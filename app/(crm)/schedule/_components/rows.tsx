'use client';
// A plain list of rows with loading, empty state and optional paging (antd's List is deprecated in antd 6.6).
import { Empty, Flex, Pagination, type PaginationProps, Spin } from 'antd';

interface Props<T> {
  items: T[];
  loading?: boolean;
  render: (item: T) => React.ReactNode;
  empty?: string;
  pagination?: PaginationProps | false;
  'data-testid'?: string;
}

export function Rows<T>({ items, loading, render, empty, pagination, ...rest }: Props<T>) {
  return (
    <Spin spinning={!!loading}>
      <div data-testid={rest['data-testid']}>
        {items.length ? items.map(render) : loading ? <div style={{ minHeight: 80 }} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
      </div>
      {pagination && (pagination.total ?? 0) > 0 && <Flex justify="center" style={{ marginTop: 12 }}><Pagination {...pagination} /></Flex>}
    </Spin>
  );
}
