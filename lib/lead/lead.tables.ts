// How leads meet the scope module: the 'lead' scope by owner. Leads hang under no customer, so no team access.
import { Lead } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const LEAD_TABLE: ScopedTable<Lead> = {
  entity: Lead, alias: 'l', module: 'lead', label: 'Lead',
  columns: { owner: 'l.ownerId' }, deletedColumn: 'l.deletedAt',
};

registerRecordType('lead', LEAD_TABLE);
