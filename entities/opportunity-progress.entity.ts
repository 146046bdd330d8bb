// Progress record (进展记录) of an opportunity: what happened and the next plan. No owner of its own: visible
// exactly when its opportunity is. `countsAsContact` makes it a customer contact for the contact statistics.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';

@ObjectType('OpportunityProgress')
@Entity('opportunity_progress')
@Index('idx_opportunity_progress_opportunity', ['opportunityId', 'createdAt'])
export class OpportunityProgress {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'opportunity_id', type: 'int' }) opportunityId: number;
  @Field(() => String, { description: '进展详情' }) @Column({ type: 'varchar', length: 2000 }) content: string;
  @Field(() => String, { nullable: true, description: '下一步计划' }) @Column({ name: 'next_plan', type: 'varchar', length: 1000, nullable: true }) nextPlan: string | null;
  @Field(() => Boolean, { description: 'Counts as a customer contact (联络次数)' }) @Column({ name: 'counts_as_contact', type: 'boolean', default: false }) countsAsContact: boolean;
  @Field(() => ID, { nullable: true, description: 'The stage when it was written' }) @Column({ name: 'stage_id', type: 'int', nullable: true }) stageId: number | null;
  @Field(() => ID) @Column({ name: 'author_id', type: 'int' }) authorId: number;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
