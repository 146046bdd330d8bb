// Product category (产品分类): a tree (parentId) ordered by `sort` among siblings.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

@ObjectType('ProductCategory')
@Entity('product_category')
@Index('idx_product_category_parent', ['parentId', 'sort'])
export class ProductCategory {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'parent_id', type: 'int', nullable: true }) parentId: number | null;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) sort: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
