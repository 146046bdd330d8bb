// A work report (工作报告): daily, weekly, monthly, half-year or annual, with the subject in the seed's format
// (e.g. 2026年第47周工作周报—张三) generated from its kind, period and author. The author owns it.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

export enum ReportKind { DAILY = 'DAILY', WEEKLY = 'WEEKLY', MONTHLY = 'MONTHLY', HALF_YEAR = 'HALF_YEAR', ANNUAL = 'ANNUAL' }
registerEnumType(ReportKind, { name: 'ReportKind', description: 'DAILY 日报, WEEKLY 周报, MONTHLY 月报, HALF_YEAR 半年总结, ANNUAL 年终总结' });

@ObjectType('Report')
@Entity('report')
@Index('idx_report_author_period', ['authorId', 'periodStart'])
@Index('idx_report_period', ['periodStart'])
@Index('uq_report_author_period', ['authorId', 'periodKey'], { unique: true })
export class Report {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ReportKind) @Column({ type: 'varchar', length: 10 }) kind: ReportKind;
  @Field(() => String, { description: 'First day of the period, YYYY-MM-DD' }) @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  @Field(() => String, { description: 'Last day of the period, YYYY-MM-DD' }) @Column({ name: 'period_end', type: 'date' }) periodEnd: string;
  /** KIND:periodStart while the report is live, null once deleted: one live report per author, kind and period. */
  @Column({ name: 'period_key', type: 'varchar', length: 30, nullable: true }) periodKey: string | null;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) subject: string;
  @Field(() => String) @Column({ type: 'text' }) content: string;
  /** The owner of the report for the data scopes. */
  @Field(() => ID) @Column({ name: 'author_id', type: 'int' }) authorId: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
