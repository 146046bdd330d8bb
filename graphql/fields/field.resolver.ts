// Field permissions in the API: a role's restrictions, the catalogue for the role editor and the viewer's own modes
// (so forms leave out what the viewer may not write and lists what they may not see).
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@/entities';
import { FIELD_MODULES, FieldModule } from '@/lib/fields/registry';
import { fieldMode, roleFieldMode, STORED_FIELD_MODES } from '@/lib/fields/field-modes';
import { PermissionCatalog } from '../org/role.types';
import type { Context } from '../context';
import { FieldModeEnum, FieldModuleInfo, FieldPermission } from './field.types';

const modules = () => Object.keys(FIELD_MODULES) as FieldModule[];

@Resolver(() => Role)
export class RoleFieldPermissionsResolver {
  @FieldResolver(() => [FieldPermission], { description: 'Field restrictions of this role (fields not listed are editable)' })
  async fieldPermissions(@Root() role: Role, @Ctx() ctx: Context): Promise<FieldPermission[]> {
    const fields = await ctx.loaders.controlledFields.load('all');
    return modules().flatMap((module) => fields[module]
      .map((d) => ({ module, field: d.key, mode: roleFieldMode(role, module, d.key) as FieldModeEnum }))
      .filter((p) => (STORED_FIELD_MODES as readonly string[]).includes(p.mode)));
  }
}

@Resolver(() => PermissionCatalog)
export class FieldCatalogResolver {
  @FieldResolver(() => [FieldModuleInfo], { description: 'Modules and their fields (custom ones as custom.<key>) that roles can hide, mask or make read-only' })
  async fieldModules(@Ctx() ctx: Context): Promise<FieldModuleInfo[]> {
    const fields = await ctx.loaders.controlledFields.load('all');
    return modules().map((module) => ({ module, label: FIELD_MODULES[module].label, labelEn: FIELD_MODULES[module].labelEn, fields: fields[module].map((d) => ({ ...d })) }));
  }
}

@Resolver()
export class MyFieldPermissionsResolver {
  @Query(() => [FieldPermission], { description: "Your mode of every controlled field, custom ones as custom.<key> (most permissive of your roles' that read the module)" })
  async myFieldPermissions(@Ctx() ctx: Context): Promise<FieldPermission[]> {
    const fields = await ctx.loaders.controlledFields.load('all');
    return modules().flatMap((module) => fields[module].map((d) => ({ module, field: d.key, mode: fieldMode(ctx.viewer, module, d.key) as FieldModeEnum })));
  }
}

export const fieldResolvers = [RoleFieldPermissionsResolver, FieldCatalogResolver, MyFieldPermissionsResolver] as const;
