'use client';
// Username/password form: signs in through next-auth and explains a refusal in the user's language.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useSWRConfig } from 'swr';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { ME_QUERY } from '@/app/_lib/me';
import { loginErrorKey, safeCallbackUrl } from '@/app/_lib/auth-flow';

interface Values { username: string; password: string }

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const result = await signIn('credentials', { redirect: false, username: values.username, password: values.password });
      if (!result || result.error || !result.ok) {
        setError(t(loginErrorKey(result?.error)));
        return;
      }
      // Whatever was cached belonged to the previous session.
      await mutate(() => true, undefined, { revalidate: false });
      const { me } = await gql(ME_QUERY);
      router.replace(me.mustChangePassword ? '/change-password' : safeCallbackUrl(callbackUrl, '/'));
      router.refresh();
    } catch {
      setError(t('login.error.unknown'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" role="alert" />}
      <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('validation.required', { field: t('login.username') }) }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('validation.required', { field: t('login.password') }) }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">{t('login.submit')}</Button>
    </Form>
  );
}
