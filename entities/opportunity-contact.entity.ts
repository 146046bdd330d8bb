// Contacts of the opportunity's customer who take part in the deal.
import { Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('opportunity_contact')
export class OpportunityContact {
  @PrimaryColumn({ name: 'opportunity_id', type: 'int' }) opportunityId: number;
  @Index('idx_opportunity_contact_contact') @PrimaryColumn({ name: 'contact_id', type: 'int' }) contactId: number;
}
