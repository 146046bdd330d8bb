// Pool GraphQL types beyond the entities: the pool view's connection, member departments, claim quota.
import { Field, Int, ObjectType } from 'type-graphql';
import { Customer, Department } from '@/entities';
import { Connection } from '../common/connection';

@ObjectType('PoolCustomerConnection')
export class PoolCustomerConnection extends Connection(Customer, 'PoolCustomer') {}

@ObjectType('PoolDepartment')
export class PoolDepartment {
  @Field(() => Department, { nullable: true }) department: Department | null;
  @Field(() => Boolean) includeChildren: boolean;
}

@ObjectType('PoolClaimQuota', { description: 'Where the viewer stands against the claim caps (null: no cap)' })
export class PoolClaimQuota {
  @Field(() => Int) ownedCustomers: number;
  @Field(() => Int, { nullable: true }) maxOwnedCustomers: number | null;
  @Field(() => Int) claimedToday: number;
  @Field(() => Int, { nullable: true }) maxClaimsPerDay: number | null;
  @Field(() => Int) reclaimBarDays: number;
}
