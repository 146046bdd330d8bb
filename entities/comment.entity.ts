// A leader's comment (批示) on a record: a follow-up, a report, a customer, … (targetType + targetId).
// Visible exactly when its target is.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';

@ObjectType('Comment')
@Entity('comment')
@Index('idx_comment_target', ['targetType', 'targetId', 'createdAt'])
@Index('idx_comment_author', ['authorId', 'createdAt'])
export class Comment {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ name: 'target_type', type: 'varchar', length: 20 }) targetType: string;
  @Field(() => ID) @Column({ name: 'target_id', type: 'int' }) targetId: number;
  /** The owned record the target hangs under (the target itself, or a follow-up's parent): see lib/access/record-roots.ts. */
  @Column({ name: 'root_type', type: 'varchar', length: 20, nullable: true }) rootType: string | null;
  @Column({ name: 'root_id', type: 'int', nullable: true }) rootId: number | null;
  @Field(() => String) @Column({ type: 'text' }) content: string;
  @Field(() => ID) @Column({ name: 'author_id', type: 'int' }) authorId: number;
  /** The comment this one answers (the author's reply to a leader's 批示), on the same target. */
  @Field(() => ID, { nullable: true }) @Column({ name: 'reply_to_id', type: 'int', nullable: true }) replyToId: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
