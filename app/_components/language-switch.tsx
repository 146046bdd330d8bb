'use client';
// 中文 / English switch; the choice is kept in a cookie so every page (and the server) uses it.
import { Segmented } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Locale } from '@/app/_lib/i18n/locale';

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t('header.language')}
      data-testid="language-switch"
      value={locale}
      onChange={(value) => setLocale(value)}
      options={[{ label: '中文', value: 'zh-CN' }, { label: 'EN', value: 'en' }]}
    />
  );
}
