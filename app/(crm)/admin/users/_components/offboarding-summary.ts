// The one-line outcome of an offboarding for the success message: who was disabled, what went to whom, what
// went to the public pool, and what (without a successor) stayed with the disabled user.
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { OFFBOARDING_KINDS, type OffboardingCounts, type OffboardingKind, type OffboardingResult } from '@/app/_lib/api/offboarding';

export const kindLabel = (t: Translate, kind: OffboardingKind) => t(`offboarding.kind.${kind}` as MessageKey);

/** "客户 2、联系人 3": only the kinds that have records. */
export function countsText(t: Translate, counts: OffboardingCounts): string {
  return OFFBOARDING_KINDS.filter((k) => counts[k] > 0)
    .map((k) => t('offboarding.done.item', { kind: kindLabel(t, k), count: counts[k] }))
    .join(t('offboarding.done.itemSeparator'));
}

export function offboardingSummary(t: Translate, result: OffboardingResult): string {
  const parts = [t('offboarding.done.disabled', { name: result.user.name })];
  const transferred = countsText(t, result.transferred);
  if (result.successor && transferred) parts.push(t('offboarding.done.transferred', { items: transferred, successor: result.successor.name }));
  if (result.customersReleased > 0) parts.push(t('offboarding.done.released', { count: result.customersReleased }));
  const kept = countsText(t, result.kept);
  if (kept) parts.push(t('offboarding.done.kept', { items: kept }));
  return parts.join(t('offboarding.done.sentenceSeparator'));
}
