'use client';
// The root layout itself failed: no providers are left, so this page is plain HTML in the remembered language.
import { useEffect } from 'react';
import { translate } from './_lib/i18n/catalog';
import { LOCALE_COOKIE, parseLocale } from './_lib/i18n/locale';

function cookieLocale() {
  if (typeof document === 'undefined') return parseLocale(undefined);
  const entry = document.cookie.split('; ').find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return parseLocale(entry?.slice(LOCALE_COOKIE.length + 1));
}

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => { console.error(error); }, [error]);
  const locale = cookieLocale();
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const button = { padding: '6px 16px', borderRadius: 6, fontSize: 14, cursor: 'pointer', textDecoration: 'none' } as const;
  return (
    <html lang={locale}>
      <body style={{ margin: 0, background: '#f5f6f8', fontFamily: '-apple-system, "PingFang SC", "Microsoft YaHei", sans-serif' }}>
        <main data-testid="page-error" style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, boxSizing: 'border-box' }}>
          <div style={{ background: '#fff', borderRadius: 8, padding: '40px 32px', maxWidth: 560, width: '100%', textAlign: 'center', boxSizing: 'border-box' }}>
            <h1 style={{ fontSize: 24, fontWeight: 500, margin: '0 0 8px', color: 'rgba(0,0,0,0.88)' }}>{t('page.error.title')}</h1>
            <p style={{ color: 'rgba(0,0,0,0.45)', margin: '0 0 24px', fontSize: 14 }}>{t('page.error.detail')}</p>
            <div style={{ display: 'flex', gap: 8, justifyContent: 'center', flexWrap: 'wrap' }}>
              <button type="button" onClick={reset} style={{ ...button, border: '1px solid #d9d9d9', background: '#fff' }}>{t('page.retry')}</button>
              {/* A full page load: the client router may be what broke. */}
              <a href="/" style={{ ...button, border: '1px solid #1d4ed8', background: '#1d4ed8', color: '#fff' }}>{t('page.backHome')}</a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
