// Form rules in the user's language, mirroring the server's checks.
import type { Rule } from 'antd/es/form';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';

export const required = (t: Translate, field: string): Rule => ({ required: true, whitespace: true, message: t('validation.required', { field }) });
export const maxLength = (t: Translate, max: number): Rule => ({ max, message: t('validation.maxLength', { max }) });
export const matches = (t: Translate, pattern: RegExp, key: MessageKey): Rule => ({ pattern, message: t(key) });
