'use client';
// Loads who is signed in, explains why a new password is needed, and continues to the customers afterwards.
import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { Alert, App, Button, Spin } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { ME_QUERY } from '@/app/_lib/me';
import { ChangePasswordForm } from '@/app/_components/change-password-form';

export function ForcedPasswordChange() {
  const { t } = useI18n();
  const router = useRouter();
  const { message } = App.useApp();
  const { data, error } = useQuery(ME_QUERY);
  if (error) {
    return <Button onClick={() => signOut({ callbackUrl: '/login' })}>{t('login.submit')}</Button>;
  }
  if (!data) return <Spin />;
  return (
    <>
      {data.me.mustChangePassword && <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
      <ChangePasswordForm
        username={data.me.user.username}
        onDone={(signedIn) => {
          message.success(t('password.changed'));
          router.replace(signedIn ? '/customers' : '/login');
          router.refresh();
        }}
      />
      <Button type="link" style={{ paddingLeft: 0, marginTop: 8 }} onClick={() => signOut({ callbackUrl: '/login' })}>{t('header.logout')}</Button>
    </>
  );
}
