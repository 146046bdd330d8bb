// Position (岗位): a title inside a department, not a permission.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';

@ObjectType('Position')
@Entity('position')
export class Position {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) name: string;
  @Field(() => ID) @Index('idx_position_department') @Column({ name: 'department_id', type: 'int' }) departmentId: number;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
