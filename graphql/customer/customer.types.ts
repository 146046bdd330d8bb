// Customer GraphQL types beyond the entity itself.
import { Field, ObjectType } from 'type-graphql';
import { Customer, CustomerTeamMember } from '@/entities';
import { Connection } from '../common/connection';

@ObjectType('CustomerConnection')
export class CustomerConnection extends Connection(Customer, 'Customer') {}

@ObjectType('DeleteResult')
export class DeleteResult {
  @Field(() => [String]) ids: string[];
}

export { CustomerTeamMember };
