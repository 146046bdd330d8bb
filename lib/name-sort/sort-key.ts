// The key lists sort names by (拼音 order): toneless lower-case pinyin, one syllable per word, so 张三 < 赵六,
// 李四 ('li si') < 刘 ('liu'), and Latin names fall among them by their letters ('apple' next to 阿里 'a li').
// Server-only: pinyin-pro's dictionary is ~1 MB, kept out of lib/text (which client forms import).
import { pinyin } from 'pinyin-pro';

/** Keys are cut here (columns `*_sort` varchar(191)): ~30 syllables decide any real order; ties go by id. */
export const SORT_KEY_LENGTH = 191;

/**
 * `person`: the first character(s) read as a surname (曾 zeng, 单 shan, 解 xie, 仇 qiu); company and product names
 * are read as words (单位 dan wei, 银行 yin hang). Punctuation and symbols separate words and are otherwise dropped
 * (（北京）华信 sorts under b); full-width letters and digits become half-width; ü is written v (lü → lv, after lu).
 */
export function nameSortKey(name: string | null | undefined, kind: 'person' | 'name' = 'name'): string {
  const text = (name ?? '').normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ').trim();
  if (!text) return '';
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname: kind === 'person' ? 'head' : 'off' });
  const key = syllables.join(' ').toLowerCase().replace(/\s+/g, ' ').trim();
  return key.length > SORT_KEY_LENGTH ? [...key].slice(0, SORT_KEY_LENGTH).join('').trimEnd() : key;
}
