// Root layout: the remembered language (cookie), Ant Design's style registry with the CSP nonce, and the client providers.
import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import { AntdRegistry } from './_components/antd-registry';
import { Providers } from './_components/providers';
import { LOCALE_COOKIE, parseLocale } from './_lib/i18n/locale';
import './globals.css';

export const metadata: Metadata = { title: 'CRM', description: 'Customer relationship management' };
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  // The CSP nonce proxy.ts made for this response: Ant Design's style tags carry it.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang={locale}>
      <body>
        <AntdRegistry nonce={nonce}>
          <Providers locale={locale} nonce={nonce}>{children}</Providers>
        </AntdRegistry>
      </body>
    </html>
  );
}
