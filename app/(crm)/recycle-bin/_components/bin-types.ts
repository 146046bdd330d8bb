// The recycle bin's record types as the page offers them: a type is offered when the viewer reads its module (the
// API shows only deleted records in their read scope anyway); `permission` is what restoring it needs.
import { type Me, can, canRead } from '@/app/_lib/me';
import type { RecycleBinType } from '@/app/_lib/api/recycle-bin';

export interface BinType {
  type: RecycleBinType;
  offered: (me: Me) => boolean;
  permission: string | null;
  hasCode?: boolean;
  /** A user's own activity: everyone restores their own (no permission code). */
  personal?: boolean;
}

const FOLLOW_UP_PARENTS = ['customer', 'contact', 'lead', 'opportunity', 'contract'];

export const BIN_TYPES: BinType[] = [
  { type: 'CUSTOMER', offered: (me) => canRead(me, 'customer'), permission: 'customer:restore', hasCode: true },
  { type: 'CONTACT', offered: (me) => canRead(me, 'contact'), permission: 'contact:delete' },
  { type: 'LEAD', offered: (me) => canRead(me, 'lead'), permission: 'lead:delete' },
  { type: 'OPPORTUNITY', offered: (me) => canRead(me, 'opportunity'), permission: 'opportunity:restore' },
  { type: 'CONTRACT', offered: (me) => canRead(me, 'contract'), permission: 'contract:delete', hasCode: true },
  { type: 'RECEIVABLE', offered: (me) => canRead(me, 'contract'), permission: 'receivable:create', hasCode: true },
  { type: 'FOLLOW_UP', offered: (me) => FOLLOW_UP_PARENTS.some((m) => canRead(me, m)), permission: null },
  { type: 'TASK', offered: (me) => canRead(me, 'task'), permission: null, personal: true },
  { type: 'SCHEDULE', offered: (me) => canRead(me, 'schedule'), permission: null, personal: true },
  { type: 'REPORT', offered: (me) => canRead(me, 'report'), permission: null, personal: true },
  { type: 'PRODUCT', offered: (me) => can(me, 'product:manage'), permission: 'product:manage' },
];

/** The types the viewer may see and (permission-wise) restore: the page's type selector. */
export const binTypesFor = (me: Me) => BIN_TYPES.filter((b) => b.offered(me) && (!b.permission || can(me, b.permission)));

/**
 * Whether the menu shows the bin: a restore permission, or their own tasks, schedule and reports. Follow-ups alone
 * do not count: restoring one needs write access to the record it hangs under, which reading does not give.
 */
export const showsRecycleBin = (me: Me) => binTypesFor(me).some((b) => b.permission || b.personal);
