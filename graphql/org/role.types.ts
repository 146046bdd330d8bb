// GraphQL shapes of a role's data scopes and of the permission catalogue for the role editor.
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ScopeLevel } from '@/lib/access/scopes';
import { FieldPermissionInput } from '../fields/field.types';

registerEnumType(ScopeLevel, { name: 'ScopeLevel', description: 'Data scope: NONE, SELF, SELF_AND_CHILDREN, CUSTOM, ALL' });

@ObjectType('RoleScope')
export class RoleScope {
  @Field(() => ScopeLevel) read: ScopeLevel;
  @Field(() => ScopeLevel) write: ScopeLevel;
  @Field(() => ScopeLevel, { description: 'How far records may be transferred or assigned (分配/转移); never wider than read' }) transfer: ScopeLevel;
}

@ObjectType('ModuleScope', { description: 'Overrides the role-wide default scope for one data module' })
export class ModuleScope extends RoleScope {
  @Field(() => String) module: string;
}

@ObjectType('RoleCustomDepartment', { description: 'A department chosen for the CUSTOM scope' })
export class RoleCustomDepartment {
  @Field(() => ID) departmentId: number;
  @Field(() => Boolean) includeChildren: boolean;
}

@ObjectType('PermissionGroup')
export class PermissionGroup {
  @Field(() => String) name: string;
  @Field(() => [String]) permissions: string[];
}

@ObjectType('PermissionCatalog')
export class PermissionCatalog {
  @Field(() => [PermissionGroup]) groups: PermissionGroup[];
  @Field(() => [String], { description: 'Data modules that can have their own scope' }) modules: string[];
  @Field(() => [ScopeLevel]) scopeLevels: ScopeLevel[];
}

@InputType('RoleScopeInput')
export class RoleScopeInput {
  @Field(() => ScopeLevel) read: ScopeLevel;
  @Field(() => ScopeLevel, { nullable: true, description: 'Defaults to the read scope; never wider than it' }) write?: ScopeLevel;
  @Field(() => ScopeLevel, { nullable: true, description: 'Transfer/assign scope; defaults to the write scope; never wider than read' }) transfer?: ScopeLevel;
}

@InputType('ModuleScopeInput')
export class ModuleScopeInput extends RoleScopeInput {
  @Field(() => String) module: string;
}

@InputType('CustomDepartmentInput')
export class CustomDepartmentInput {
  @Field(() => ID) departmentId: string;
  @Field(() => Boolean, { defaultValue: true }) includeChildren: boolean;
}

@InputType('CreateRoleInput')
export class CreateRoleInput {
  @Field(() => String) @MaxLength(50) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) description?: string;
  @Field(() => [String], { description: 'Operation permission codes (see permissionCatalog)' }) permissions: string[];
  @Field(() => RoleScopeInput) @ValidateNested() defaultScope: RoleScopeInput;
  @Field(() => [ModuleScopeInput], { nullable: true }) @IsOptional() @ValidateNested() moduleScopes?: ModuleScopeInput[];
  @Field(() => [CustomDepartmentInput], { nullable: true, description: 'Required when any scope is CUSTOM' }) @IsOptional() @ValidateNested() customDepartments?: CustomDepartmentInput[];
  @Field(() => [FieldPermissionInput], { nullable: true, description: 'Hidden, masked or read-only fields (字段权限); see permissionCatalog.fieldModules' }) @IsOptional() @ValidateNested() fieldPermissions?: FieldPermissionInput[];
}

@InputType('UpdateRoleInput', { description: 'Lists given here replace the stored ones' })
export class UpdateRoleInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) description?: string | null;
  @Field(() => [String], { nullable: true }) permissions?: string[];
  @Field(() => RoleScopeInput, { nullable: true }) @IsOptional() @ValidateNested() defaultScope?: RoleScopeInput;
  @Field(() => [ModuleScopeInput], { nullable: true }) @IsOptional() @ValidateNested() moduleScopes?: ModuleScopeInput[];
  @Field(() => [CustomDepartmentInput], { nullable: true }) @IsOptional() @ValidateNested() customDepartments?: CustomDepartmentInput[];
  @Field(() => [FieldPermissionInput], { nullable: true, description: 'Replaces every stored field restriction' }) @IsOptional() @ValidateNested() fieldPermissions?: FieldPermissionInput[];
}
