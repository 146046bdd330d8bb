// Product and product-category inputs: only the fields a catalogue manager may set.
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ProductStatus } from '@/entities/product.entity';

@InputType({ isAbstract: true } as never)
class ProductFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) model?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) unit?: string;
  @Field(() => ProductStatus, { nullable: true }) status?: ProductStatus;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string;
}

@InputType('CreateProductInput')
export class CreateProductInput extends ProductFieldsInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => String, { description: 'Exact decimal, at most 2 places, e.g. "19.99"' }) price: string;
}

@InputType('UpdateProductInput')
export class UpdateProductInput extends ProductFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true }) price?: string;
}

@InputType('ProductFilter')
export class ProductFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches name and model' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => ID, { nullable: true, description: 'The category and its sub-categories' }) categoryId?: string;
  @Field(() => ProductStatus, { nullable: true }) status?: ProductStatus;
  @Field(() => Boolean, { nullable: true, description: 'true: the recycle bin' }) deleted?: boolean;
}

@InputType('ProductCategoryInput')
export class ProductCategoryInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
  @Field(() => ID, { nullable: true, description: 'null: a top-level category' }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) sort?: number;
}
