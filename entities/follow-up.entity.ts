// Follow-up record (跟进记录 / 关联日程): one contact with a customer, contact, lead, opportunity or contract.
// It has no owner of its own: it is visible exactly when its parent (parentType + parentId) is (SPEC 2.3).
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

/**
 * The built-in options of the follow-up method dictionary (跟进方式); the administrator may rename, reorder and
 * disable them and add others, so a stored method is any option code of that dictionary.
 */
export enum FollowUpMethod { PHONE = 'PHONE', EMAIL = 'EMAIL', VISIT = 'VISIT', SMS = 'SMS', WECHAT = 'WECHAT', OTHER = 'OTHER' }

@ObjectType('FollowUp')
@Entity('follow_up')
@Index('idx_follow_up_parent', ['parentType', 'parentId', 'occurredAt'])
// Per-author counts (supervision, dashboards) read this index alone: the parent's owner and liveness are in it.
@Index('idx_follow_up_author_live', ['authorId', 'deletedAt', 'occurredAt', 'substantive', 'parentType', 'parentId', 'parentLive', 'parentOwnerId'])
// The wide-scope list walks live follow-ups in date order and probes each parent (lib/followup/followup.scope.ts);
// the parent is in the index, so rows are read only for matches (and counts read none).
@Index('idx_follow_up_live_occurred', ['deletedAt', 'occurredAt', 'id', 'parentType', 'parentId', 'authorId', 'substantive', 'parentLive', 'parentOwnerId'])
export class FollowUp {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String, { description: 'customer, contact, lead, opportunity or contract' }) @Column({ name: 'parent_type', type: 'varchar', length: 20 }) parentType: string;
  @Field(() => ID) @Column({ name: 'parent_id', type: 'int' }) parentId: number;
  /**
   * The parent's owner and whether the parent is live (not in the recycle bin), copied by database triggers on every
   * change of either side (migration 1796672371643-FollowUpParentOwner), never written by the app: a person's
   * follow-ups the viewer may read are then counted from the author index without probing a parent per row.
   */
  @Column({ name: 'parent_owner_id', type: 'int', nullable: true, select: false, insert: false, update: false }) parentOwnerId: number | null;
  @Column({ name: 'parent_live', type: 'boolean', default: true, select: false, insert: false, update: false }) parentLive: boolean;
  @Field(() => String, { description: '来访, 去访, 致电, 来电 or free text' }) @Column({ type: 'varchar', length: 50 }) subject: string;
  @Field(() => String, { description: 'An option code of the 跟进方式 dictionary (PHONE, VISIT, … or one the administrator added)' })
  @Column({ type: 'varchar', length: 60 }) method: string;
  @Field(() => String, { nullable: true, description: 'Who took part: names and positions (访问对象)' }) @Column({ type: 'varchar', length: 200, nullable: true }) participants: string | null;
  @Field(() => String, { description: 'A: 目的 objective' }) @Column({ type: 'text' }) objective: string;
  @Field(() => String, { description: 'B: 结果 result' }) @Column({ type: 'text' }) result: string;
  @Field(() => String, { nullable: true, description: 'C: 下一步计划 next step' }) @Column({ name: 'next_step', type: 'text', nullable: true }) nextStep: string | null;
  @Field(() => Date) @DateColumn({ name: 'occurred_at', nullable: false }) occurredAt: Date;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'next_contact_at' }) nextContactAt: Date | null;
  @Field(() => Boolean, { description: 'A substantive contact (实质性沟通): counts for the contact-frequency rules' }) @Column({ type: 'boolean', default: false }) substantive: boolean;
  @Field(() => ID) @Column({ name: 'author_id', type: 'int' }) authorId: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
