// The four data scopes (SPEC 2.3), the modules they apply to, and the permission codes (SPEC 2.2).
export enum ScopeLevel { NONE = 'NONE', SELF = 'SELF', SELF_AND_CHILDREN = 'SELF_AND_CHILDREN', CUSTOM = 'CUSTOM', ALL = 'ALL' }

/** Breadth order, used to check that a write scope is never wider than the read scope. */
export const SCOPE_RANK: Record<ScopeLevel, number> = { NONE: 0, SELF: 1, SELF_AND_CHILDREN: 2, CUSTOM: 2, ALL: 3 };

export const DATA_MODULES = [
  'customer', 'contact', 'lead', 'opportunity', 'contract', 'receivable', 'followup', 'ticket', 'expense', 'report',
  'schedule', 'task',
] as const;
export type DataModule = (typeof DATA_MODULES)[number];

/**
 * A user's own activity: schedule entries, tasks and work reports. Whatever their roles say, everyone reads and
 * writes their own (a finance clerk writes reports too); roles decide how far beyond themselves they reach.
 */
export const PERSONAL_MODULES: ReadonlySet<DataModule> = new Set<DataModule>(['schedule', 'task', 'report']);
/**
 * What a scope is asked for: reading, changing, or transferring (分配/转移: giving records to another owner). A role
 * may give transfer a wider reach than write (a manager edits his own customers but reassigns his department's);
 * neither is ever wider than read.
 */
export type AccessMode = 'read' | 'write' | 'transfer';
export const ACCESS_MODES: readonly AccessMode[] = ['read', 'write', 'transfer'];

export const isDataModule = (value: unknown): value is DataModule =>
  typeof value === 'string' && (DATA_MODULES as readonly string[]).includes(value);

/** Every operation permission code, grouped for the role editor. */
export const PERMISSION_GROUPS: Record<string, string[]> = {
  customer: ['customer:create', 'customer:update', 'customer:delete', 'customer:restore', 'customer:transfer', 'customer:lock', 'customer:import', 'customer:export', 'customer:merge'],
  contact: ['contact:create', 'contact:update', 'contact:delete', 'contact:import', 'contact:export'],
  lead: ['lead:create', 'lead:update', 'lead:delete', 'lead:transfer', 'lead:import', 'lead:export', 'lead:convert'],
  pool: ['pool:claim', 'pool:assign'],
  contract: ['contract:create', 'contract:update', 'contract:delete', 'contract:transfer', 'contract:approve', 'contract:export'],
  receivable: ['receivable:create', 'receivable:export'],
  opportunity: ['opportunity:create', 'opportunity:update', 'opportunity:delete', 'opportunity:restore', 'opportunity:transfer', 'opportunity:export'],
  followup: ['followup:export'],
  product: ['product:manage'],
  supervision: ['supervision:comment'],
  system: ['system:user', 'system:role', 'system:department', 'system:settings', 'system:audit', 'system:dictionary', 'system:customField', 'system:numbering'],
};
export const ALL_PERMISSIONS: string[] = Object.values(PERMISSION_GROUPS).flat();
