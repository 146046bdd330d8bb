// 申请归属 types: the request as its parties see it — the customer only through 查重's four fields.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType('RequestOwnershipInput', { description: 'Asks for a colleague\'s customer found through 查重' })
export class RequestOwnershipInput {
  @Field(() => String, { description: 'The customer code 查重 showed' }) @MaxLength(30) customerCode: string;
  @Field(() => String, { description: 'Why the customer should be yours (up to 500 characters)' }) @MaxLength(500) reason: string;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'When approved, also take its contacts' }) @IsOptional() withContacts?: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "When approved, also take the owner's open opportunities of it" }) @IsOptional() withOpportunities?: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "When approved, also take the owner's contracts of it that are not void" }) @IsOptional() withContracts?: boolean;
}

@ObjectType('OwnershipRequest', { description: '申请归属: a request for a colleague\'s customer, decided by both leaders' })
export class OwnershipRequestType {
  @Field(() => ID) id: number;
  @Field(() => String, { description: 'PENDING, APPROVED or REJECTED' }) status: string;
  @Field(() => String) reason: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Boolean) withContacts: boolean;
  @Field(() => Boolean) withOpportunities: boolean;
  @Field(() => Boolean) withContracts: boolean;
  @Field(() => String) customerCode: string;
  @Field(() => String) customerName: string;
  @Field(() => String, { nullable: true, description: 'The owner when the request was made' }) ownerName: string | null;
  @Field(() => String, { nullable: true, description: "The owner's department" }) departmentName: string | null;
  customerId: number;
  requesterId: number;
  approvalId: number | null;
}
