// One audited change: who did what to which record, when, from where, with before/after of changed fields.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, JsonColumn } from './columns';

@ObjectType('AuditEntry')
@Entity('audit_log')
@Index('idx_audit_entity', ['entityType', 'entityId', 'createdAt'])
@Index('idx_audit_actor', ['actorId', 'createdAt'])
@Index('idx_audit_created', ['createdAt'])
export class AuditLog {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'actor_id', type: 'int', nullable: true }) actorId: number | null;
  @Field(() => String) @Column({ type: 'varchar', length: 30 }) action: string;
  @Field(() => String) @Column({ name: 'entity_type', type: 'varchar', length: 30 }) entityType: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'entity_id', type: 'int', nullable: true }) entityId: number | null;
  /** { field: [before, after] } for updates, or a summary object for other actions. */
  @JsonColumn() changes: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
  @Column({ name: 'request_id', type: 'varchar', length: 40, nullable: true }) requestId: string | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
