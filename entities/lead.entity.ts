// Lead (线索): a prospect not yet qualified. Owned and scoped like customers; once converted it is read-only
// and points to the customer it became.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

export enum LeadStatus { NEW = 'NEW', CONTACTED = 'CONTACTED', QUALIFIED = 'QUALIFIED', CONVERTED = 'CONVERTED', INVALID = 'INVALID' }
registerEnumType(LeadStatus, { name: 'LeadStatus', description: 'NEW 新线索, CONTACTED 已联系, QUALIFIED 已确认, CONVERTED 已转化 (set only by conversion), INVALID 无效' });

@ObjectType('Lead')
@Entity('lead')
// List indexes: see customer.entity.ts.
@Index('idx_lead_owner_live_updated', ['ownerId', 'deletedAt', 'updatedAt'])
@Index('idx_lead_owner_live_created', ['ownerId', 'deletedAt', 'createdAt'])
@Index('idx_lead_owner_next_contact', ['ownerId', 'nextContactAt'])
@Index('idx_lead_live_updated_owner', ['deletedAt', 'updatedAt', 'id', 'ownerId'])
@Index('idx_lead_live_created_owner', ['deletedAt', 'createdAt', 'id', 'ownerId'])
export class Lead {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String, { description: 'The person: becomes the primary contact on conversion' }) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field(() => String, { nullable: true, description: 'Company: becomes the customer name on conversion' }) @Column({ type: 'varchar', length: 100, nullable: true }) company: string | null;
  /** Pinyin sort keys of the name (read as a person's) and the company (lib/name-sort); utf8mb4_bin on MariaDB. */
  @Column({ name: 'name_sort', type: 'varchar', length: 191, default: '' }) nameSort: string;
  @Column({ name: 'company_sort', type: 'varchar', length: 191, default: '' }) companySort: string;
  @Field(() => String, { nullable: true }) @Index('idx_lead_mobile') @Column({ type: 'varchar', length: 20, nullable: true }) mobile: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) source: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 1000, nullable: true }) remarks: string | null;
  @Field(() => LeadStatus) @Column({ type: 'varchar', length: 12, default: LeadStatus.NEW }) status: LeadStatus;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'next_contact_at' }) nextContactAt: Date | null;
  @Field(() => ID) @Column({ name: 'owner_id', type: 'int' }) ownerId: number;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  // Not a GraphQL field: `Lead.customer` exposes the customer only when the viewer may read it.
  @Index('idx_lead_converted_customer') @Column({ name: 'converted_customer_id', type: 'int', nullable: true }) convertedCustomerId: number | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'converted_at' }) convertedAt: Date | null;
  @Column({ name: 'converted_by_id', type: 'int', nullable: true }) convertedById: number | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
