// 查重 (SPEC 2.3's one deliberate exception to scope hiding, seed 002 §3.1.2): anyone with customer data may search
// the WHOLE company by name, phone or e-mail and learns, per matching customer, only its code, name, owner and the
// owner's department — whom to ask — never its details or how many there are beyond the hits shown. The queries
// select exactly those columns; nothing here goes through or around lib/access because nothing scoped is returned.
import { Brackets, EntityManager, In } from 'typeorm';
import { Contact, Customer, Department, User } from '@/entities';
import { LEGACY_KEY_SEPARATOR } from '@/lib/customer/name-key';
import { normalizeName } from '@/lib/text';

export type DuplicateMatch = 'NAME' | 'SIMILAR_NAME' | 'CODE' | 'MOBILE' | 'PHONE' | 'EMAIL';

/** Everything a search reveals about a customer. */
export interface DuplicateHit {
  code: string;
  name: string;
  ownerName: string | null;
  departmentName: string | null;
  /** What matched: the normalised name exactly, part of it, a (merged) code, or a contact number. */
  matchedBy: DuplicateMatch[];
  /** Not answered as such: the resolver tells the viewer only whether it is they (申请归属 is offered otherwise). */
  ownerId: number | null;
}

export interface DuplicateQuery { name?: string | null; phone?: string | null; email?: string | null }

export const MAX_DUPLICATE_HITS = 20;
/** Shorter keys match too much to tell anyone anything (and a prefix scan of one character is the whole index). */
export const MIN_NAME_KEY = 2;

/** A mainland mobile number in any of the ways people type it (+86, spaces, dashes), or null. */
export function mobileOf(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').replace(/[\s\-()]/g, '').replace(/^(\+?86)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/** The only columns a search ever reads from a customer row. */
interface Row { id: number; code: string; name: string; ownerId: number | null; mergedIntoId: number | null }

const rowQuery = (manager: EntityManager) => manager.createQueryBuilder(Customer, 'c')
  .select(['c.id', 'c.code', 'c.name', 'c.ownerId', 'c.mergedIntoId']);

async function byName(manager: EntityManager, key: string, found: Map<number, { row: Row; by: Set<DuplicateMatch> }>) {
  const add = (rows: Row[], by: DuplicateMatch) => {
    for (const row of rows) {
      if (found.size >= MAX_DUPLICATE_HITS && !found.has(row.id)) return;
      const hit = found.get(row.id) ?? { row, by: new Set<DuplicateMatch>() };
      if (by !== 'SIMILAR_NAME' || !hit.by.has('NAME')) hit.by.add(by);
      found.set(row.id, hit);
    }
  };
  const escaped = escapeLike(key);
  add(await rowQuery(manager).where(new Brackets((w) => {
    w.where('c.nameKey = :key', { key }).orWhere(`c.nameKey LIKE :legacy ESCAPE '!'`, { legacy: `${escaped}${LEGACY_KEY_SEPARATOR}%` });
  })).orderBy('c.id', 'ASC').limit(MAX_DUPLICATE_HITS).getMany(), 'NAME');
  // Names that start with the key (an index range), then names that contain it, while room is left.
  if (found.size < MAX_DUPLICATE_HITS) {
    add(await rowQuery(manager).where(`c.nameKey LIKE :prefix ESCAPE '!'`, { prefix: `${escaped}%` })
      .orderBy('c.nameKey', 'ASC').limit(MAX_DUPLICATE_HITS).getMany(), 'SIMILAR_NAME');
  }
  if (found.size < MAX_DUPLICATE_HITS) {
    add(await rowQuery(manager).where(`c.nameKey LIKE :inside ESCAPE '!'`, { inside: `%${escaped}%` })
      .orderBy('c.id', 'ASC').limit(MAX_DUPLICATE_HITS).getMany(), 'SIMILAR_NAME');
  }
}

/** Live customers with this code, or the customers that merged ones with this code were merged into. */
async function byCode(manager: EntityManager, code: string): Promise<Row[]> {
  // A customer in the recycle bin is found only when it was merged (its code then leads to the kept one).
  const own = await rowQuery(manager).where('c.code = :code', { code }).andWhere('(c.deletedAt IS NULL OR c.mergedIntoId IS NOT NULL)').getOne() as Row | null;
  if (!own) return [];
  if (!own.mergedIntoId) return [own];
  const kept = await rowQuery(manager).where('c.id = :id', { id: own.mergedIntoId }).andWhere('c.deletedAt IS NULL').getOne();
  return kept ? [kept] : [];
}

/** Customers with this mobile on themselves or on one of their live contacts; or this phone number. */
async function byNumber(manager: EntityManager, raw: string): Promise<{ rows: Row[]; by: DuplicateMatch }> {
  const mobile = mobileOf(raw);
  if (mobile) {
    const direct = await rowQuery(manager).where('c.mobile = :mobile', { mobile }).andWhere('c.deletedAt IS NULL').limit(MAX_DUPLICATE_HITS).getMany();
    const viaContacts = await manager.createQueryBuilder(Contact, 'ct').select('DISTINCT ct.customerId', 'id')
      .where('ct.mobile = :mobile', { mobile }).andWhere('ct.deletedAt IS NULL').limit(MAX_DUPLICATE_HITS).getRawMany<{ id: number }>();
    const more = viaContacts.length ? await rowQuery(manager).where('c.id IN (:...ids)', { ids: viaContacts.map((r) => Number(r.id)) }).andWhere('c.deletedAt IS NULL').getMany() : [];
    return { rows: [...direct, ...more], by: 'MOBILE' };
  }
  const phone = raw.trim();
  const rows = await rowQuery(manager).where('c.phone = :phone', { phone }).andWhere('c.deletedAt IS NULL').limit(MAX_DUPLICATE_HITS).getMany();
  return { rows, by: 'PHONE' };
}

async function byEmail(manager: EntityManager, raw: string): Promise<Row[]> {
  const email = raw.trim();
  const variants = [...new Set([email, email.toLowerCase()])];
  return rowQuery(manager).where('c.email IN (:...emails)', { emails: variants }).andWhere('c.deletedAt IS NULL').limit(MAX_DUPLICATE_HITS).getMany();
}

/** Owner and department names of the hits, looked up once. */
async function describe(manager: EntityManager, hits: { row: Row; by: Set<DuplicateMatch> }[]): Promise<DuplicateHit[]> {
  const ownerIds = [...new Set(hits.map((h) => h.row.ownerId).filter((id): id is number => id !== null))];
  const owners = ownerIds.length ? await manager.find(User, { select: { id: true, name: true, departmentId: true }, where: { id: In(ownerIds) } }) : [];
  const departmentIds = [...new Set(owners.map((o) => o.departmentId))];
  const departments = departmentIds.length ? await manager.find(Department, { select: { id: true, name: true }, where: { id: In(departmentIds) } }) : [];
  const ownerById = new Map(owners.map((o) => [o.id, o]));
  const departmentById = new Map(departments.map((d) => [d.id, d.name]));
  return hits.map(({ row, by }) => {
    const owner = row.ownerId ? ownerById.get(row.ownerId) : undefined;
    return {
      code: row.code, name: row.name, ownerName: owner?.name ?? null,
      departmentName: owner ? departmentById.get(owner.departmentId) ?? null : null, matchedBy: [...by], ownerId: row.ownerId,
    };
  });
}

/**
 * Up to MAX_DUPLICATE_HITS live customers of the whole company matching the name (its normalised key exactly, then
 * names that start with or contain it; a customer code finds its customer, a merged one the customer it went into),
 * the phone (a mobile also on contacts) or the e-mail.
 */
export async function searchDuplicates(manager: EntityManager, query: DuplicateQuery): Promise<DuplicateHit[]> {
  const found = new Map<number, { row: Row; by: Set<DuplicateMatch> }>();
  const addAll = (rows: Row[], by: DuplicateMatch) => {
    for (const row of rows) {
      if (found.size >= MAX_DUPLICATE_HITS && !found.has(row.id)) break;
      const hit = found.get(row.id) ?? { row, by: new Set<DuplicateMatch>() };
      hit.by.add(by);
      found.set(row.id, hit);
    }
  };
  const name = query.name?.trim();
  if (name) {
    addAll(await byCode(manager, name), 'CODE');
    const key = normalizeName(name);
    if ([...key].length >= MIN_NAME_KEY) await byName(manager, key, found);
  }
  if (query.phone?.trim()) {
    const { rows, by } = await byNumber(manager, query.phone);
    addAll(rows, by);
  }
  if (query.email?.trim()) addAll(await byEmail(manager, query.email), 'EMAIL');
  return describe(manager, [...found.values()]);
}
