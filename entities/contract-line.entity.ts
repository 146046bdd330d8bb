// A product line of a contract: product (name, model and unit kept as signed), quantity, unit price, amount.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DecimalColumn } from './columns';

@ObjectType('ContractLine')
@Entity('contract_line')
@Index('idx_contract_line_contract', ['contractId', 'sort'])
export class ContractLine {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'contract_id', type: 'int' }) contractId: number;
  @Field(() => ID) @Column({ name: 'product_id', type: 'int' }) productId: number;
  @Field(() => String, { description: 'Product name when the line was written' }) @Column({ name: 'product_name', type: 'varchar', length: 100 }) productName: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) model: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 20, nullable: true }) unit: string | null;
  @Field(() => String, { description: 'Exact decimal' }) @DecimalColumn() quantity: string;
  @Field(() => String, { description: 'Exact decimal' }) @DecimalColumn({ name: 'unit_price' }) unitPrice: string;
  @Field(() => String, { description: 'quantity × unit price, rounded to the cent' }) @DecimalColumn() amount: string;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) sort: number;
}
