'use client';
// The product catalogue: categories on the left, the products on the record kit at the right. Everyone reads it;
// users with product:manage create, edit, retire, delete and restore products and manage categories.
import { useMemo, useState } from 'react';
import { App, Button, Col, Row, Segmented, Space, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { DELETE_PRODUCTS, PRODUCTS_QUERY, PRODUCT_CATEGORIES_QUERY, RESTORE_PRODUCTS, type ProductRow } from '@/app/_lib/api/opportunities';
import { formatMoney } from '../../opportunities/_components/opportunity-labels';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useBatchActions } from '../../_kit/list/use-batch-actions';
import { ImportSlot } from '../../_kit/io/import-slot';
import type { ListColumn } from '../../_kit/list/columns';
import { CategoryTreeCard } from './category-tree';
import { ProductFormModal } from './product-form-modal';

const statusTag = (t: Translate, row: ProductRow) => <Tag color={row.status === 'ACTIVE' ? 'green' : 'default'}>{t(row.status === 'ACTIVE' ? 'product.status.ACTIVE' : 'product.status.INACTIVE')}</Tag>;

function columns(t: Translate, actions: ((row: ProductRow) => React.ReactNode) | null): ListColumn<ProductRow>[] {
  return [
    { key: 'name', title: t('product.field.name'), width: 200, ellipsis: true, fixed: true, render: (row) => row.name },
    { key: 'model', title: t('product.field.model'), width: 130, render: (row) => row.model ?? '—' },
    { key: 'category', title: t('product.field.category'), width: 120, render: (row) => row.category?.name ?? t('product.uncategorized') },
    { key: 'unit', title: t('product.field.unit'), width: 70, render: (row) => row.unit ?? '—' },
    { key: 'price', title: t('product.field.price'), width: 140, align: 'right', render: (row) => formatMoney(row.price) },
    { key: 'status', title: t('product.field.status'), width: 90, render: (row) => statusTag(t, row) },
    { key: 'updatedAt', title: t('product.field.updatedAt'), width: 150, render: (row) => formatDateTime(row.updatedAt) },
    ...(actions ? [{ key: 'actions', title: t('common.actions'), width: 110, render: actions }] : []),
  ];
}

export function ProductAdmin() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const manage = can(me, 'product:manage');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const [editing, setEditing] = useState<ProductRow | 'new' | null>(null);
  const categories = useQuery(PRODUCT_CATEGORIES_QUERY);
  const fixedFilter = useMemo(() => ({ deleted, ...(categoryId ? { categoryId } : {}) }), [deleted, categoryId]);
  const list = useRecordList({ document: PRODUCTS_QUERY, connection: (d) => d.products, fixedFilter });
  const refresh = () => { list.refresh(); void categories.mutate(); };
  const { run, confirmDelete } = useBatchActions(refresh);
  const remove = (row: ProductRow) => confirmDelete('product', DELETE_PRODUCTS, [row.id]);
  const actions = (row: ProductRow) => (deleted
    ? <Button size="small" icon={<UndoOutlined />} onClick={() => run('restore', RESTORE_PRODUCTS, [row.id], t('product.restored', { count: 1 }))} aria-label={t('action.restore')} data-testid={`product-restore-${row.id}`} />
    : (
      <Space size={4}>
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} aria-label={t('action.edit')} data-testid={`product-edit-${row.id}`} />
        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(row)} aria-label={t('action.delete')} data-testid={`product-delete-${row.id}`} />
      </Space>
    ));
  const described = useMemo(() => columns(t, manage ? actions : null), [t, manage, deleted]); // eslint-disable-line react-hooks/exhaustive-deps
  const productCategories = categories.data?.productCategories ?? [];

  return (
    <Row gutter={[12, 12]} data-testid="product-admin">
      <Col xs={24} md={7} xl={5}>
        <CategoryTreeCard categories={productCategories} selected={categoryId} manage={manage} onSelect={setCategoryId} onChanged={refresh} />
      </Col>
      <Col xs={24} md={17} xl={19}>
        <RecordList<ProductRow>
          module="product"
          list={list}
          title={t('product.title')}
          titleExtra={manage && (
            <Segmented value={deleted ? 'deleted' : 'live'} onChange={(v) => setDeleted(v === 'deleted')} data-testid="product-mode"
              options={[{ value: 'live', label: t('common.all') }, { value: 'deleted', label: t('product.recycleBin') }]} />
          )}
          toolbar={manage && !deleted && (
            <>
              <ImportSlot module="PRODUCT" onImported={refresh} />
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="product-create">{t('product.create')}</Button>
            </>
          )}
          filters={[
            { name: 'keyword', kind: 'search', label: t('product.filter.keyword'), primary: true },
            { name: 'status', kind: 'select', label: t('product.field.status'), primary: true, options: (['ACTIVE', 'INACTIVE'] as const).map((s) => ({ value: s, label: t(`product.status.${s}`) })) },
          ]}
          columns={described}
          card={{
            title: (row) => row.name,
            extra: (row) => (manage ? actions(row) : statusTag(t, row)),
            lines: (row) => [[row.model, row.category?.name ?? t('product.uncategorized')].filter(Boolean).join(' · '), `${formatMoney(row.price)}${row.unit ? ` / ${row.unit}` : ''}`],
          }}
          rowTestId={(row) => `product-row-${row.id}`}
          scrollX={900}
        />
      </Col>
      <ProductFormModal open={!!editing} product={editing === 'new' ? null : editing} categories={productCategories} defaultCategoryId={categoryId}
        onClose={() => setEditing(null)} onSaved={() => { setEditing(null); message.success(t('common.saved')); refresh(); }} />
    </Row>
  );
}
