'use client';
// The product catalogue: categories on the left, products on the right. Everyone reads it; users with
// product:manage create, edit, retire, delete and restore products and manage categories.
import { useState } from 'react';
import { App, Button, Card, Col, Flex, Grid, Input, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { testId } from '@/app/_lib/labels';
import {
  DELETE_PRODUCTS, PRODUCTS_QUERY, PRODUCT_CATEGORIES_QUERY, RESTORE_PRODUCTS,
  type Connection, type ProductCategory, type ProductFilter, type ProductRow, type ProductStatus,
} from '@/app/_lib/api/opportunities';
import { formatMoney } from '../../opportunities/_components/opportunity-labels';
import { CategoryTreeCard } from './category-tree';
import { ProductFormModal } from './product-form-modal';

export function ProductAdmin() {
  const { t } = useI18n();
  const { me } = useMe();
  const { modal, message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const manage = can(me, 'product:manage');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [keyword, setKeyword] = useState('');
  const [status, setStatus] = useState<ProductStatus | undefined>();
  const [deleted, setDeleted] = useState(false);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [editing, setEditing] = useState<ProductRow | 'new' | null>(null);
  const categories = useQuery<{ productCategories: ProductCategory[] }>(PRODUCT_CATEGORIES_QUERY);
  const filter: ProductFilter = { keyword: keyword || undefined, categoryId: categoryId ?? undefined, status, deleted };
  const { data, error, isLoading, mutate } = useQuery<{ products: Connection<ProductRow> }>(PRODUCTS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter,
  }, { keepPreviousData: true });
  const refresh = () => { void mutate(); void categories.mutate(); };

  const run = async (mutation: string, ids: string[], done: 'product.deleted' | 'product.restored') => {
    try {
      await gql(mutation, { ids });
      message.success(t(done, { count: ids.length }));
      refresh();
    } catch (e) { message.error(errorMessage(t, e)); }
  };
  const remove = (row: ProductRow) => modal.confirm({
    title: t('product.deleteConfirm', { count: 1 }), content: t('product.deleteHint'), okType: 'danger', okText: t('action.delete'), cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'), onOk: () => run(DELETE_PRODUCTS, [row.id], 'product.deleted'),
  });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="product-admin">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('product.title')}</Typography.Title>
        {manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="product-create">{t('product.create')}</Button>}
      </Flex>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={7} xl={5}>
          <CategoryTreeCard categories={categories.data?.productCategories ?? []} selected={categoryId} manage={manage}
            onSelect={(id) => { setCategoryId(id); setPage((p) => ({ ...p, current: 1 })); }} onChanged={refresh} />
        </Col>
        <Col xs={24} md={17} xl={19}>
          <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              <Input.Search placeholder={t('product.filter.keyword')} allowClear enterButton style={{ maxWidth: 320 }} aria-label={t('product.filter.keyword')}
                onSearch={(v) => { setKeyword(v.trim()); setPage((p) => ({ ...p, current: 1 })); }} data-testid="product-filter-keyword" />
              <Select allowClear placeholder={t('product.field.status')} style={{ width: 120 }} value={status} onChange={(v) => setStatus(v)}
                options={(['ACTIVE', 'INACTIVE'] as const).map((s) => ({ value: s, label: t(`product.status.${s}`) }))} />
              {manage && (
                <Segmented value={deleted ? 'deleted' : 'live'} onChange={(v) => { setDeleted(v === 'deleted'); setPage((p) => ({ ...p, current: 1 })); }}
                  options={[{ value: 'live', label: t('common.all') }, { value: 'deleted', label: t('product.recycleBin') }]} data-testid="product-mode" />
              )}
            </Flex>
            {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
            <Table<ProductRow>
              rowKey="id" size={screens.md ? 'middle' : 'small'} loading={isLoading} dataSource={data?.products.nodes ?? []} scroll={{ x: 900 }}
              onRow={(row) => ({ 'data-testid': `product-row-${row.id}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { key: 'name', title: t('product.field.name'), dataIndex: 'name', width: 200, ellipsis: true },
                { key: 'model', title: t('product.field.model'), dataIndex: 'model', width: 130, render: (v) => v ?? '—' },
                { key: 'category', title: t('product.field.category'), width: 120, render: (_, row) => row.category?.name ?? t('product.uncategorized') },
                { key: 'unit', title: t('product.field.unit'), dataIndex: 'unit', width: 70, render: (v) => v ?? '—' },
                { key: 'price', title: t('product.field.price'), width: 140, align: 'right', render: (_, row) => formatMoney(row.price) },
                { key: 'status', title: t('product.field.status'), width: 90, render: (_, row) => <Tag color={row.status === 'ACTIVE' ? 'green' : 'default'}>{t(`product.status.${row.status}`)}</Tag> },
                { key: 'updatedAt', title: t('product.field.updatedAt'), width: 150, render: (_, row) => formatDateTime(row.updatedAt) },
                ...(manage ? [{
                  key: 'actions', title: t('common.actions'), width: 110, fixed: screens.md ? 'right' as const : undefined,
                  render: (_: unknown, row: ProductRow) => (deleted
                    ? <Button size="small" icon={<UndoOutlined />} onClick={() => run(RESTORE_PRODUCTS, [row.id], 'product.restored')} aria-label={t('action.restore')} data-testid={`product-restore-${row.id}`} />
                    : (
                      <Space size={4}>
                        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} aria-label={t('action.edit')} data-testid={`product-edit-${row.id}`} />
                        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(row)} aria-label={t('action.delete')} data-testid={`product-delete-${row.id}`} />
                      </Space>
                    )),
                }] : []),
              ]}
              pagination={{
                current: page.current, pageSize: page.pageSize, total: data?.products.totalCount ?? 0, showSizeChanger: true, simple: !screens.md,
                showTotal: (total) => t('common.total', { total }), onChange: (current, pageSize) => setPage({ current, pageSize }),
              }}
            />
          </Card>
        </Col>
      </Row>
      <ProductFormModal open={!!editing} product={editing === 'new' ? null : editing} categories={categories.data?.productCategories ?? []} defaultCategoryId={categoryId}
        onClose={() => setEditing(null)} onSaved={() => { setEditing(null); message.success(t('common.saved')); refresh(); }} />
    </Space>
  );
}
