// Contact inputs: the fields a user may set; owner follows the customer (and transfers).
import { CustomFieldFilterInput, CustomFieldInput } from '../custom-field/custom-field.types';
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';

// Decorated so type-graphql inherits these fields into the concrete inputs (it is never used on its own).
@InputType()
class ContactFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) department?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) position?: string;
  @Field(() => String, { nullable: true }) mobile?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) wechat?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthday?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) remarks?: string;
  @Field(() => Boolean, { nullable: true }) isPrimary?: boolean;
  @Field(() => [CustomFieldInput], { nullable: true, description: 'Values of custom fields (only those given change)' }) @IsOptional() @ArrayMaxSize(100) @ValidateNested() customFields?: CustomFieldInput[];
}

@InputType('CreateContactInput')
export class CreateContactInput extends ContactFieldsInput {
  @Field(() => ID) customerId: string;
  @Field(() => String) @MaxLength(50) name: string;
}

@InputType('UpdateContactInput')
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
}

@InputType('ContactFilter')
export class ContactFilterInput {
  @Field(() => ID, { nullable: true }) customerId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: the recycle bin' }) deleted?: boolean;
  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users' }) ownerIds?: string[];
  @Field(() => Date, { nullable: true }) createdFrom?: Date;
  @Field(() => Date, { nullable: true }) createdTo?: Date;
  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'All of these custom field conditions' }) @IsOptional() @ArrayMaxSize(20) @ValidateNested() customFields?: CustomFieldFilterInput[];
}
