// A product line of an opportunity: the product with a copy of its name, model and unit (the catalogue may
// change later), quantity × unit price = amount, all exact decimals.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DecimalColumn } from './columns';

@ObjectType('OpportunityLine')
@Entity('opportunity_line')
@Index('idx_opportunity_line_opportunity', ['opportunityId', 'sort'])
export class OpportunityLine {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'opportunity_id', type: 'int' }) opportunityId: number;
  @Field(() => ID) @Column({ name: 'product_id', type: 'int' }) productId: number;
  @Field(() => String) @Column({ name: 'product_name', type: 'varchar', length: 100 }) productName: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) model: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 20, nullable: true }) unit: string | null;
  @Field(() => String) @DecimalColumn() quantity: string;
  @Field(() => String) @DecimalColumn({ name: 'unit_price' }) unitPrice: string;
  @Field(() => String, { description: 'quantity × unit price, rounded half-up to the cent' }) @DecimalColumn() amount: string;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) sort: number;
}
