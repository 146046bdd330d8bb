// The leader a work report goes to by default: the head of the author's department, or — when the author heads it
// (or it has no active head) — the head of the nearest department above that has one.
import { EntityManager } from 'typeorm';
import { Department, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';

/** The author's leader, or null (the head of the top department has none). */
export async function leaderOf(manager: EntityManager, authorId: number): Promise<User | null> {
  const author = await manager.findOneBy(User, { id: authorId });
  let departmentId: number | null = author?.departmentId ?? null;
  for (let depth = 0; departmentId !== null && depth < 50; depth++) {
    const dept: Department | null = await manager.findOneBy(Department, { id: departmentId });
    if (!dept) return null;
    if (dept.headId && dept.headId !== authorId) {
      const head = await manager.findOneBy(User, { id: dept.headId });
      if (head?.status === UserStatus.ACTIVE) return head;
    }
    departmentId = dept.parentId;
  }
  return null;
}
