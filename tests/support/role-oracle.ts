// "Is role A within the rights of roles B…" (issue 8), restated from the rule in plain JavaScript over a department
// tree given as parent links, on purpose without importing lib/org or lib/access: the property test compares the
// API's answers against this.
//
// The rule: operation permissions a subset. Per data module and mode (read, write, transfer), a scope is a reach: ALL reaches
// everything; SELF the holder's own records; SELF_AND_CHILDREN the holder's own records and their department's
// subtree; CUSTOM the holder's own records and the chosen departments (each with or without its sub-departments).
// A's reach must lie within the union of B's: ALL only within ALL; "own records" within any scope but NONE;
// "the holder's subtree" only within SELF_AND_CHILDREN (or ALL), and when the holder's department is known, that
// concrete subtree must also be among the departments B reaches (B's own SELF_AND_CHILDREN counted as the viewer's
// subtree); CUSTOM departments compared as sets. A's write scope must lie within B's write and within B's read
// scope; A's transfer scope (its own level, or its write level when it has none) within B's transfer and B's read
// scope. Everyone reads and writes their own schedule, tasks and reports. The SUPER_ADMIN role is never within.
// Taking a user over (a password reset lets one act as them) is judged concretely: everything the user reaches, in
// their department, must be records the viewer already reaches in the same mode.

export const ORACLE_MODULES = ['customer', 'contact', 'lead', 'opportunity', 'contract', 'receivable', 'followup', 'ticket', 'expense', 'report', 'schedule', 'task'];
const PERSONAL = new Set(['schedule', 'task', 'report']);
const LEVELS = new Set(['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL']);

export interface OracleScope { read: string; write: string; transfer?: string }
type Mode = 'read' | 'write' | 'transfer';
const MODES: Mode[] = ['read', 'write', 'transfer'];
export interface OracleRole {
  code?: string | null;
  permissions: string[];
  defaultScope: OracleScope;
  moduleScopes: Record<string, OracleScope>;
  customDepartments: { departmentId: number; includeChildren: boolean }[];
}

interface Reach { all: boolean; own: boolean; holderSubtree: boolean; departments: Set<number> }

export class RoleOracle {
  private readonly children = new Map<number, number[]>();
  private readonly known = new Set<number>();

  constructor(departments: { id: number; parentId: number | null }[]) {
    for (const d of departments) {
      this.known.add(d.id);
      if (d.parentId !== null) this.children.set(d.parentId, [...(this.children.get(d.parentId) ?? []), d.id]);
    }
  }

  /** The department and everything below it, found by walking down the children lists. */
  subtree(id: number): Set<number> {
    const out = new Set<number>();
    if (!this.known.has(id)) return out;
    const queue = [id];
    while (queue.length) {
      const next = queue.shift()!;
      if (out.has(next)) continue;
      out.add(next);
      queue.push(...(this.children.get(next) ?? []));
    }
    return out;
  }

  private level(role: OracleRole, module: string, mode: Mode): string {
    if (role.code === 'SUPER_ADMIN') return 'ALL';
    const scope = role.moduleScopes[module] ?? role.defaultScope;
    const level = mode === 'transfer' ? scope.transfer ?? scope.write : scope[mode];
    return LEVELS.has(level) ? level : 'NONE';
  }

  private reach(role: OracleRole, module: string, mode: Mode): Reach {
    const level = this.level(role, module, mode);
    const reach: Reach = { all: level === 'ALL', own: level !== 'NONE' && level !== 'ALL', holderSubtree: level === 'SELF_AND_CHILDREN', departments: new Set() };
    if (level === 'CUSTOM') {
      for (const choice of role.customDepartments) {
        const reached = choice.includeChildren ? this.subtree(choice.departmentId) : (this.known.has(choice.departmentId) ? new Set([choice.departmentId]) : new Set<number>());
        reached.forEach((d) => reach.departments.add(d));
      }
    }
    return reach;
  }

  /** The union of the viewer's roles, with their own SELF_AND_CHILDREN made concrete at their department. */
  private viewerReach(roles: OracleRole[], viewerDepartment: number, module: string, mode: Mode): Reach {
    const out: Reach = { all: false, own: PERSONAL.has(module), holderSubtree: false, departments: new Set() };
    for (const role of roles) {
      const r = this.reach(role, module, mode);
      out.all = out.all || r.all;
      out.own = out.own || r.own;
      out.holderSubtree = out.holderSubtree || r.holderSubtree;
      r.departments.forEach((d) => out.departments.add(d));
      if (r.holderSubtree) this.subtree(viewerDepartment).forEach((d) => out.departments.add(d));
    }
    return out;
  }

  private inside(inner: Reach, outer: Reach, holderDepartment?: number): boolean {
    if (outer.all) return true;
    if (inner.all) return false;
    if (inner.own && !outer.own) return false;
    if (inner.holderSubtree) {
      if (!outer.holderSubtree) return false;
      if (holderDepartment !== undefined && [...this.subtree(holderDepartment)].some((d) => !outer.departments.has(d))) return false;
    }
    return [...inner.departments].every((d) => outer.departments.has(d));
  }

  /** Role `candidate` is within the rights of `viewerRoles` (a super administrator's rights hold everything). */
  within(candidate: OracleRole, viewerRoles: OracleRole[], viewerDepartment: number, holderDepartment?: number): boolean {
    if (viewerRoles.some((r) => r.code === 'SUPER_ADMIN')) return true;
    if (candidate.code === 'SUPER_ADMIN') return false;
    const held = new Set(viewerRoles.flatMap((r) => r.permissions));
    if (!candidate.permissions.every((p) => held.has(p))) return false;
    return ORACLE_MODULES.every((module) => {
      const read = this.reach(candidate, module, 'read');
      const write = this.reach(candidate, module, 'write');
      const transfer = this.reach(candidate, module, 'transfer');
      const viewerRead = this.viewerReach(viewerRoles, viewerDepartment, module, 'read');
      return this.inside(read, viewerRead, holderDepartment)
        && this.inside(write, this.viewerReach(viewerRoles, viewerDepartment, module, 'write'), holderDepartment)
        && this.inside(write, viewerRead, holderDepartment)
        && this.inside(transfer, this.viewerReach(viewerRoles, viewerDepartment, module, 'transfer'), holderDepartment)
        && this.inside(transfer, viewerRead, holderDepartment);
    });
  }

  /** Acting as a user holding `targetRoles` in `targetDepartment` gives the viewer nothing they do not reach. */
  takeoverWithin(targetRoles: OracleRole[], targetDepartment: number, viewerRoles: OracleRole[], viewerDepartment: number): boolean {
    if (viewerRoles.some((r) => r.code === 'SUPER_ADMIN')) return true;
    if (targetRoles.some((r) => r.code === 'SUPER_ADMIN')) return false;
    const held = new Set(viewerRoles.flatMap((r) => r.permissions));
    if (!targetRoles.every((r) => r.permissions.every((p) => held.has(p)))) return false;
    const theirs = this.subtree(targetDepartment);
    return ORACLE_MODULES.every((module) => MODES.every((mode) => {
      const outer = this.viewerReach(viewerRoles, viewerDepartment, module, mode);
      if (outer.all) return true;
      return targetRoles.every((role) => {
        const inner = this.reach(role, module, mode);
        if (inner.all) return false;
        if (inner.own && !outer.departments.has(targetDepartment)) return false;
        if (inner.holderSubtree && [...theirs].some((d) => !outer.departments.has(d))) return false;
        return [...inner.departments].every((d) => outer.departments.has(d));
      });
    }));
  }
}
