// Translated labels and tag colours for enum values.
import { hasMessage, type MessageKey, type Translate } from './i18n/catalog';
import type { CustomerLevel, CustomerType, DealStatus } from './api/customers';

export const typeLabel = (t: Translate, value: CustomerType) => t(`customer.type.${value}` as MessageKey);
export const levelLabel = (t: Translate, value: CustomerLevel) => t(`customer.level.${value}` as MessageKey);
export const dealLabel = (t: Translate, value: DealStatus) => t(`customer.deal.${value}` as MessageKey);
export const userStatusLabel = (t: Translate, value: string) => t(`user.status.${value}` as MessageKey);

export const LEVEL_COLORS: Record<CustomerLevel, string> = { CORE: 'volcano', HIGH_GROWTH: 'gold', NORMAL: 'default' };
export const USER_STATUS_COLORS: Record<string, string> = { ACTIVE: 'green', INACTIVE: 'default', DISABLED: 'red' };

/** `data-testid` for props objects whose types do not list data attributes (antd button props and the like). */
export const testId = <T,>(id: string) => ({ 'data-testid': id }) as T;

/** Catalogue lookup with the raw code as fallback (for codes added on the server before the UI knows them). */
const orRaw = (t: Translate, key: string, raw: string) => (hasMessage(key) ? t(key) : raw);
export const scopeLabel = (t: Translate, level: string) => orRaw(t, `scope.${level}`, level);
export const moduleLabel = (t: Translate, module: string) => orRaw(t, `module.${module}`, module);
export const permissionLabel = (t: Translate, code: string) => orRaw(t, `perm.${code}`, code);
export const permissionGroupLabel = (t: Translate, group: string) => orRaw(t, `permGroup.${group}`, group);
export const entityLabel = (t: Translate, type: string) => orRaw(t, `entity.${type}`, type);
