// Product (产品) of the company catalogue: readable by every signed-in user, changed with product:manage.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, DecimalColumn, UpdatedAt } from './columns';

export enum ProductStatus { ACTIVE = 'ACTIVE', INACTIVE = 'INACTIVE' }
registerEnumType(ProductStatus, { name: 'ProductStatus', description: 'INACTIVE products stay on old records but cannot be added to new ones' });

@ObjectType('Product')
@Entity('product')
@Index('idx_product_category', ['categoryId'])
@Index('idx_product_live_name', ['deletedAt', 'name'])
@Index('idx_product_live_name_sort', ['deletedAt', 'nameSort', 'id'])
export class Product {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) name: string;
  /** The name's pinyin sort key (lib/name-sort), set with every write of the name; utf8mb4_bin on MariaDB. */
  @Column({ name: 'name_sort', type: 'varchar', length: 191, default: '' }) nameSort: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) model: string | null;
  @Field(() => String, { nullable: true, description: 'Unit of measure, e.g. 台, 套, 年' }) @Column({ type: 'varchar', length: 20, nullable: true }) unit: string | null;
  @Field(() => String, { description: 'List price, exact decimal as a string (e.g. "19.99")' }) @DecimalColumn() price: string;
  @Field(() => ProductStatus) @Column({ type: 'varchar', length: 10, default: ProductStatus.ACTIVE }) status: ProductStatus;
  @Field(() => ID, { nullable: true }) @Column({ name: 'category_id', type: 'int', nullable: true }) categoryId: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
