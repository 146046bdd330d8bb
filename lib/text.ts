// Text helpers: name normalisation for duplicate checks, LIKE escaping, simple format checks.

/**
 * The key two company names are the same company by (查重, the unique customer name): full-width → half-width
 * (NFKC), lower case, no spaces or punctuation (brackets, dots, dashes…), and no company-form suffix — so
 * 北京华信商贸, 北京华信商贸（有限公司） and 北京 华信商贸有限公司 share the key 北京华信商贸. A name that is nothing
 * but a suffix keeps it.
 */
export function normalizeName(name: string): string {
  let text = name.normalize('NFKC').toLowerCase().trim();
  // English forms need their word boundary, so they go before spaces and punctuation do ("costco" keeps its "co").
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/[\s\p{P}]+$/u, '');
    const stripped = text.replace(ENGLISH_FORM, '');
    if (/[^\s\p{P}]/u.test(stripped)) text = stripped;
  }
  const compact = text.replace(/[\s\p{P}]+/gu, '');
  let key = compact;
  for (;;) {
    const form = CHINESE_FORMS.find((f) => key.endsWith(f));
    if (!form || form === BRANCH || key.length === form.length) break;
    key = key.slice(0, -form.length);
  }
  // NFKC may lengthen a name (㈱ → (株)); the key column holds 100 characters, like the name.
  return key.length > 100 ? [...key].slice(0, 100).join('') : key;
}

/** A branch (上海分公司) is another company than its head office: its name keeps the suffix. */
const BRANCH = '分公司';
/** Company-form suffixes, longest first (集团有限公司 → 集团 → gone). */
const CHINESE_FORMS = ['股份有限公司', '有限责任公司', '集团有限公司', BRANCH, '有限公司', '股份公司', '集团公司', '有限合伙', '总公司', '集团', '公司'];
const ENGLISH_FORM = /(^|[\s\p{P}])(co[\s\p{P}]*ltd|company\s+limited|corporation|company|limited|ltd|inc|corp|llc|gmbh|co)$/u;

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
