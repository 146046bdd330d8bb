// Money and ratios as the dashboard shows them: ¥1,234,567.00, 87.5%, and the change against the previous period.

/** ¥ with thousands separators and two decimals: the app's one money formatter. */
export { formatMoney } from '@/app/_lib/format';

/** Whole numbers with thousands separators. */
export const formatCount = (value: number | string | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A ratio (1 = 100%) as a percentage with at most one decimal. */
export const formatPercent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 1000) / 10}%`;

/** Change from `previous` to `current` as a ratio; null when there is nothing to compare with. */
export function change(current: number | string, previous: number | string): number | null {
  const now = Number(current);
  const before = Number(previous);
  if (!Number.isFinite(now) || !Number.isFinite(before) || before === 0) return null;
  return (now - before) / before;
}

/** 2026-12 → 2026年12月 (zh) or 2026-12 (en). */
export const formatMonth = (month: string, locale: string) => {
  const [y, m] = month.split('-');
  return locale === 'zh-CN' ? `${y}年${Number(m)}月` : month;
};
