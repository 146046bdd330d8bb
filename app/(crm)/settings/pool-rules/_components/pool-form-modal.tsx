'use client';
// Creates or edits a pool: name, administrators, member departments (with or without sub-departments), members.
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { CREATE_POOL, UPDATE_POOL, type PoolDetail } from '@/app/_lib/api/pool';
import { DepartmentsSelect, UsersSelect } from './pool-members';

interface Values { name: string; administratorIds: string[]; memberDepartmentIds: string[]; includeChildren: boolean; memberUserIds: string[] }
const FIELDS = ['name', 'administratorIds', 'memberUserIds', 'memberDepartments'];

export function PoolFormModal({ pool, open, onClose, onSaved }: { pool: PoolDetail | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({
      name: pool?.name ?? '',
      administratorIds: pool?.administrators.map((u) => u.id) ?? [],
      memberUserIds: pool?.memberUsers.map((u) => u.id) ?? [],
      memberDepartmentIds: pool?.memberDepartments.flatMap((d) => (d.department ? [d.department.id] : [])) ?? [],
      includeChildren: pool ? pool.memberDepartments.every((d) => d.includeChildren) : true,
    });
  }, [open, pool, form]);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const input = {
      name: values.name, administratorIds: values.administratorIds, memberUserIds: values.memberUserIds,
      memberDepartments: values.memberDepartmentIds.map((departmentId) => ({ departmentId, includeChildren: values.includeChildren })),
    };
    try {
      if (pool) await gql(UPDATE_POOL, { id: pool.id, input });
      else await gql(CREATE_POOL, { input });
      onSaved();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, FIELDS);
      form.setFields(fields.map((f) => ({ name: (f.name === 'memberDepartments' ? 'memberDepartmentIds' : f.name) as keyof Values, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={pool ? t('poolRules.editPool') : t('poolRules.createPool')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('action.save')} confirmLoading={busy} destroyOnHidden okButtonProps={testId('pool-form-submit')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="pool-form">
        <Form.Item name="name" label={t('poolRules.poolName')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('poolRules.poolName') }) }, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
          <Input maxLength={50} data-testid="pool-form-name" />
        </Form.Item>
        <Form.Item name="administratorIds" label={t('poolRules.administrators')}>
          <UsersSelect initial={pool?.administrators} data-testid="pool-form-admins" />
        </Form.Item>
        <Form.Item name="memberDepartmentIds" label={t('poolRules.memberDepartments')} style={{ marginBottom: 4 }}>
          <DepartmentsSelect data-testid="pool-form-departments" />
        </Form.Item>
        <Form.Item name="includeChildren" valuePropName="checked">
          <Checkbox data-testid="pool-form-children">{t('poolRules.includeChildren')}</Checkbox>
        </Form.Item>
        <Form.Item name="memberUserIds" label={t('poolRules.memberUsers')}>
          <UsersSelect initial={pool?.memberUsers} data-testid="pool-form-users" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
