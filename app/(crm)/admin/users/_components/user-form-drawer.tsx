'use client';
// Create or edit a user: login name (set once), name, department, position, roles, contact details; a new
// user gets an initial password they must change.
import { useEffect, useState } from 'react';
import { Alert, Col, Drawer, Form, Grid, Input, Row, Select } from 'antd';
import { EMAIL, PHONE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { CREATE_USER, POSITIONS_QUERY, ROLES_QUERY, UPDATE_USER, type AdminUser } from '@/app/_lib/api/admin';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { PASSWORD_PATTERN } from '@/app/_components/change-password-form';
import { DrawerFooter } from '../../../_kit/form/drawer-footer';

interface Values {
  username: string;
  name: string;
  departmentId: string;
  positionId: string | null;
  roleIds: string[];
  phone: string | null;
  email: string | null;
  address: string | null;
  password: string;
}
const FIELDS = ['username', 'name', 'departmentId', 'positionId', 'roleIds', 'phone', 'email', 'address', 'password'];

export function UserFormDrawer({ open, user, onClose, onSaved }: { open: boolean; user: AdminUser | null; onClose: () => void; onSaved: (created: boolean) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const departmentId = Form.useWatch('departmentId', form);
  const { data: roles } = useQuery(ROLES_QUERY, open ? { assignable: true } : null);
  const { data: positions } = useQuery(POSITIONS_QUERY, departmentId ? { departmentId } : null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    if (user) {
      form.setFieldsValue({
        username: user.username, name: user.name, departmentId: user.departmentId, positionId: user.positionId,
        roleIds: user.roles.map((r) => r.id), phone: user.phone, email: user.email, address: user.address,
      });
    }
  }, [open, user, form]);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      if (user) {
        const { username: _u, password: _p, ...input } = values;
        await gql(UPDATE_USER, { id: user.id, input: { ...input, positionId: input.positionId ?? null } });
        onSaved(false);
      } else {
        await gql(CREATE_USER, { input: { ...values, positionId: values.positionId ?? null } });
        onSaved(true);
      }
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, FIELDS);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('validation.required', { field }) });
  // Roles the user holds but you may not give stay visible (the server refuses to change them).
  const roleOptions = [...(roles?.roles ?? []), ...(user?.roles ?? []).filter((r) => !roles?.roles.some((x) => x.id === r.id))]
    .map((r) => ({ value: r.id, label: r.name }));

  return (
    <Drawer open={open} onClose={onClose} title={user ? t('admin.user.edit') : t('admin.user.create')} size={screens.md ? 640 : '100%'} destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} busy={busy} saveTestId="user-form-submit" />}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="user-form">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="username" label={t('user.field.username')} rules={user ? [] : [required(t('user.field.username')), { pattern: /^\S{2,50}$/, message: t('server.username') }]}>
              <Input disabled={!!user} autoComplete="off" data-testid="user-form-username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('user.field.name')} rules={[required(t('user.field.name')), { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
              <Input data-testid="user-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="departmentId" label={t('user.field.department')} rules={[{ required: true, message: t('validation.select', { field: t('user.field.department') }) }]}>
              <DepartmentTreeSelect onChange={() => form.setFieldValue('positionId', null)} data-testid="user-form-department" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="positionId" label={t('user.field.position')}>
              <Select allowClear disabled={!departmentId} data-testid="user-form-position" options={(positions?.positions ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="roleIds" label={t('user.field.roles')} rules={[{ required: true, message: t('server.oneRole') }]}>
              <Select mode="multiple" options={roleOptions} data-testid="user-form-roles" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('user.field.phone')} rules={[{ pattern: PHONE, message: t('validation.phone') }]}>
              <Input allowClear data-testid="user-form-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('user.field.email')} rules={[{ pattern: EMAIL, message: t('validation.email') }]}>
              <Input allowClear data-testid="user-form-email" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('user.field.address')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
              <Input allowClear data-testid="user-form-address" />
            </Form.Item>
          </Col>
          {!user && (
            <Col xs={24}>
              <Form.Item name="password" label={t('admin.user.password')} extra={t('admin.user.passwordHint')}
                rules={[required(t('admin.user.password')), { pattern: PASSWORD_PATTERN, message: t('validation.password') }]}>
                <Input.Password autoComplete="new-password" data-testid="user-form-password" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Drawer>
  );
}
