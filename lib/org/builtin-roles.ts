// Built-in roles created on first start (SPEC 2.2). All but the super administrator can be edited later.
import { ALL_PERMISSIONS, PERMISSION_GROUPS, ScopeLevel } from '@/lib/access/scopes';

export interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  permissions: string[];
  /** `transfer` (分配/转移) defaults to the write level when not given. */
  defaultScope: { read: ScopeLevel; write: ScopeLevel; transfer?: ScopeLevel };
  moduleScopes?: Record<string, { read: ScopeLevel; write: ScopeLevel; transfer?: ScopeLevel }>;
}

const { NONE, SELF, SELF_AND_CHILDREN, ALL } = ScopeLevel;
const readAll = { read: ALL, write: NONE };

export const BUILTIN_ROLES: RoleDefinition[] = [
  { code: 'SUPER_ADMIN', name: '超级管理员', description: 'Every permission, all data', permissions: ALL_PERMISSIONS, defaultScope: { read: ALL, write: ALL } },
  { code: 'SYSTEM_ADMIN', name: '系统管理员', description: 'Users, roles, departments, settings; no customer data', permissions: [...PERMISSION_GROUPS.system, ...PERMISSION_GROUPS.product], defaultScope: { read: NONE, write: NONE } },
  {
    code: 'DEPT_MANAGER', name: '部门经理', description: 'Sees the work of their department and below',
    permissions: [...PERMISSION_GROUPS.customer, ...PERMISSION_GROUPS.contact, ...PERMISSION_GROUPS.lead, 'pool:claim', 'pool:assign', 'supervision:comment',
      ...PERMISSION_GROUPS.contract, ...PERMISSION_GROUPS.receivable, ...PERMISSION_GROUPS.opportunity, ...PERMISSION_GROUPS.followup],
    // Seed 004: a manager changes only his own customers; seed 001 (分配): superiors hand customers to their
    // salespeople, so he transfers and assigns within his department (issue 11 item 5).
    defaultScope: { read: SELF_AND_CHILDREN, write: SELF, transfer: SELF_AND_CHILDREN },
    // A manager assigns tasks to the people below them (SPEC 4.2), so their task write scope reaches them too.
    moduleScopes: { task: { read: SELF_AND_CHILDREN, write: SELF_AND_CHILDREN } },
  },
  {
    code: 'SALES', name: '销售员', description: 'Works their own customers',
    permissions: ['customer:create', 'customer:update', 'customer:delete', 'customer:restore', 'customer:lock', 'customer:import', 'customer:export', ...PERMISSION_GROUPS.contact, 'pool:claim',
      'lead:create', 'lead:update', 'lead:delete', 'lead:import', 'lead:export', 'lead:convert', 'followup:export',
      'contract:create', 'contract:update', 'contract:delete', 'receivable:create',
      'opportunity:create', 'opportunity:update', 'opportunity:delete', 'opportunity:restore', 'opportunity:export'],
    defaultScope: { read: SELF, write: SELF },
  },
  {
    code: 'FINANCE', name: '财务', description: 'Contract and receivable approval',
    permissions: ['contract:approve', 'receivable:create', 'contract:export', 'receivable:export'], defaultScope: { read: NONE, write: NONE },
    moduleScopes: { customer: readAll, contract: readAll, receivable: { read: ALL, write: ALL }, expense: readAll },
  },
  {
    code: 'SERVICE', name: '客服', description: 'Service tickets',
    permissions: [], defaultScope: { read: NONE, write: NONE },
    moduleScopes: { customer: readAll, contact: readAll, ticket: { read: ALL, write: ALL } },
  },
];
