'use client';
// Create / edit a product of the catalogue (product:manage).
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { CREATE_PRODUCT, PRODUCT_FORM_FIELDS, UPDATE_PRODUCT, type ProductCategory, type ProductInput, type ProductRow } from '@/app/_lib/api/opportunities';
import { categoryTree } from './category-tree';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

export function ProductFormModal({ open, product, categories, defaultCategoryId, onClose, onSaved }: {
  open: boolean; product: ProductRow | null; categories: ProductCategory[]; defaultCategoryId?: string | null; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ProductInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue(product
      ? { name: product.name, model: product.model, unit: product.unit, price: product.price, status: product.status, categoryId: product.categoryId, description: product.description }
      : { status: 'ACTIVE', categoryId: defaultCategoryId ?? null });
  }, [open, product, defaultCategoryId, form]);

  async function submit(values: ProductInput) {
    setBusy(true);
    setError(null);
    const input = { ...values, categoryId: values.categoryId ?? null, model: values.model || null, unit: values.unit || null, description: values.description || null };
    try {
      await gql(product ? UPDATE_PRODUCT : CREATE_PRODUCT, product ? { id: product.id, input } : { input });
      onSaved();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, [...PRODUCT_FORM_FIELDS]);
      form.setFields(fields.map((f) => ({ name: f.name as keyof ProductInput, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });
  return (
    <Modal open={open} title={product ? t('product.edit') : t('product.create')} onCancel={onClose} onOk={() => form.submit()} okText={t('action.save')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId('product-form-submit')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<ProductInput> form={form} layout="vertical" onFinish={submit} data-testid="product-form">
        <Form.Item name="name" label={t('product.field.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('product.field.name') }) }, max(100)]}>
          <Input data-testid="product-form-name" />
        </Form.Item>
        <Form.Item name="model" label={t('product.field.model')} rules={[max(100)]}><Input data-testid="product-form-model" /></Form.Item>
        <Form.Item name="unit" label={t('product.field.unit')} rules={[max(20)]}><Input /></Form.Item>
        <Form.Item name="price" label={t('product.field.price')} rules={[{ required: true, message: t('validation.required', { field: t('product.field.price') }) }, { pattern: MONEY, message: t('server.opp.money') }]}>
          <Input prefix="¥" inputMode="decimal" data-testid="product-form-price" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('product.field.category')}>
          <TreeSelect allowClear treeData={categoryTree(categories)} treeDefaultExpandAll placeholder={t('product.uncategorized')} />
        </Form.Item>
        <Form.Item name="status" label={t('product.field.status')}>
          <Select options={(['ACTIVE', 'INACTIVE'] as const).map((s) => ({ value: s, label: t(`product.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('product.field.description')} rules={[max(500)]}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
      </Form>
    </Modal>
  );
}
