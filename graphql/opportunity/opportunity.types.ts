// Opportunity GraphQL types beyond the entities: the connection and the pipeline board.
import { Field, Int, ObjectType } from 'type-graphql';
import { Opportunity, OpportunityStage } from '@/entities';
import { Connection } from '../common/connection';

@ObjectType('OpportunityConnection')
export class OpportunityConnection extends Connection(Opportunity, 'Opportunity') {}

@ObjectType('OpportunityBoardColumn')
export class OpportunityBoardColumn {
  @Field(() => OpportunityStage) stage: OpportunityStage;
  @Field(() => Int, { description: 'Opportunities in this stage (in your scope, matching the filter)' }) count: number;
  @Field(() => String, { description: 'Exact sum of their amounts' }) amount: string;
  @Field(() => [Opportunity], { description: 'The most recently updated ones, at most cardsPerColumn' }) cards: Opportunity[];
}

@ObjectType('OpportunityBoard')
export class OpportunityBoard {
  @Field(() => [OpportunityBoardColumn]) columns: OpportunityBoardColumn[];
  @Field(() => Int) totalCount: number;
  @Field(() => String) totalAmount: string;
}
