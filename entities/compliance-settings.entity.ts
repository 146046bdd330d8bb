// The seed-002 rulebook as company settings (one row, id 1; absent means the defaults): the fields each level
// requires, the deal and contact a core / high-growth customer needs, how often core and high-growth customers
// must be contacted, how many a salesperson should hold, and how many days ahead the owner is reminded.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn, UpdatedAt } from './columns';

@Entity('compliance_settings')
export class ComplianceSettings {
  @PrimaryColumn({ type: 'int' }) id: number;
  /** Customer fields every level requires (§3.2.3's 11 fields), by key: NAME, ADDRESS, … PHONE (mobile or phone). */
  @JsonColumn({ name: 'required_fields' }) requiredFields: string[] | null;
  @Column({ name: 'core_deal_months', type: 'int', default: 12 }) coreDealMonths: number;
  @Column({ name: 'high_growth_contact_days', type: 'int', default: 30 }) highGrowthContactDays: number;
  @Column({ name: 'core_short_days', type: 'int', default: 7 }) coreShortDays: number;
  @Column({ name: 'core_mid_days', type: 'int', default: 14 }) coreMidDays: number;
  @Column({ name: 'high_growth_days', type: 'int', default: 30 }) highGrowthDays: number;
  @Column({ name: 'min_core', type: 'int', default: 10 }) minCore: number;
  @Column({ name: 'min_high_growth', type: 'int', default: 20 }) minHighGrowth: number;
  @Column({ name: 'reminder_days', type: 'int', default: 2 }) reminderDays: number;
  @Column({ name: 'updated_by_id', type: 'int', nullable: true }) updatedById: number | null;
  @UpdatedAt() updatedAt: Date;
}
