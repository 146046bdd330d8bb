'use client';
// An administrator sets a temporary password; the user's sessions and tokens end and they must change it.
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { RESET_PASSWORD, type AdminUser } from '@/app/_lib/api/admin';
import { PASSWORD_PATTERN } from '@/app/_components/change-password-form';

export function ResetPasswordModal({ user, onClose, onDone }: { user: AdminUser | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (user) { form.resetFields(); setError(null); } }, [user, form]);

  async function submit(values: { newPassword: string }) {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await gql(RESET_PASSWORD, { id: user.id, newPassword: values.newPassword });
      onDone();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['newPassword']);
      form.setFields(fields.map((f) => ({ name: f.name as 'newPassword', errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={!!user} title={user ? t('admin.user.resetTitle', { name: user.name }) : ''} onCancel={onClose} onOk={() => form.submit()}
      okText={t('action.resetPassword')} cancelText={t('action.cancel')} confirmLoading={busy} destroyOnHidden okButtonProps={testId('reset-password-submit')}>
      <Alert type="warning" showIcon title={t('admin.user.resetHint')} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rule')}
          rules={[{ required: true, message: t('validation.required', { field: t('password.new') }) }, { pattern: PASSWORD_PATTERN, message: t('validation.password') }]}>
          <Input.Password autoComplete="new-password" data-testid="reset-password-new" />
        </Form.Item>
        <Form.Item name="confirm" label={t('password.confirm')} dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.required', { field: t('password.confirm') }) },
            ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))) }),
          ]}>
          <Input.Password autoComplete="new-password" data-testid="reset-password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
