// Product catalogue queries (any signed-in user) and mutations (product:manage, enforced by the shield map).
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Product, ProductCategory } from '@/entities';
import { createProduct, deleteProducts, findProduct, listProducts, restoreProducts, updateProduct } from '@/lib/product/product.service';
import { createProductCategory, deleteProductCategory, listProductCategories, updateProductCategory } from '@/lib/product/product-category.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { DeleteResult } from '../customer/customer.types';
import { CreateProductInput, ProductCategoryInput, ProductFilterInput, UpdateProductInput } from './product.inputs';

@ObjectType('ProductConnection')
export class ProductConnection extends Connection(Product, 'Product') {}

const idOrNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : Number(value));

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'The product catalogue (the recycle bin with filter.deleted)' })
  async products(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('filter', () => ProductFilterInput, { nullable: true }) filter?: ProductFilterInput) {
    const f = filter ?? {};
    return toConnection(await listProducts(ctx.db, { ...f, categoryId: f.categoryId ? Number(f.categoryId) : null }, page));
  }

  @Query(() => Product, { nullable: true })
  product(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findProduct(ctx.db.manager, Number(id));
  }

  @Query(() => [ProductCategory], { description: 'Every category, parents first; build the tree from parentId' })
  productCategories(@Ctx() ctx: Context) {
    return listProductCategories(ctx.db.manager);
  }

  @Mutation(() => Product)
  createProduct(@Ctx() ctx: Context, @Arg('input', () => CreateProductInput) input: CreateProductInput) {
    return createProduct(ctx.db, viewerOf(ctx), { ...input, categoryId: idOrNull(input.categoryId) });
  }

  @Mutation(() => Product)
  updateProduct(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput) {
    return updateProduct(ctx.db, viewerOf(ctx), Number(id), { ...input, categoryId: idOrNull(input.categoryId) });
  }

  @Mutation(() => DeleteResult, { description: 'Moves products to the recycle bin; existing lines keep their copy of name and model' })
  async deleteProducts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteProducts(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @Mutation(() => [Product])
  restoreProducts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return restoreProducts(ctx.db, viewerOf(ctx), ids);
  }

  @Mutation(() => ProductCategory)
  createProductCategory(@Ctx() ctx: Context, @Arg('input', () => ProductCategoryInput) input: ProductCategoryInput) {
    return createProductCategory(ctx.db, viewerOf(ctx), { ...input, parentId: idOrNull(input.parentId) });
  }

  @Mutation(() => ProductCategory)
  updateProductCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => ProductCategoryInput) input: ProductCategoryInput) {
    return updateProductCategory(ctx.db, viewerOf(ctx), Number(id), { ...input, parentId: idOrNull(input.parentId) });
  }

  @Mutation(() => Boolean, { description: 'Deletes an empty category (CONFLICT while it has sub-categories or products)' })
  deleteProductCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return deleteProductCategory(ctx.db, viewerOf(ctx), Number(id));
  }

  @FieldResolver(() => ProductCategory, { nullable: true })
  category(@Root() product: Product, @Ctx() ctx: Context) {
    return product.categoryId ? ctx.loaders.productCategory.load(product.categoryId) : null;
  }
}
