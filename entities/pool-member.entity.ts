// Who belongs to a pool: administrators, member users, and member departments (optionally with their
// sub-departments). `memberId` is a user id for ADMIN and USER rows, a department id for DEPARTMENT rows.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum PoolMemberKind { ADMIN = 'ADMIN', USER = 'USER', DEPARTMENT = 'DEPARTMENT' }

@Entity('pool_member')
@Index('uq_pool_member', ['poolId', 'kind', 'memberId'], { unique: true })
@Index('idx_pool_member_member', ['kind', 'memberId'])
export class PoolMember {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'pool_id', type: 'int' }) poolId: number;
  @Column({ type: 'varchar', length: 12 }) kind: PoolMemberKind;
  @Column({ name: 'member_id', type: 'int' }) memberId: number;
  /** DEPARTMENT rows: the department's sub-departments belong too. */
  @Column({ name: 'include_children', type: 'boolean', default: true }) includeChildren: boolean;
}
