// How a list's total reads: "共 1,234 条", or "10,000+" when the API stopped counting (capped count).
import type { Translate } from '@/app/_lib/i18n/catalog';

export interface CountLike { totalCount: number; totalCountExact?: boolean | null }

export function totalLabel(t: Translate, count: CountLike | null | undefined): string {
  if (!count) return '';
  const n = count.totalCount.toLocaleString('en-US');
  return count.totalCountExact === false ? t('kit.totalCapped', { total: n }) : t('common.total', { total: n });
}
