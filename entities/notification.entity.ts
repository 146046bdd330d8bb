// An in-app notification to one user, optionally about a business record (type + id).
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, JsonColumn } from './columns';

@ObjectType('Notification')
@Entity('notification')
@Index('idx_notification_user_read', ['userId', 'readAt', 'createdAt'])
@Index('idx_notification_entity', ['entityType', 'entityId'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'user_id', type: 'int' }) userId: number;
  /** What happened, e.g. comment, transfer, approval.request, pool.warning, task.due. */
  @Field(() => String) @Column({ type: 'varchar', length: 40 }) kind: string;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 1000, nullable: true }) body: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'entity_type', type: 'varchar', length: 30, nullable: true }) entityType: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'entity_id', type: 'int', nullable: true }) entityId: number | null;
  /**
   * The owned record the entity hangs under (itself for owned types; a follow-up's parent, a receivable's
   * contract), written with the notification: the bell checks visibility with one primary-key probe per row.
   */
  @Column({ name: 'root_type', type: 'varchar', length: 30, nullable: true }) rootType: string | null;
  @Column({ name: 'root_id', type: 'int', nullable: true }) rootId: number | null;
  /** Makes a reminder idempotent: one notification per (user, dedupe key). */
  @Index('uq_notification_dedupe', { unique: true }) @Column({ name: 'dedupe_key', type: 'varchar', length: 120, nullable: true }) dedupeKey: string | null;
  @JsonColumn() data: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'actor_id', type: 'int', nullable: true }) actorId: number | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'read_at' }) readAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
