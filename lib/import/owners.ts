// 负责人 of imported records: the importer, one colleague, or a 负责人 column (usernames, or names that are unique),
// every one an active user within the importer's write scope of the module — as a transfer's target must be.
import { EntityManager, In } from 'typeorm';
import { User } from '@/entities';
import { ImportOptions } from '@/entities/import-job.entity';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, resolveScope } from '@/lib/access';
import { badInput } from '@/lib/errors';
import { ImportContext, ImportModuleSpec, ImportRow } from './import-module';

async function inWriteScope(manager: EntityManager, viewer: Viewer, module: 'customer' | 'lead', userId: number) {
  const scope = await resolveScope(manager, viewer, module, 'write');
  return scope.all || scope.ownerIds.includes(userId);
}

/** The choice itself, checked when a run starts: a named colleague must be active and within the write scope. */
export async function checkOwnerChoice(manager: EntityManager, viewer: Viewer, spec: ImportModuleSpec<unknown>, options: ImportOptions) {
  if (!spec.ownerModule || options.owner !== 'USER') return;
  const user = options.ownerId ? await manager.findOneBy(User, { id: options.ownerId }) : null;
  if (!user || user.status !== UserStatus.ACTIVE) throw badInput('options.ownerId', 'must be an active user');
  if (!(await inWriteScope(manager, viewer, spec.ownerModule, user.id))) throw badInput('options.ownerId', 'is outside your data scope');
}

/** Users by username, and by name where the name is unique among active users. */
async function usersNamed(manager: EntityManager, names: string[]): Promise<Map<string, User | 'AMBIGUOUS'>> {
  const found = new Map<string, User | 'AMBIGUOUS'>();
  if (!names.length) return found;
  const byUsername = await manager.findBy(User, { username: In(names), status: UserStatus.ACTIVE });
  for (const u of byUsername) found.set(u.username, u);
  const rest = names.filter((n) => !found.has(n));
  if (rest.length) {
    for (const u of await manager.findBy(User, { name: In(rest), status: UserStatus.ACTIVE })) found.set(u.name, found.has(u.name) ? 'AMBIGUOUS' : u);
  }
  return found;
}

/** Sets each row's owner by the import's choice; a 负责人 the importer may not give records to is a row error. */
export async function resolveOwners<F>(manager: EntityManager, ctx: ImportContext, spec: ImportModuleSpec<F>, rows: ImportRow<F>[]) {
  if (!spec.ownerModule) return;
  const { owner, ownerId } = ctx.job.options;
  const label = spec.fields.find((f) => f.key === 'owner')?.label ?? '负责人';
  const wanted = owner === 'COLUMN' ? [...new Set(rows.map((r) => r.values.owner).filter((v): v is string => typeof v === 'string'))] : [];
  const cache = (ctx.cache.get('owners') ?? new Map<string, User | 'AMBIGUOUS' | null>()) as Map<string, User | 'AMBIGUOUS' | null>;
  ctx.cache.set('owners', cache);
  const unknown = wanted.filter((n) => !cache.has(n));
  const looked = await usersNamed(manager, unknown);
  for (const name of unknown) cache.set(name, looked.get(name) ?? null);
  for (const row of rows) {
    if (owner === 'USER') { row.ownerId = ownerId!; continue; }
    const name = owner === 'COLUMN' ? row.values.owner as string | undefined : undefined;
    if (!name) { row.ownerId = ctx.viewer.userId; continue; }
    const user = cache.get(name);
    if (user === 'AMBIGUOUS') row.errors.push({ column: label, message: `有多位同名用户“${name}”：请填用户名` });
    else if (!user) row.errors.push({ column: label, message: `用户“${name}”不存在或未启用` });
    else if (!(await inWriteScope(manager, ctx.viewer, spec.ownerModule, user.id))) row.errors.push({ column: label, message: `“${name}”不在您的数据权限范围内` });
    else row.ownerId = user.id;
  }
}
