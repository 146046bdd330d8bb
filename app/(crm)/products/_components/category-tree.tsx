'use client';
// The product category tree (left of the product list): pick a category to filter; managers add, rename,
// re-parent and delete categories.
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Space, Tree, TreeSelect } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { CREATE_PRODUCT_CATEGORY, DELETE_PRODUCT_CATEGORY, UPDATE_PRODUCT_CATEGORY, type ProductCategory } from '@/app/_lib/api/opportunities';

interface TreeNode { key: string; value: string; title: string; children: TreeNode[] }

/** Categories as tree data, siblings in their sort order. */
export function categoryTree(categories: ProductCategory[], parentId: string | null = null): TreeNode[] {
  return categories.filter((c) => (c.parentId ?? null) === parentId)
    .map((c) => ({ key: c.id, value: c.id, title: c.name, children: categoryTree(categories, c.id) }));
}

interface Values { name: string; parentId?: string | null; sort?: number }

export function CategoryTreeCard({ categories, selected, onSelect, manage, onChanged }: {
  categories: ProductCategory[]; selected: string | null; onSelect: (id: string | null) => void; manage: boolean; onChanged: () => void;
}) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<ProductCategory | 'new' | null>(null);
  const current = categories.find((c) => c.id === selected) ?? null;

  const open = (target: ProductCategory | 'new') => {
    form.resetFields();
    form.setFieldsValue(target === 'new' ? { parentId: selected, sort: 0 } : { name: target.name, parentId: target.parentId, sort: target.sort });
    setEditing(target);
  };

  async function submit(values: Values) {
    try {
      const input = { name: values.name, parentId: values.parentId ?? null, sort: values.sort ?? 0 };
      if (editing === 'new') await gql(CREATE_PRODUCT_CATEGORY, { input });
      else if (editing) await gql(UPDATE_PRODUCT_CATEGORY, { id: editing.id, input });
      setEditing(null);
      message.success(t('common.saved'));
      onChanged();
    } catch (e) {
      const { fields, message: text } = formErrorsOf(t, e, ['name', 'parentId', 'sort']);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      if (text) message.error(text);
    }
  }

  const remove = (category: ProductCategory) => modal.confirm({
    title: t('product.category.deleteConfirm', { name: category.name }), okType: 'danger', okText: t('action.delete'), cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'),
    onOk: async () => {
      try {
        await gql(DELETE_PRODUCT_CATEGORY, { id: category.id });
        onSelect(null);
        onChanged();
      } catch (e) { message.error(errorMessage(t, e)); }
    },
  });

  return (
    <Card size="small" title={t('product.category.title')} data-testid="product-categories"
      extra={manage && (
        <Space size={4}>
          <Button size="small" type="text" icon={<PlusOutlined />} aria-label={t('product.category.create')} onClick={() => open('new')} data-testid="category-add" />
          {current && <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('product.category.edit')} onClick={() => open(current)} data-testid="category-edit" />}
          {current && <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('product.category.delete')} onClick={() => remove(current)} data-testid="category-delete" />}
        </Space>
      )}>
      <Tree
        key={categories.length} blockNode defaultExpandAll selectedKeys={selected ? [selected] : ['all']}
        treeData={[{ key: 'all', title: t('product.allCategories'), children: categoryTree(categories) }]}
        onSelect={(keys) => onSelect(keys[0] && keys[0] !== 'all' ? String(keys[0]) : null)}
      />
      <Modal open={!!editing} title={editing === 'new' ? t('product.category.create') : t('product.category.edit')} onCancel={() => setEditing(null)}
        onOk={() => form.submit()} okText={t('action.save')} destroyOnHidden okButtonProps={testId('category-form-submit')}>
        <Form<Values> form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="name" label={t('product.category.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('product.category.name') }) }, { max: 50 }]}>
            <Input data-testid="category-form-name" />
          </Form.Item>
          <Form.Item name="parentId" label={t('product.category.parent')}>
            <TreeSelect allowClear treeDefaultExpandAll treeData={categoryTree(categories.filter((c) => editing === 'new' || !editing || c.id !== editing.id))} />
          </Form.Item>
          <Form.Item name="sort" label={t('product.category.sort')}><InputNumber min={0} max={9999} precision={0} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
