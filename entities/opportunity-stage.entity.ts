// Opportunity stage (跟单阶段): configurable, with a win probability. `sort` is the stage number the category
// rules speak of (SPEC 3.5: 0 abandoned … 10 delivered and paid); it is unique among stages.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from './columns';

@ObjectType('OpportunityStage')
@Entity('opportunity_stage')
export class OpportunityStage {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field(() => Int, { description: 'Win probability in percent, 0–100' }) @Column({ type: 'int' }) probability: number;
  @Field(() => Int, { description: 'The stage number: position in the pipeline, used by the category rules' }) @Column({ type: 'int' }) sort: number;
  @Field(() => Boolean, { description: 'Disabled stages stay on old records but cannot be chosen' }) @Column({ type: 'boolean', default: true }) enabled: boolean;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
