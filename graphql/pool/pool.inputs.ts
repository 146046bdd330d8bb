// Pool inputs: the pool view's filter, pool configuration, rules and caps. Owners and pools of customers
// change only through claim / assign / return / move.
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { CustomerLevel } from '@/entities/customer.entity';
import { PoolReason } from '@/entities/pool.entity';

@InputType('PoolCustomerFilter')
export class PoolCustomerFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches name, code, contact name and phone numbers' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => PoolReason, { nullable: true }) reason?: PoolReason;
  @Field(() => CustomerLevel, { nullable: true }) level?: CustomerLevel;
  @Field(() => ID, { nullable: true, description: 'Who owned it before it entered the pool' }) previousOwnerId?: number;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => String, { nullable: true }) industry?: string;
  @Field(() => Date, { nullable: true }) enteredFrom?: Date;
  @Field(() => Date, { nullable: true }) enteredTo?: Date;
}

@InputType('PoolDepartmentInput')
export class PoolDepartmentInput {
  @Field(() => ID) departmentId: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Its sub-departments belong too' }) includeChildren?: boolean;
}

@InputType({ isAbstract: true } as never)
class PoolFieldsInput {
  @Field(() => [ID], { nullable: true }) administratorIds?: string[];
  @Field(() => [ID], { nullable: true }) memberUserIds?: string[];
  @Field(() => [PoolDepartmentInput], { nullable: true }) @IsOptional() @ValidateNested() memberDepartments?: PoolDepartmentInput[];
}

@InputType('CreatePoolInput')
export class CreatePoolInput extends PoolFieldsInput {
  @Field(() => String) @MaxLength(50) name: string;
}

@InputType('UpdatePoolInput')
export class UpdatePoolInput extends PoolFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
}

@InputType('PoolRuleInput')
export class PoolRuleInput {
  @Field(() => CustomerLevel) level: CustomerLevel;
  @Field(() => Int, { nullable: true, description: 'Days without a follow-up; null: off' }) noFollowUpDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days without a new opportunity; null: off' }) noOpportunityDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days without a deal; null: off' }) noDealDays?: number | null;
}

@InputType('UpdatePoolRulesInput')
export class UpdatePoolRulesInput {
  @Field(() => Boolean, { nullable: true }) recycleEnabled?: boolean;
  @Field(() => Boolean, { nullable: true }) exemptDealCustomers?: boolean;
  @Field(() => Boolean, { nullable: true }) exemptOpenOpportunities?: boolean;
  @Field(() => Int, { nullable: true }) warnDays?: number;
  @Field(() => [PoolRuleInput], { nullable: true, description: 'Levels not listed keep their rule' }) @IsOptional() @ValidateNested() rules?: PoolRuleInput[];
}

@InputType('UpdatePoolSettingsInput')
export class UpdatePoolSettingsInput {
  @Field(() => Int, { nullable: true }) maxOwnedCustomers?: number | null;
  @Field(() => Int, { nullable: true }) maxClaimsPerDay?: number | null;
  @Field(() => Int, { nullable: true }) reclaimBarDays?: number | null;
  @Field(() => Int, { nullable: true }) maxLockedCustomers?: number | null;
}
