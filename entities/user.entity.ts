// A person who logs in. Never deleted: DISABLED ends every session and token at once via sessionVersion.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

export enum UserStatus { INACTIVE = 'INACTIVE', ACTIVE = 'ACTIVE', DISABLED = 'DISABLED' }
registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType('User')
@Entity('user')
export class User {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Index('uq_user_username', { unique: true }) @Column({ type: 'varchar', length: 50 }) username: string;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  /** The name's pinyin sort key (lib/name-sort, a person's name), set with every write of the name; utf8mb4_bin on MariaDB. */
  @Column({ name: 'name_sort', type: 'varchar', length: 191, default: '' }) nameSort: string;
  @Column({ name: 'password_hash', type: 'varchar', length: 100 }) passwordHash: string;
  @Field(() => ID) @Index('idx_user_department') @Column({ name: 'department_id', type: 'int' }) departmentId: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'position_id', type: 'int', nullable: true }) positionId: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) address: string | null;
  @Field(() => UserStatus) @Column({ type: 'varchar', length: 10, default: UserStatus.INACTIVE }) status: UserStatus;
  @Field(() => Boolean) @Column({ name: 'must_change_password', type: 'boolean', default: true }) mustChangePassword: boolean;
  /** Bumped on disable, password change and reset: sessions carrying an older value are refused. */
  @Column({ name: 'session_version', type: 'int', default: 1 }) sessionVersion: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'last_login_at' }) lastLoginAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
