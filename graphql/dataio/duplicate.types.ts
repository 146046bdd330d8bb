// 查重 types: the four fields a duplicate search may reveal about a customer outside the viewer's scope.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

export enum DuplicateMatch { NAME = 'NAME', SIMILAR_NAME = 'SIMILAR_NAME', CODE = 'CODE', MOBILE = 'MOBILE', PHONE = 'PHONE', EMAIL = 'EMAIL' }
registerEnumType(DuplicateMatch, {
  name: 'DuplicateMatch',
  description: 'NAME: the same name once spaces, brackets and company forms (有限公司…) are set aside; SIMILAR_NAME: starts with or contains it; CODE: a customer code (a merged customer leads to the kept one); MOBILE (also on contacts), PHONE, EMAIL',
});

@ObjectType('DuplicateCustomer', { description: 'A customer of the whole company matching a 查重 search: only whom to ask, never its details' })
export class DuplicateCustomer {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'null: in the public pool' }) ownerName: string | null;
  @Field(() => String, { nullable: true, description: "The owner's department" }) departmentName: string | null;
  @Field(() => [DuplicateMatch]) matchedBy: DuplicateMatch[];
  @Field(() => Boolean, { description: 'You own it (otherwise, with an owner, 申请归属 may ask for it)' }) viewerIsOwner: boolean;
}

@InputType('DuplicateSearchInput', { description: 'Any of name, phone, e-mail; at most 20 customers are answered' })
export class DuplicateSearchInput {
  @Field(() => String, { nullable: true, description: 'A company name (or a customer code)' }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true, description: 'A mobile or phone number' }) @IsOptional() @MaxLength(30) phone?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) email?: string;
}
