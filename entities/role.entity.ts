// A role: operation permission codes plus read/write/transfer data scopes, role-wide and per module.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, JsonColumn, UpdatedAt } from './columns';

/**
 * Scope settings as stored: `modules` overrides the role-wide default per module. `transfer` (分配/转移) may reach
 * further than `write`; when absent it is the write level (migration TransferScope fills it for stored roles).
 */
export interface StoredScope { read: string; write: string; transfer?: string }
export interface StoredCustomDepartment { departmentId: number; includeChildren: boolean }
/** Field permissions (lib/fields): per module, per field, a restriction; a field not listed is editable. */
export type StoredFieldPermissions = Record<string, Record<string, 'HIDDEN' | 'MASKED' | 'READ_ONLY'>>;

@ObjectType('Role')
@Entity('role')
export class Role {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  /** Stable code for built-in roles (SUPER_ADMIN, …); null for custom roles. */
  @Field(() => String, { nullable: true }) @Index('uq_role_code', { unique: true }) @Column({ type: 'varchar', length: 30, nullable: true }) code: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) description: string | null;
  @Field(() => Boolean) @Column({ type: 'boolean', default: false }) builtin: boolean;
  @Field(() => [String]) @JsonColumn({ nullable: false }) permissions: string[];
  @JsonColumn({ name: 'default_scope', nullable: false }) defaultScope: StoredScope;
  @JsonColumn({ name: 'module_scopes', nullable: false }) moduleScopes: Record<string, StoredScope>;
  @JsonColumn({ name: 'custom_departments', nullable: false }) customDepartments: StoredCustomDepartment[];
  @JsonColumn({ name: 'field_permissions' }) fieldPermissions: StoredFieldPermissions | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
