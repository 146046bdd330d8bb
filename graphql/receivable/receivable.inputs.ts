// Receivable inputs. The number, recorder and status are set by the system (numbering rule, viewer, approval).
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { OrderFields } from '../common/connection';

@InputType('CreateReceivableInput')
export class CreateReceivableInput {
  @Field(() => ID, { description: 'An APPROVED contract' }) contractId: string;
  @Field(() => ID, { nullable: true, description: 'A payment plan of that contract' }) planId?: string | null;
  @Field(() => String, { description: 'Exact decimal, at most the amount still outstanding' }) @MaxLength(20) amount: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) receivedDate: string;
  @Field(() => String, { nullable: true, description: 'e.g. 银行转账 (dictionary value)' }) @IsOptional() @MaxLength(30) method?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) remarks?: string | null;
}

@InputType('ReceivableFilter')
export class ReceivableFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches the receivable number and the contract number and title' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => ID, { nullable: true }) contractId?: string;
  @Field(() => ID, { nullable: true }) customerId?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ReceivableStatus, { nullable: true }) status?: ReceivableStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) receivedFrom?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) receivedTo?: string;
  @Field(() => [ID], { nullable: true, description: 'Contracts owned by any of these users' }) ownerIds?: string[];
}

export enum ReceivableSortField { RECEIVED_DATE = 'RECEIVED_DATE', CREATED_AT = 'CREATED_AT', AMOUNT = 'AMOUNT' }
registerEnumType(ReceivableSortField, { name: 'ReceivableSortField' });

@InputType('ReceivableOrder')
export class ReceivableOrderInput extends OrderFields<ReceivableSortField>(ReceivableSortField) {}
