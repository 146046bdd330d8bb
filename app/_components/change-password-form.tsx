'use client';
// Old + new + confirm password. The change ends every session and revokes every API token (the form says so), so
// the form signs in again with the new password.
import { signIn } from 'next-auth/react';
import { useSWRConfig } from 'swr';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { graphql } from '@/app/_lib/gql';
import { useFormSubmit } from '@/app/_lib/use-form-submit';

interface Values { oldPassword: string; newPassword: string; confirm: string }

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }
`);

/** Mirrors the server's policy: 8–72 characters with letters and digits. */
export const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{8,72}$/;

export function ChangePasswordForm({ username, onDone }: { username: string; onDone: (signedIn: boolean) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { mutate } = useSWRConfig();
  const { busy, error, submit: run } = useFormSubmit(form, ['oldPassword', 'newPassword']);

  // The change revokes every session and token: sign in again with the new password (busy until then).
  const submit = (values: Values) => run(async () => {
    await gql(CHANGE_PASSWORD, { oldPassword: values.oldPassword, newPassword: values.newPassword });
    const result = await signIn('credentials', { redirect: false, username, password: values.newPassword });
    await mutate(() => true, undefined, { revalidate: false });
    form.resetFields();
    onDone(!!result?.ok && !result.error);
  });

  const required = (field: string) => ({ required: true, message: t('validation.required', { field }) });
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="password-form" style={{ maxWidth: 400 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item name="oldPassword" label={t('password.old')} rules={[required(t('password.old'))]}>
        <Input.Password autoComplete="current-password" data-testid="password-old" />
      </Form.Item>
      <Form.Item
        name="newPassword" label={t('password.new')} extra={t('password.rule')}
        rules={[required(t('password.new')), { pattern: PASSWORD_PATTERN, message: t('validation.password') }]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirm" label={t('password.confirm')} dependencies={['newPassword']}
        rules={[
          required(t('password.confirm')),
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Typography.Paragraph type="secondary" data-testid="password-revokes-tokens">{t('password.revokesTokens')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="password-submit">{t('password.submit')}</Button>
    </Form>
  );
}
