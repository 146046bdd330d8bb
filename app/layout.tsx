// Root layout: the remembered language (cookie), Ant Design's style registry and the client providers.
import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import { AntdRegistry } from '@ant-design/nextjs-registry';
import { Providers } from './_components/providers';
import { LOCALE_COOKIE, parseLocale } from './_lib/i18n/locale';
import './globals.css';

export const metadata: Metadata = { title: 'CRM', description: 'Customer relationship management' };
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return (
    <html lang={locale}>
      <body>
        <AntdRegistry>
          <Providers locale={locale}>{children}</Providers>
        </AntdRegistry>
      </body>
    </html>
  );
}
