// The small, always-safe view of a user that business records point to (owner, author, …).
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('UserSummary')
export class UserSummary {
  @Field(() => ID) id: number;
  @Field(() => String) username: string;
  @Field(() => String) name: string;
}
