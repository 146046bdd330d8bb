'use client';
// Client-side providers shared by every page: next-auth session, language, Ant Design theme and locale.
import { useState } from 'react';
import { SessionProvider } from 'next-auth/react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { I18nProvider, useI18n } from '@/app/_lib/i18n/context';
import type { Locale } from '@/app/_lib/i18n/locale';
import { documentNonce } from './style-nonce';

function AntdConfig({ nonce, children }: { nonce?: string; children: React.ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }} csp={{ nonce }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}

/** `nonce`: the page's CSP nonce, put on the style tags Ant Design adds in the browser. */
export function Providers({ locale, nonce, children }: { locale: Locale; nonce?: string; children: React.ReactNode }) {
  // In the browser, the nonce of the document: a later navigation's server render carries a new nonce, which
  // the policy this document was served with does not know.
  const [cspNonce] = useState(() => documentNonce() ?? nonce);
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <I18nProvider initialLocale={locale}>
        <AntdConfig nonce={cspNonce}>{children}</AntdConfig>
      </I18nProvider>
    </SessionProvider>
  );
}
