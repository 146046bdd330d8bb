// What a keyword search compares: text normalised the same way for the stored records and the query (NFKC, so
// full-width ＡＢＣ１２３ is abc123; lower case; runs of spaces as one), and the n-gram tokens that find candidate
// records without reading them all. A keyword matches a record when its normalised form is a substring of one of
// the record's normalised fields — decided in JavaScript's terms, so SQLite and MariaDB give the same answer.
//
// Tokens: every bigram of a field that has at least one non-ASCII character (Chinese names: 华信, 信商, …), and the
// field's last character paired with an end marker, so a one-character query is a prefix range over the bigrams
// starting with it. Pure-ASCII bigrams (digits, Latin: 13, kh, @e, …) are each in a large share of records and
// would double the index for no selectivity; queries made only of them are matched by reading documents.
// The company-form bigrams (有限, 公司, …) are in most customers' names: not stored either (STOP_BIGRAMS).

/** The end-of-field marker in a token (code point 0 never survives normalisation). */
const END = 0;
const SHIFT = 2 ** 21; // above the highest code point (0x10FFFF): a bigram is one exact integer below 2^42

/** Normalised text: NFKC, lower case, control characters and runs of white space as one space, trimmed. */
export function normalizeSearchText(text: string | null | undefined): string {
  if (!text) return '';
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

const isAscii = (codePoint: number) => codePoint < 128;

/** The integer token of a bigram (second = END for the end marker). */
export const bigramToken = (first: number, second: number) => first * SHIFT + second;

/** Company-form bigrams: in most customers' names, so their postings would be as long as the table. */
export const STOP_BIGRAMS: ReadonlySet<number> = new Set(
  ['有限', '限公', '公司', '股份', '份有', '限责', '责任', '任公', '司'].map((text) => {
    const [a, b] = [...text].map((c) => c.codePointAt(0)!);
    return bigramToken(a, b ?? END);
  }),
);

const indexable = (first: number, second: number) =>
  (!isAscii(first) || (second !== END && !isAscii(second))) && !STOP_BIGRAMS.has(bigramToken(first, second));

/** The tokens of one normalised field value. */
export function fieldTokens(normalized: string, into: Set<number> = new Set()): Set<number> {
  const points = Array.from(normalized, (c) => c.codePointAt(0)!);
  for (let i = 0; i < points.length; i++) {
    const second = i + 1 < points.length ? points[i + 1] : END;
    if (indexable(points[i], second)) into.add(bigramToken(points[i], second));
  }
  return into;
}

/** Separates the fields of a stored document (never inside a normalised query: white space is a space there). */
export const FIELD_SEPARATOR = '\n';

/** A record's searchable fields as its stored document text and its tokens. */
export function documentOf(fields: readonly (string | null | undefined)[]): { text: string; tokens: Set<number> } {
  const values = fields.map(normalizeSearchText).filter((v) => v.length > 0);
  const tokens = new Set<number>();
  for (const value of values) fieldTokens(value, tokens);
  return { text: values.join(FIELD_SEPARATOR), tokens };
}

/** The tokens of a stored document's text (its fields again), to know what to delete when it changes. */
export const tokensOfDocument = (text: string) => {
  const tokens = new Set<number>();
  for (const value of text.split(FIELD_SEPARATOR)) if (value) fieldTokens(value, tokens);
  return tokens;
};

/** How a normalised query finds its candidates. */
export type QueryPlan =
  /** Records holding every one of these bigrams; `exact` when holding them is matching (a two-character query). */
  | { kind: 'tokens'; text: string; tokens: number[]; exact: boolean }
  /** A one-character query: records with a bigram starting with it (a token range), always exact. */
  | { kind: 'prefix'; text: string; from: number; to: number }
  /** No usable token (pure ASCII, or only company-form bigrams): the documents themselves are read. */
  | { kind: 'scan'; text: string };

/** At most this many bigrams are intersected; the stored document decides the rest. */
const MAX_QUERY_TOKENS = 4;

export function planQuery(text: string): QueryPlan {
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  if (points.length === 1) {
    const first = points[0];
    const from = bigramToken(first, 0);
    const to = bigramToken(first, SHIFT - 1);
    const stopped = [...STOP_BIGRAMS].some((t) => t >= from && t <= to);
    return isAscii(first) || stopped ? { kind: 'scan', text } : { kind: 'prefix', text, from, to };
  }
  const tokens: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    if (indexable(points[i], points[i + 1])) {
      const token = bigramToken(points[i], points[i + 1]);
      if (!tokens.includes(token)) tokens.push(token);
    }
  }
  if (!tokens.length) return { kind: 'scan', text };
  // First, last and evenly between: spread over the query, so each part of it narrows the candidates.
  const picked = tokens.length <= MAX_QUERY_TOKENS ? tokens
    : Array.from({ length: MAX_QUERY_TOKENS }, (_, i) => tokens[Math.round((i * (tokens.length - 1)) / (MAX_QUERY_TOKENS - 1))]);
  return { kind: 'tokens', text, tokens: [...new Set(picked)], exact: points.length === 2 };
}
