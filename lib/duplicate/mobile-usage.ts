// "This mobile number is already on another customer or contact" (issue 12 item 3): the live customers holding the
// numbers themselves or through a live contact, described with 查重's fields only (code, name, owner).
import { EntityManager, In, IsNull } from 'typeorm';
import { Contact, Customer, User } from '@/entities';

export interface MobileHolder { customerId: number; code: string; name: string; ownerName: string | null }

/** Live customers using each of these mobile numbers (on the customer or one of its live contacts). */
export async function mobilesInUse(manager: EntityManager, mobiles: readonly string[]): Promise<Map<string, MobileHolder[]>> {
  const wanted = [...new Set(mobiles)];
  const out = new Map<string, MobileHolder[]>();
  if (!wanted.length) return out;
  const direct = await manager.find(Customer, { select: { id: true, mobile: true }, where: { mobile: In(wanted), deletedAt: IsNull() } });
  const contacts = await manager.find(Contact, { select: { id: true, customerId: true, mobile: true }, where: { mobile: In(wanted), deletedAt: IsNull() } });
  const pairs = [...direct.map((c) => [c.mobile!, c.id] as const), ...contacts.map((c) => [c.mobile!, c.customerId] as const)];
  const ids = [...new Set(pairs.map(([, id]) => id))];
  if (!ids.length) return out;
  const customers = new Map((await manager.find(Customer, { select: { id: true, code: true, name: true, ownerId: true }, where: { id: In(ids), deletedAt: IsNull() } })).map((c) => [c.id, c]));
  const ownerIds = [...new Set([...customers.values()].map((c) => c.ownerId).filter((id): id is number => id !== null))];
  const owners = new Map((ownerIds.length ? await manager.find(User, { select: { id: true, name: true }, where: { id: In(ownerIds) } }) : []).map((u) => [u.id, u.name]));
  for (const [mobile, customerId] of pairs) {
    const c = customers.get(customerId);
    const list = out.get(mobile) ?? [];
    if (!c || list.some((h) => h.customerId === c.id)) continue;
    list.push({ customerId: c.id, code: c.code, name: c.name, ownerName: c.ownerId ? owners.get(c.ownerId) ?? null : null });
    out.set(mobile, list);
  }
  return out;
}

export const describeHolder = (h: MobileHolder) => `${h.code} ${h.name}（负责人 ${h.ownerName ?? '公海'}）`;
