// Department tree node; `path` is the materialised path ("/1/4/9/") so subtrees are one indexed LIKE.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from './columns';

@ObjectType('Department')
@Entity('department')
export class Department {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) name: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'parent_id', type: 'int', nullable: true }) parentId: number | null;
  @Index('idx_department_path') @Column({ type: 'varchar', length: 255 }) path: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'head_id', type: 'int', nullable: true }) headId: number | null;
  @Field(() => Boolean) @Column({ type: 'boolean', default: true }) enabled: boolean;
  @Field(() => Int) @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
