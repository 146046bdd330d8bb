'use client';
// Add a sub-department, or rename / move / set the head / sort order of one.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { subtreeIds } from '@/app/_lib/tree';
import { testId } from '@/app/_lib/labels';
import { CREATE_DEPARTMENT, UPDATE_DEPARTMENT, type AdminDepartment } from '@/app/_lib/api/admin';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { UserPicker } from '@/app/_components/user-picker';

interface Values { name: string; parentId?: string; headId?: string | null; sortOrder?: number }
interface Props {
  open: boolean;
  mode: 'create' | 'edit';
  /** The selected department: the parent when creating, the one edited otherwise. */
  department: AdminDepartment | null;
  departments: AdminDepartment[];
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function DepartmentFormModal({ open, mode, department, departments, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editing = mode === 'edit';
  // A department cannot move under itself or its own sub-departments.
  const blocked = useMemo(() => (editing && department ? subtreeIds(departments, department.id) : undefined), [editing, department, departments]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue(editing && department
      ? { name: department.name, parentId: department.parentId ?? undefined, headId: department.headId, sortOrder: department.sortOrder }
      : { name: '', parentId: department?.id, headId: null, sortOrder: 0 });
  }, [open, editing, department, form]);

  async function submit(values: Values) {
    if (!department) return;
    setBusy(true);
    setError(null);
    try {
      if (editing) {
        const input = { name: values.name, headId: values.headId ?? null, sortOrder: values.sortOrder ?? 0, ...(department.parentId ? { parentId: values.parentId } : {}) };
        await gql(UPDATE_DEPARTMENT, { id: department.id, input });
        onSaved(department.id);
      } else {
        const result = await gql(CREATE_DEPARTMENT, {
          input: { name: values.name, parentId: department.id, headId: values.headId ?? null, sortOrder: values.sortOrder ?? 0 },
        });
        onSaved(result.createDepartment.id);
      }
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['name', 'parentId', 'headId', 'sortOrder']);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={editing ? t('admin.dept.edit') : t('admin.dept.addChild')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('action.save')} cancelText={t('action.cancel')} confirmLoading={busy} destroyOnHidden okButtonProps={testId('department-form-submit')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="department-form">
        <Form.Item name="name" label={t('admin.dept.name')} rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('admin.dept.name') }) },
          { max: 100, message: t('validation.maxLength', { max: 100 }) },
        ]}>
          <Input data-testid="department-form-name" />
        </Form.Item>
        {editing && department?.parentId && (
          <Form.Item name="parentId" label={t('admin.dept.parent')} extra={t('admin.dept.moveHint')}
            rules={[{ required: true, message: t('validation.select', { field: t('admin.dept.parent') }) }]}>
            <DepartmentTreeSelect disabledIds={blocked} data-testid="department-form-parent" />
          </Form.Item>
        )}
        <Form.Item name="headId" label={t('admin.dept.head')}>
          <UserPicker source="directory" allowClear placeholder={t('transfer.searchUser')} data-testid="department-form-head" />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('admin.dept.sortOrder')}>
          <InputNumber style={{ width: '100%' }} precision={0} data-testid="department-form-sort" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
