// The message catalogue: lookup with `{name}` placeholders, falling back to Chinese, then to the key itself.
import type { Locale } from './locale';
import { zhCN } from './zh-CN';
import { en } from './en';
import { adminZhCN } from './admin.zh-CN';
import { adminEn } from './admin.en';
import { contractZhCN } from './contract.zh-CN';
import { contractEn } from './contract.en';
import { activityZhCN } from './activity.zh-CN';
import { activityEn } from './activity.en';
import { leadZhCN } from './lead.zh-CN';
import { leadEn } from './lead.en';
import { poolZhCN } from './pool.zh-CN';
import { poolEn } from './pool.en';
import { workZhCN } from './work.zh-CN';
import { workEn } from './work.en';
import { opportunityZhCN } from './opportunity.zh-CN';
import { opportunityEn } from './opportunity.en';
import { supervisionZhCN } from './supervision.zh-CN';
import { supervisionEn } from './supervision.en';
import { offboardingZhCN } from './offboarding.zh-CN';
import { offboardingEn } from './offboarding.en';
import { insightZhCN } from './insight.zh-CN';
import { insightEn } from './insight.en';
import { kitZhCN } from './kit.zh-CN';
import { kitEn } from './kit.en';
import { dailyZhCN } from './daily.zh-CN';
import { dailyEn } from './daily.en';
import { dataioZhCN } from './dataio.zh-CN';
import { dataioEn } from './dataio.en';
import { ioZhCN } from './io.zh-CN';
import { ioEn } from './io.en';
import { dictionaryZhCN } from './dictionary.zh-CN';
import { dictionaryEn } from './dictionary.en';
import { customFieldZhCN } from './custom-field.zh-CN';
import { customFieldEn } from './custom-field.en';
import { settingsZhCN } from './settings.zh-CN';
import { settingsEn } from './settings.en';
import { recycleZhCN } from './recycle.zh-CN';
import { recycleEn } from './recycle.en';

export type MessageKey = keyof typeof zhCN | keyof typeof adminZhCN | keyof typeof contractZhCN | keyof typeof activityZhCN | keyof typeof leadZhCN | keyof typeof poolZhCN | keyof typeof opportunityZhCN | keyof typeof workZhCN | keyof typeof supervisionZhCN | keyof typeof offboardingZhCN | keyof typeof insightZhCN | keyof typeof kitZhCN | keyof typeof dailyZhCN | keyof typeof dataioZhCN | keyof typeof ioZhCN | keyof typeof dictionaryZhCN | keyof typeof customFieldZhCN | keyof typeof settingsZhCN | keyof typeof recycleZhCN;
export type MessageParams = Record<string, string | number | null | undefined>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': { ...zhCN, ...adminZhCN, ...contractZhCN, ...activityZhCN, ...leadZhCN, ...poolZhCN, ...opportunityZhCN, ...workZhCN, ...supervisionZhCN, ...offboardingZhCN, ...insightZhCN, ...kitZhCN, ...dailyZhCN, ...dataioZhCN, ...ioZhCN, ...dictionaryZhCN, ...customFieldZhCN, ...settingsZhCN, ...recycleZhCN },
  en: { ...en, ...adminEn, ...contractEn, ...activityEn, ...leadEn, ...poolEn, ...opportunityEn, ...workEn, ...supervisionEn, ...offboardingEn, ...insightEn, ...kitEn, ...dailyEn, ...dataioEn, ...ioEn, ...dictionaryEn, ...customFieldEn, ...settingsEn, ...recycleEn },
};

export const hasMessage = (key: string): key is MessageKey => key in catalogs['zh-CN'];

/** The keys under a prefix (every `history.action.`…), for pickers built from the catalogue. */
export const messageKeys = (prefix: string): MessageKey[] => (Object.keys(catalogs['zh-CN']) as MessageKey[]).filter((k) => k.startsWith(prefix));

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
