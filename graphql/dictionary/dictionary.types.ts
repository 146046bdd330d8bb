// Object and input types of the data dictionary (数据字典).
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

@ObjectType('DictionaryOption', { description: 'One option; records store its code' })
export class DictionaryOptionType {
  @Field(() => ID) id: number;
  @Field(() => String) kind: string;
  @Field(() => String, { description: 'What records store: the name the option had when it was created (a city: 省/市), never changed' }) code: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true, description: 'The parent option of a tree dictionary (a city under its province)' }) parentId: number | null;
  @Field(() => String, { description: 'Names from the top of the tree down, e.g. 广东省 / 广州市' }) path: string;
  @Field(() => Int) sortOrder: number;
  @Field(() => Boolean, { description: 'Disabled options are not offered any more; records holding one keep showing it' }) enabled: boolean;
}

@ObjectType('Dictionary')
export class DictionaryType {
  @Field(() => String, { description: 'customer_source, industry, region, followup_method, opportunity_intent, loss_reason, payment_method, contract_type, service_type, expense_type' }) kind: string;
  @Field(() => String) name: string;
  @Field(() => Boolean, { description: 'Options form a tree (province → city)' }) tree: boolean;
  @Field(() => [DictionaryOptionType], { description: 'Every option, disabled ones too; a tree lists children after their parent' }) options: DictionaryOptionType[];
}

@InputType('AddDictionaryOptionInput')
export class AddDictionaryOptionInput {
  @Field(() => String) @MaxLength(40) kind: string;
  @Field(() => String) @MaxLength(50) name: string;
  @Field(() => ID, { nullable: true, description: 'Tree dictionaries: the parent option (a province)' }) @IsOptional() parentId?: string;
}

@InputType('UpdateDictionaryOptionInput')
export class UpdateDictionaryOptionInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean;
}

@InputType('ReorderDictionaryOptionsInput')
export class ReorderDictionaryOptionsInput {
  @Field(() => String) @MaxLength(40) kind: string;
  @Field(() => ID, { nullable: true, description: 'The parent whose children are reordered; absent for the top level' }) @IsOptional() parentId?: string;
  @Field(() => [ID], { description: 'Every option under the parent, in the new order' }) @ArrayMaxSize(500) ids: string[];
}
