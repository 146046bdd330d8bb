// Display values an export row needs from other tables, read once per batch: people's names (every signed-in user
// may see who is who) and customers' names — only those the viewer may read, as the API's nested fields do.
import { EntityManager, In } from 'typeorm';
import { Department, User } from '@/entities';
import { Viewer } from '@/lib/access';
import { findCustomersByIds } from '@/lib/customer/customer.query';

const present = <T>(values: readonly (T | null | undefined)[]) => [...new Set(values.filter((v): v is T => v !== null && v !== undefined))];

/** Names of these users by id. */
export async function userNames(manager: EntityManager, ids: readonly (number | null | undefined)[]): Promise<Map<number, string>> {
  const wanted = present(ids);
  const users = wanted.length ? await manager.find(User, { select: { id: true, name: true }, where: { id: In(wanted) } }) : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Department names of these users by user id. */
export async function userDepartments(manager: EntityManager, ids: readonly (number | null | undefined)[]): Promise<Map<number, string>> {
  const wanted = present(ids);
  const users = wanted.length ? await manager.find(User, { select: { id: true, departmentId: true }, where: { id: In(wanted) } }) : [];
  const departments = users.length ? await manager.find(Department, { select: { id: true, name: true }, where: { id: In(present(users.map((u) => u.departmentId))) } }) : [];
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return new Map(users.map((u) => [u.id, names.get(u.departmentId) ?? '']));
}

/** Code and name of the customers the viewer may read, by id (hidden ones are left out, as if missing). */
export async function readableCustomerNames(manager: EntityManager, viewer: Viewer, ids: readonly (number | null | undefined)[]): Promise<Map<number, { code: string; name: string }>> {
  const customers = await findCustomersByIds(manager, viewer, present(ids));
  return new Map(customers.map((c) => [c.id, { code: c.code, name: c.name }]));
}
