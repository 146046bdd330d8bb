'use client';
// The role editor drawer: name and description, the permission checklist, data scopes, field permissions. Server field errors on
// nested scope fields are shown in one alert.
import { useEffect, useState } from 'react';
import { Alert, Drawer, Form, Grid, Input, Spin, Tabs } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { CREATE_ROLE, PERMISSION_CATALOG_QUERY, UPDATE_ROLE, type AdminRole } from '@/app/_lib/api/admin';
import { type RoleDraft, draftOf, emptyDraft, inputOf } from './role-draft';
import { PermissionChecklist } from './permission-checklist';
import { ScopeEditor } from './scope-editor';
import { FieldPermissionEditor } from './field-permission-editor';
import { DrawerFooter } from '../../../_kit/form/drawer-footer';

interface Props { open: boolean; role: AdminRole | null; onClose: () => void; onSaved: () => void }

export function RoleEditor({ open, role, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<{ name: string; description: string }>();
  const [draft, setDraft] = useState<RoleDraft>(emptyDraft());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data } = useQuery(PERMISSION_CATALOG_QUERY, open ? {} : null);

  useEffect(() => {
    if (!open) return;
    const next = role ? draftOf(role, t) : emptyDraft();
    setDraft(next);
    setError(null);
    form.resetFields();
    form.setFieldsValue({ name: next.name, description: next.description });
    // Not on a language switch: that would throw away what is being typed.
  }, [open, role, form]); // eslint-disable-line react-hooks/exhaustive-deps

  async function submit(values: { name: string; description: string }) {
    setBusy(true);
    setError(null);
    const input = inputOf({ ...draft, name: values.name ?? '', description: values.description ?? '' }, role);
    try {
      if (role) await gql(UPDATE_ROLE, { id: role.id, input });
      else await gql(CREATE_ROLE, { input });
      onSaved();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['name', 'description']);
      form.setFields(fields.map((f) => ({ name: f.name as 'name', errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  const catalog = data?.permissionCatalog;
  return (
    <Drawer open={open} onClose={onClose} title={role ? t('admin.role.edit') : t('admin.role.create')} size={screens.md ? 860 : '100%'} destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} busy={busy} saveTestId="role-form-submit" />}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="role-form-error" />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="role-form">
        <Form.Item name="name" label={t('admin.role.name')} rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('admin.role.name') }) },
          { max: 50, message: t('validation.maxLength', { max: 50 }) },
        ]}>
          <Input data-testid="role-form-name" />
        </Form.Item>
        <Form.Item name="description" label={t('admin.role.description')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
          <Input.TextArea rows={2} data-testid="role-form-description" />
        </Form.Item>
      </Form>
      {!catalog ? <Spin /> : (
        <Tabs items={[
          { key: 'permissions', label: t('admin.role.permissions'), children: <PermissionChecklist catalog={catalog} value={draft.permissions} onChange={(permissions) => setDraft({ ...draft, permissions })} /> },
          { key: 'scopes', label: t('admin.role.scopes'), children: <ScopeEditor catalog={catalog} draft={draft} onChange={setDraft} /> },
          { key: 'fields', label: <span data-testid="role-tab-fields">{t('admin.role.fields')}</span>, children: <FieldPermissionEditor catalog={catalog} draft={draft} onChange={setDraft} /> },
        ]} />
      )}
    </Drawer>
  );
}
