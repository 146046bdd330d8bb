'use client';
// The frame of the sign-in pages: a centred card with the product name and the language switch.
import { Card, Flex, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { LanguageSwitch } from '@/app/_components/language-switch';

export function AuthFrame({ title, children }: { title: 'login' | 'password'; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }} gap={8}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>{title === 'login' ? t('login.title') : t('password.title')}</Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          <LanguageSwitch size="small" />
        </Flex>
        {children}
      </Card>
    </Flex>
  );
}
