'use client';
// Client-side providers shared by every page: next-auth session, language, Ant Design theme and locale.
import { SessionProvider } from 'next-auth/react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { I18nProvider, useI18n } from '@/app/_lib/i18n/context';
import type { Locale } from '@/app/_lib/i18n/locale';

function AntdConfig({ children }: { children: React.ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}

export function Providers({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <I18nProvider initialLocale={locale}>
        <AntdConfig>{children}</AntdConfig>
      </I18nProvider>
    </SessionProvider>
  );
}
