// Field permissions in the API: a role's restrictions, the catalogue for the role editor and the viewer's own modes
// (so forms leave out what the viewer may not write and lists what they may not see).
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@/entities';
import { FIELD_MODULES, FieldModule, moduleFields } from '@/lib/fields/registry';
import { fieldModes, roleFieldMode, STORED_FIELD_MODES } from '@/lib/fields/field-modes';
import { PermissionCatalog } from '../org/role.types';
import type { Context } from '../context';
import { FieldModeEnum, FieldModuleInfo, FieldPermission } from './field.types';

const modules = () => Object.keys(FIELD_MODULES) as FieldModule[];

@Resolver(() => Role)
export class RoleFieldPermissionsResolver {
  @FieldResolver(() => [FieldPermission], { description: 'Field restrictions of this role (fields not listed are editable)' })
  fieldPermissions(@Root() role: Role): FieldPermission[] {
    return modules().flatMap((module) => moduleFields(module)
      .map((d) => ({ module, field: d.key, mode: roleFieldMode(role, module, d.key) as FieldModeEnum }))
      .filter((p) => (STORED_FIELD_MODES as readonly string[]).includes(p.mode)));
  }
}

@Resolver(() => PermissionCatalog)
export class FieldCatalogResolver {
  @FieldResolver(() => [FieldModuleInfo], { description: 'Modules and their fields that roles can hide, mask or make read-only' })
  fieldModules(): FieldModuleInfo[] {
    return modules().map((module) => ({ module, label: FIELD_MODULES[module].label, labelEn: FIELD_MODULES[module].labelEn, fields: moduleFields(module).map((d) => ({ ...d })) }));
  }
}

@Resolver()
export class MyFieldPermissionsResolver {
  @Query(() => [FieldPermission], { description: "Your mode of every controlled field (most permissive of your roles' that read the module)" })
  myFieldPermissions(@Ctx() ctx: Context): FieldPermission[] {
    return modules().flatMap((module) => [...fieldModes(ctx.viewer, module)].map(([field, mode]) => ({ module, field, mode: mode as FieldModeEnum })));
  }
}

export const fieldResolvers = [RoleFieldPermissionsResolver, FieldCatalogResolver, MyFieldPermissionsResolver] as const;
