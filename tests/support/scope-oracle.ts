// Who may read, write and transfer what, computed straight from SPEC 2.3 over the generated in-memory model, in plain
// JavaScript and on purpose without importing lib/access: the property tests compare the API against this.
// Public-pool customers (owner null) follow SPEC 3.4: readable by ALL, or by members of their pool; writable
// only by ALL.
import type { ModelContact, ModelCustomer, ModelRole, ModelUser, OrgModel } from './org-generator';

type Module = 'customer' | 'contact';
type Mode = 'read' | 'write' | 'transfer';
const KNOWN_LEVELS = new Set(['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL']);

export class ScopeOracle {
  private readonly parentOf = new Map<number, number | null>();
  private readonly userById = new Map<number, ModelUser>();
  private readonly roleById = new Map<number, ModelRole>();
  private readonly customerById = new Map<number, ModelCustomer>();
  private readonly seat = new Map<string, { canEdit: boolean }>();

  constructor(readonly model: OrgModel) {
    for (const d of model.departments) this.parentOf.set(d.id, d.parentId);
    for (const u of model.users) this.userById.set(u.id, u);
    for (const r of model.roles) this.roleById.set(r.id, r);
    for (const c of model.customers) this.customerById.set(c.id, c);
    for (const t of model.team) this.seat.set(`${t.customerId}:${t.userId}`, { canEdit: t.canEdit });
  }

  /** Department `id` is `ancestor` or lies somewhere below it. */
  private within(id: number, ancestor: number): boolean {
    for (let at: number | null | undefined = id; at != null; at = this.parentOf.get(at)) if (at === ancestor) return true;
    return false;
  }

  /** The level one role gives: the module's own setting, else the role-wide default; unknown means nothing. */
  private level(role: ModelRole, module: Module, mode: Mode): string {
    if (role.code === 'SUPER_ADMIN') return 'ALL';
    const scope = role.moduleScopes[module] ?? role.defaultScope;
    // Issue 11 item 5: a role without its own transfer level transfers as far as it writes.
    const level = mode === 'transfer' ? scope.transfer ?? scope.write : scope[mode];
    return KNOWN_LEVELS.has(level) ? level : 'NONE';
  }

  /** SPEC 2.3's table, for one role: may the viewer see records owned by `ownerId` (null: the public pool)? */
  private roleCovers(viewer: ModelUser, role: ModelRole, module: Module, mode: Mode, ownerId: number | null): boolean {
    const level = this.level(role, module, mode);
    if (level === 'ALL') return true;
    if (ownerId === null) return false;
    const owner = this.userById.get(ownerId);
    switch (level) {
      case 'SELF': return ownerId === viewer.id;
      case 'SELF_AND_CHILDREN': return ownerId === viewer.id || (!!owner && this.within(owner.departmentId, viewer.departmentId));
      case 'CUSTOM': return ownerId === viewer.id || (!!owner && role.customDepartments.some((d) =>
        d.includeChildren ? this.within(owner.departmentId, d.departmentId) : owner.departmentId === d.departmentId));
      default: return false;
    }
  }

  /** Several roles are a union. */
  private ownerIn(userId: number, module: Module, mode: Mode, ownerId: number | null): boolean {
    const viewer = this.userById.get(userId)!;
    return viewer.roleIds.some((id) => this.roleCovers(viewer, this.roleById.get(id)!, module, mode, ownerId));
  }

  /** SPEC 3.4: a user belongs to a pool as a member user or administrator, or through a member department. */
  private poolMember(userId: number, poolId: number | null): boolean {
    if (poolId === null) return false;
    const viewer = this.userById.get(userId)!;
    return this.model.poolMembers.some((m) => m.poolId === poolId && (m.kind === 'DEPARTMENT'
      ? viewer.departmentId === m.memberId || (m.includeChildren && this.within(viewer.departmentId, m.memberId))
      : m.memberId === userId));
  }

  /** Owner-less customers of a pool are read by its members, if their roles give them customer data at all. */
  private poolReadable(userId: number, c: ModelCustomer): boolean {
    const viewer = this.userById.get(userId)!;
    return c.ownerId === null && this.poolMember(userId, c.poolId)
      && viewer.roleIds.some((id) => this.level(this.roleById.get(id)!, 'customer', 'read') !== 'NONE');
  }

  /** Write by owner: inside the write scope and, since write is never wider than read, inside the read scope. */
  private ownerWritable(userId: number, module: Module, ownerId: number | null) {
    return this.ownerIn(userId, module, 'write', ownerId) && this.ownerIn(userId, module, 'read', ownerId);
  }

  private teamSeat(userId: number, customerId: number) { return this.seat.get(`${customerId}:${userId}`); }

  /** Owners whose records the viewer may transfer or assign, or give records to: transfer scope within read. */
  private ownerTransferable(userId: number, module: Module, ownerId: number | null) {
    return this.ownerIn(userId, module, 'transfer', ownerId) && this.ownerIn(userId, module, 'read', ownerId);
  }

  /** The module shows anything at all (a role with a level other than NONE, or a team seat). */
  usable(userId: number, module: Module): boolean {
    const viewer = this.userById.get(userId)!;
    return viewer.roleIds.some((id) => this.level(this.roleById.get(id)!, module, 'read') !== 'NONE')
      || this.model.team.some((t) => t.userId === userId);
  }

  canReadCustomer(userId: number, c: ModelCustomer) {
    return this.ownerIn(userId, 'customer', 'read', c.ownerId) || !!this.teamSeat(userId, c.id) || this.poolReadable(userId, c);
  }
  /** Why a customer is readable (the first reason that applies), so a test can check every path is exercised. */
  readPath(userId: number, c: ModelCustomer): 'scope' | 'team' | 'pool' | 'none' {
    if (this.ownerIn(userId, 'customer', 'read', c.ownerId)) return 'scope';
    if (this.teamSeat(userId, c.id)) return 'team';
    return this.poolReadable(userId, c) ? 'pool' : 'none';
  }

  /** Change its fields: owner in write scope, or a can-edit team seat. */
  canEditCustomer(userId: number, c: ModelCustomer) { return this.ownerWritable(userId, 'customer', c.ownerId) || !!this.teamSeat(userId, c.id)?.canEdit; }
  /** Delete, restore, transfer, lock, team changes: owner in write scope only. */
  canManageCustomer(userId: number, c: ModelCustomer) { return this.ownerWritable(userId, 'customer', c.ownerId); }

  /** Transfer (分配/转移) an owned customer: its owner in the transfer scope; team seats never allow it. */
  canTransferCustomer(userId: number, c: ModelCustomer) { return c.ownerId !== null && this.ownerTransferable(userId, 'customer', c.ownerId); }
  /** Who the viewer may transfer customers to: active users inside their customer transfer scope. */
  transferTargets(userId: number) {
    return this.model.users.filter((u) => u.status === 'ACTIVE' && this.ownerTransferable(userId, 'customer', u.id)).map((u) => u.id);
  }
  /** A transfer happened: the customer has its new owner, who needs no team seat any more. */
  transferred(customerId: number, toUserId: number) {
    this.customerById.get(customerId)!.ownerId = toUserId;
    this.seat.delete(`${customerId}:${toUserId}`);
  }

  canReadContact(userId: number, ct: ModelContact) { return this.ownerIn(userId, 'contact', 'read', ct.ownerId) || !!this.teamSeat(userId, ct.customerId); }
  canEditContact(userId: number, ct: ModelContact) { return this.ownerWritable(userId, 'contact', ct.ownerId) || !!this.teamSeat(userId, ct.customerId)?.canEdit; }

  /** Expected outcome of a change: NOT_FOUND when unreadable (as if missing), FORBIDDEN when read-only. */
  outcome(readable: boolean, writable: boolean): 'OK' | 'FORBIDDEN' | 'NOT_FOUND' {
    if (!readable) return 'NOT_FOUND';
    return writable ? 'OK' : 'FORBIDDEN';
  }

  customer(id: number) { return this.customerById.get(id); }
}
