// The message catalogue: lookup with `{name}` placeholders, falling back to Chinese, then to the key itself.
import type { Locale } from './locale';
import { zhCN } from './zh-CN';
import { en } from './en';
import { adminZhCN } from './admin.zh-CN';
import { adminEn } from './admin.en';

export type MessageKey = keyof typeof zhCN | keyof typeof adminZhCN;
export type MessageParams = Record<string, string | number | null | undefined>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': { ...zhCN, ...adminZhCN },
  en: { ...en, ...adminEn },
};

export const hasMessage = (key: string): key is MessageKey => key in catalogs['zh-CN'];

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalogs[locale]?.[key] ?? catalogs['zh-CN'][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A translator bound to one locale (also handy in tests). */
export const translator = (locale: Locale): Translate => (key, params) => translate(locale, key, params);
