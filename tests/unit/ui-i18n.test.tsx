/** @jest-environment jsdom */
// The language switch changes every text at once and remembers the choice in a cookie; the catalogue falls back.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, useI18n } from '@/app/_lib/i18n/context';
import { hasMessage, translate } from '@/app/_lib/i18n/catalog';
import { parseLocale } from '@/app/_lib/i18n/locale';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { installBrowserShims } from './ui-setup';

installBrowserShims();

function Probe() {
  const { t } = useI18n();
  return <p data-testid="probe">{t('menu.customers')} / {t('common.total', { total: 3 })}</p>;
}

describe('i18n', () => {
  it('starts in Chinese and switches to English, remembering the choice in a cookie', async () => {
    render(<I18nProvider initialLocale="zh-CN"><LanguageSwitch /><Probe /></I18nProvider>);
    expect(screen.getByTestId('probe').textContent).toBe('客户 / 共 3 条');
    await act(async () => { fireEvent.click(screen.getByText('EN')); });
    expect(screen.getByTestId('probe').textContent).toBe('Customers / 3 in total');
    expect(document.cookie).toContain('crm-locale=en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('reads the remembered locale and defaults to Chinese for anything else', () => {
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('fr')).toBe('zh-CN');
    expect(parseLocale(undefined)).toBe('zh-CN');
  });

  it('keeps a placeholder it has no value for and knows which keys exist', () => {
    expect(translate('en', 'customer.duplicate', { code: 'KH1' })).toBe('The customer already exists: code KH1, owner {owner}');
    expect(hasMessage('customer.level.CORE')).toBe(true);
    expect(hasMessage('customer.level.UNKNOWN')).toBe(false);
  });
});
