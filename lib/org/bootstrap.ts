// First start: the root department 办公室 and the built-in roles. Idempotent; run after migrations.
import { DataSource, IsNull } from 'typeorm';
import { Department, Role } from '@/entities';
import { ensureDefaultPool } from '@/lib/pool/pool.bootstrap';
import { ensureDefaultStages } from '@/lib/opportunity/stage.service';
import { BUILTIN_ROLES } from './builtin-roles';

export async function bootstrap(db: DataSource) {
  await db.transaction(async (manager) => {
    const root = await manager.findOneBy(Department, { parentId: IsNull() });
    if (!root) {
      const saved = await manager.save(manager.create(Department, { name: '办公室', parentId: null, path: '/', enabled: true }));
      await manager.update(Department, { id: saved.id }, { path: `/${saved.id}/` });
    }
    for (const def of BUILTIN_ROLES) {
      if (await manager.findOneBy(Role, { code: def.code })) continue;
      await manager.save(manager.create(Role, {
        code: def.code, name: def.name, description: def.description, builtin: true,
        permissions: def.permissions, defaultScope: def.defaultScope, moduleScopes: def.moduleScopes ?? {}, customDepartments: [],
      }));
    }
    await ensureDefaultPool(manager);
    await ensureDefaultStages(manager);
  });
}
