// Text helpers: name normalisation for duplicate checks, LIKE escaping, simple format checks.

/** Trim, full-width → half-width (NFKC), lower case, no inner spaces: 「ＡＢＣ 公司」 equals "abc公司". */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '').trim();
}

/** Escapes %, _ and ! so user text is matched literally; use with `LIKE :x ESCAPE '!'` (same on both databases). */
export const likePattern = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
export const ESCAPE = ` ESCAPE '!'`;

export const MOBILE = /^1[3-9]\d{9}$/;
export const PHONE = /^[0-9+\-() ]{5,30}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const POSTCODE = /^\d{6}$/;
export const WEBSITE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

/** Empty strings become null so optional fields are cleared, not stored as "". */
export const blankToNull = (value: string | null | undefined) => {
  if (value === undefined) return undefined;
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
