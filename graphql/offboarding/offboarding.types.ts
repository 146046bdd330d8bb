// Offboarding GraphQL types: record counts, the preview and the result.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '@/entities';

@ObjectType('OffboardingCounts', { description: "A departing user's live records, by kind" })
export class OffboardingCounts {
  @Field(() => Int, { description: 'Owned customers (not in the recycle bin)' }) customers: number;
  @Field(() => Int) contacts: number;
  @Field(() => Int, { description: 'Opportunities of any category (closed ones are the customers\' history)' }) opportunities: number;
  @Field(() => Int, { description: 'Contracts of any status' }) contracts: number;
  @Field(() => Int, { description: 'Leads not converted' }) leads: number;
  @Field(() => Int, { description: 'Tasks still OPEN or IN_PROGRESS' }) openTasks: number;
  @Field(() => Int) total: number;
}

@ObjectType('OffboardingPreview')
export class OffboardingPreview {
  @Field(() => User) user: User;
  @Field(() => OffboardingCounts) records: OffboardingCounts;
}

@ObjectType('OffboardingResult')
export class OffboardingResult {
  @Field(() => User, { description: 'The user, now DISABLED' }) user: User;
  @Field(() => User, { nullable: true }) successor: User | null;
  @Field(() => Int, { description: 'Customers released to the public pool (reason OFFBOARDING)' }) customersReleased: number;
  @Field(() => OffboardingCounts, { description: 'Records handed to the successor' }) transferred: OffboardingCounts;
  @Field(() => OffboardingCounts, { description: 'Records left with the disabled user (released to the pool without a successor)' }) kept: OffboardingCounts;
}

@InputType('OffboardUserInput')
export class OffboardUserInput {
  @Field(() => ID) userId: string;
  @Field(() => ID, { nullable: true, description: 'Receives the records; must be active and within your write scope for each module that has records' })
  successorId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Release the customers to the user's home pool; other records go to the successor if given, else stay with the user" })
  releaseCustomersToPool?: boolean | null;
}
