// Pickers for colleagues: the active-user directory (team members) and transfer targets (transfer scope only).
import { Brackets, DataSource } from 'typeorm';
import { User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { DataModule, Viewer, resolveScope } from '@/lib/access';
import { ESCAPE, likePattern } from '@/lib/text';

const PICKER_LIMIT = 50;

function activeUsers(db: DataSource, keyword?: string | null) {
  const qb = db.getRepository(User).createQueryBuilder('u').where('u.status = :active', { active: UserStatus.ACTIVE });
  const kw = keyword?.trim();
  if (kw) qb.andWhere(new Brackets((w) => { w.where(`u.name LIKE :kw${ESCAPE}`).orWhere(`u.username LIKE :kw${ESCAPE}`); }), { kw: likePattern(kw) });
  // In pinyin order (lib/name-sort).
  return qb.orderBy('u.nameSort', 'ASC').addOrderBy('u.id', 'ASC').limit(PICKER_LIMIT);
}

/** Active colleagues by name or login name (no business data: for choosing team members and recipients). */
export const userDirectory = (db: DataSource, keyword?: string | null) => activeUsers(db, keyword).getMany();

/** Active users within the viewer's transfer scope of the module: who they may transfer or assign to. */
export async function transferTargets(db: DataSource, viewer: Viewer, module: DataModule, keyword?: string | null) {
  const scope = await resolveScope(db.manager, viewer, module, 'transfer');
  const qb = activeUsers(db, keyword);
  if (!scope.all) {
    if (!scope.ownerIds.length) return [];
    qb.andWhere('u.id IN (:...ids)', { ids: scope.ownerIds });
  }
  return qb.getMany();
}
