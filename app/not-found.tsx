// Any address the app does not know (and notFound() in a page): the Chinese (or English) 404 page.
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { translate } from './_lib/i18n/catalog';
import { LOCALE_COOKIE, parseLocale } from './_lib/i18n/locale';
import { StatusPage } from './_components/status-page';

export async function generateMetadata(): Promise<Metadata> {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { title: `${translate(locale, 'page.notFound.title')} - ${translate(locale, 'app.short')}` };
}

export default function NotFound() {
  return <StatusPage kind="notFound" />;
}
