// Who already holds a customer name key (lib/text normalizeName): the check behind the refusal of near-duplicate
// names on create, rename, restore, lead conversion and import, and behind 查重. A live customer holds its key;
// near-duplicates from before the key dropped suffixes hold `key#id` (migration NameKeySuffixes) and count too.
import { Brackets, EntityManager } from 'typeorm';
import { Customer } from '@/entities';

/** Separates a legacy near-duplicate's key from its id; punctuation never occurs inside a key. */
export const LEGACY_KEY_SEPARATOR = '#';

const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/** Live customers holding any of the keys (legacy holders included), by key; the earliest holder per key. */
export async function holdersOfNameKeys(manager: EntityManager, keys: readonly string[]): Promise<Map<string, Customer>> {
  const unique = [...new Set(keys.filter(Boolean))];
  const found = new Map<string, Customer>();
  for (let i = 0; i < unique.length; i += 200) {
    const chunk = unique.slice(i, i + 200);
    const params: Record<string, string> = {};
    const qb = manager.createQueryBuilder(Customer, 'c').where(new Brackets((w) => {
      w.where('c.nameKey IN (:...nameKeys)', { nameKeys: chunk });
      chunk.forEach((key, n) => { params[`legacyKey${n}`] = `${escapeLike(key)}${LEGACY_KEY_SEPARATOR}%`; w.orWhere(`c.nameKey LIKE :legacyKey${n} ESCAPE '!'`); });
    }), params).orderBy('c.id', 'ASC');
    for (const customer of await qb.getMany()) {
      const key = customer.nameKey!.split(LEGACY_KEY_SEPARATOR)[0];
      if (!found.has(key)) found.set(key, customer);
    }
  }
  return found;
}
