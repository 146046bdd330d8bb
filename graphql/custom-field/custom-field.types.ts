// Object and input types of custom fields (自定义字段): their definitions, their values on a record, and how a
// write and a list filter name them.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { CustomFieldType } from '@/entities/custom-field.entity';

registerEnumType(CustomFieldType, { name: 'CustomFieldType' });

@ObjectType('CustomField', { description: 'A field an administrator added to a module' })
export class CustomFieldDefinition {
  @Field(() => ID) id: number;
  @Field(() => String, { description: 'customer, contact, lead, opportunity or contract' }) module: string;
  @Field(() => String, { description: 'The name in the API, filters and imports; fixed' }) key: string;
  @Field(() => String) label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field(() => Boolean) required: boolean;
  @Field(() => String, { nullable: true, description: 'Choice fields: the dictionary of their options (field:<id> for their own)' }) dictionaryKind: string | null;
  @Field(() => Int) sortOrder: number;
  @Field(() => Boolean, { description: 'Disabled fields leave forms, lists and filters; stored values stay' }) enabled: boolean;
}

@ObjectType('CustomFieldValue', { description: "A custom field's value on one record" })
export class CustomFieldValueType {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field(() => String, { nullable: true, description: 'The value (a choice: its option code; a user: the id; a date: YYYY-MM-DD); null when empty' })
  value(): string | null { return this.values[0] ?? null; }
  @Field(() => [String], { description: 'Every value (several for a multiple choice)' }) values: string[];
  @Field(() => String, { nullable: true, description: 'What the value reads as: option names, the user name' }) display: string | null;
}

@InputType('CustomFieldInput', { description: "A custom field's new value; empty clears it" })
export class CustomFieldInput {
  @Field(() => String) @MaxLength(40) key: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) value?: string | null;
  @Field(() => [String], { nullable: true, description: 'Multiple choice: every chosen option (code or name)' }) @IsOptional() @ArrayMaxSize(100) values?: string[] | null;
}

@InputType('CustomFieldFilter', { description: 'Records whose custom field matches' })
export class CustomFieldFilterInput {
  @Field(() => String) @MaxLength(40) key: string;
  @Field(() => [String], { nullable: true, description: 'Any of these values' }) @IsOptional() @ArrayMaxSize(100) equals?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Numbers and dates: at least' }) @IsOptional() @MaxLength(30) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Numbers and dates: at most' }) @IsOptional() @MaxLength(30) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Text: holds this' }) @IsOptional() @MaxLength(100) contains?: string | null;
}

@InputType('CreateCustomFieldInput')
export class CreateCustomFieldInput {
  @Field(() => String) @MaxLength(20) module: string;
  @Field(() => String, { description: 'Starts with a small letter; letters and digits' }) @MaxLength(40) key: string;
  @Field(() => String) @MaxLength(50) label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field(() => Boolean, { nullable: true }) required?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Choice fields: a data dictionary to take the options from' }) @IsOptional() @MaxLength(40) dictionaryKind?: string | null;
  @Field(() => [String], { nullable: true, description: 'Choice fields: their own options, by name' }) @IsOptional() @ArrayMaxSize(200) options?: string[] | null;
}

@InputType('UpdateCustomFieldInput')
export class UpdateCustomFieldInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) label?: string | null;
  @Field(() => Boolean, { nullable: true }) required?: boolean | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}
