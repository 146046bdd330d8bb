// Roles: list (or only the assignable ones), lookup, the permission catalogue, create and edit; plus the
// role's scopes as GraphQL objects.
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Department, Role } from '@/entities';
import type { StoredScope } from '@/entities/role.entity';
import { parseId } from '@/lib/org/org.common';
import { findRole, listRoles, permissionCatalog } from '@/lib/org/role.query';
import { createRole, mayEditRole, updateRole } from '@/lib/org/role.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { CreateRoleInput, ModuleScope, PermissionCatalog, RoleCustomDepartment, RoleScope, UpdateRoleInput } from './role.types';

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => [Role], { description: 'All roles; with assignable: true (and always for a department manager) only those you may give' })
  roles(@Ctx() ctx: Context, @Arg('assignable', () => Boolean, { defaultValue: false }) assignable: boolean) {
    return listRoles(ctx.db.manager, viewerOf(ctx), assignable);
  }

  @Query(() => Role, { nullable: true })
  role(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findRole(ctx.db.manager, viewerOf(ctx), id);
  }

  @Query(() => PermissionCatalog, { description: 'Permission codes by group, data modules and scope levels, for the role editor' })
  permissionCatalog() {
    return permissionCatalog();
  }

  @Mutation(() => Role)
  createRole(@Ctx() ctx: Context, @Arg('input', () => CreateRoleInput) input: CreateRoleInput) {
    return createRole(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Role, { description: 'The super administrator role cannot be edited' })
  updateRole(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateRoleInput) input: UpdateRoleInput) {
    return updateRole(ctx.db, viewerOf(ctx), parseId(id, 'id'), { ...input });
  }

  @FieldResolver(() => Boolean, { description: 'You may edit this role: never the super administrator role, nor one wider than your own rights' })
  viewerCanEdit(@Root() role: Role, @Ctx() ctx: Context) {
    return mayEditRole(ctx.db.manager, viewerOf(ctx), role);
  }

  @FieldResolver(() => RoleScope, { description: 'Role-wide scope, used for modules without their own' })
  defaultScope(@Root() role: Role): RoleScope {
    return withTransfer(role.defaultScope) as RoleScope;
  }

  @FieldResolver(() => [ModuleScope])
  moduleScopes(@Root() role: Role): ModuleScope[] {
    return Object.entries(role.moduleScopes ?? {}).map(([module, scope]) => ({ module, ...withTransfer(scope) }) as ModuleScope);
  }

  @FieldResolver(() => [RoleCustomDepartment])
  customDepartments(@Root() role: Role): RoleCustomDepartment[] {
    return role.customDepartments ?? [];
  }
}

/** A stored scope as answered: without its own transfer level it transfers as far as it writes (lib/access/viewer.ts). */
function withTransfer(scope: StoredScope): StoredScope {
  return scope && typeof scope === 'object' ? { ...scope, transfer: scope.transfer ?? scope.write } : scope;
}

@Resolver(() => RoleCustomDepartment)
export class RoleCustomDepartmentResolver {
  @FieldResolver(() => Department, { nullable: true })
  department(@Root() choice: RoleCustomDepartment, @Ctx() ctx: Context) {
    return ctx.loaders.department.load(choice.departmentId);
  }
}
