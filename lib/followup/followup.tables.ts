// Follow-ups meet the scope module through their parent: 'followup' is a derived record type (no owner of its
// own), so notifications, comments, attachments and the timeline check it like any other record.
import { FollowUp } from '@/entities';
import { registerDerivedRecordType } from '@/lib/access';
// Registers customers and contacts; leads, opportunities and contracts register themselves when their module loads.
import '@/lib/customer/customer.tables';

export const FOLLOW_UP_TYPE = 'followup';

/** The record types a follow-up may hang under, whichever of them are registered. */
export const FOLLOW_UP_PARENT_TYPES = ['customer', 'contact', 'lead', 'opportunity', 'contract'] as const;

export const FOLLOW_UP_RECORD = {
  entity: FollowUp, alias: 'f', label: 'Follow-up',
  parentType: 'f.parentType', parentId: 'f.parentId', parentTypes: FOLLOW_UP_PARENT_TYPES, deletedColumn: 'f.deletedAt', author: 'f.authorId',
};

registerDerivedRecordType(FOLLOW_UP_TYPE, FOLLOW_UP_RECORD);
