// Contact (联系人) of a customer, with an owner of its own so it can be scoped and transferred.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

@ObjectType('Contact')
@Entity('contact')
// List indexes: see customer.entity.ts (the list orders by primary flag, then update time).
@Index('idx_contact_owner_live_primary_updated', ['ownerId', 'deletedAt', 'isPrimary', 'updatedAt'])
@Index('idx_contact_customer', ['customerId'])
@Index('idx_contact_owner_live_created', ['ownerId', 'deletedAt', 'createdAt'])
@Index('idx_contact_live_created_owner', ['deletedAt', 'createdAt', 'ownerId'])
@Index('idx_contact_live_primary_updated_owner', ['deletedAt', 'isPrimary', 'updatedAt', 'id', 'ownerId'])
export class Contact {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) department: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) position: string | null;
  @Field(() => String, { nullable: true }) @Index('idx_contact_mobile') @Column({ type: 'varchar', length: 20, nullable: true }) mobile: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) wechat: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 10, nullable: true }) birthday: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) remarks: string | null;
  @Field(() => Boolean) @Column({ name: 'is_primary', type: 'boolean', default: false }) isPrimary: boolean;
  @Field(() => ID, { nullable: true }) @Column({ name: 'owner_id', type: 'int', nullable: true }) ownerId: number | null;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  /** The customer whose deletion moved it to the recycle bin (restored with it); null when deleted on its own. */
  @Column({ name: 'deleted_with_customer_id', type: 'int', nullable: true }) deletedWithCustomerId: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
