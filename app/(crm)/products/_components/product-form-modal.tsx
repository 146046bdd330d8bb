'use client';
// Create / edit a product of the catalogue (product:manage), from field descriptions.
import { Input, TreeSelect } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { CREATE_PRODUCT, UPDATE_PRODUCT, type ProductCategory, type ProductInput, type ProductRow } from '@/app/_lib/api/opportunities';
import { matches, maxLength, required } from '../../_kit/fields/rules';
import { FormModal } from '../../_kit/form/form-modal';
import { categoryTree } from './category-tree';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

export function ProductFormModal({ open, product, categories, defaultCategoryId, onClose, onSaved }: {
  open: boolean; product: ProductRow | null; categories: ProductCategory[]; defaultCategoryId?: string | null; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useI18n();
  const initial: Partial<ProductInput> = product
    ? { name: product.name, model: product.model, unit: product.unit, price: product.price, status: product.status, categoryId: product.categoryId, description: product.description }
    : { status: 'ACTIVE', categoryId: defaultCategoryId ?? null };
  return (
    <FormModal<ProductInput> module="product" testId="product-form" submitTestId="product-form-submit" open={open} onClose={onClose}
      title={product ? t('product.edit') : t('product.create')} initialValues={initial} recordId={product?.id ?? defaultCategoryId}
      sections={[{ fields: [
        { name: 'name', label: t('product.field.name'), kind: 'text', span: 24, rules: [required(t, t('product.field.name')), maxLength(t, 100)] },
        { name: 'model', label: t('product.field.model'), kind: 'text', rules: [maxLength(t, 100)] },
        { name: 'unit', label: t('product.field.unit'), kind: 'text', rules: [maxLength(t, 20)] },
        { name: 'price', label: t('product.field.price'), kind: 'custom', rules: [required(t, t('product.field.price')), matches(t, MONEY, 'server.opp.money')],
          render: () => <Input prefix="¥" inputMode="decimal" data-testid="product-form-price" /> },
        { name: 'status', label: t('product.field.status'), kind: 'select', options: (['ACTIVE', 'INACTIVE'] as const).map((s) => ({ value: s, label: t(`product.status.${s}`) })) },
        { name: 'categoryId', label: t('product.field.category'), kind: 'custom', span: 24,
          render: () => <TreeSelect allowClear treeData={categoryTree(categories)} treeDefaultExpandAll placeholder={t('product.uncategorized')} /> },
        { name: 'description', label: t('product.field.description'), kind: 'textarea', rows: 2, span: 24, rules: [maxLength(t, 500)] },
      ] }]}
      onSubmit={async (values) => {
        const input = { ...values, categoryId: values.categoryId ?? null, model: values.model || null, unit: values.unit || null, description: values.description || null };
        if (product) await gql(UPDATE_PRODUCT, { id: product.id, input });
        else await gql(CREATE_PRODUCT, { input: { ...input, name: input.name ?? '', price: input.price ?? '0' } });
        onSaved();
      }} />
  );
}
