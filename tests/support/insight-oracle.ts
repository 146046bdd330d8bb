// The dashboard's expected figures, from SPEC 2.3 over a generated organisation, in plain JavaScript and without
// lib/access or lib/insight: whose figures a viewer sees (the owners their read scopes reach in the counted
// modules, themselves included), which records they may read (owner in scope, a team seat on the customer, a
// pool they belong to; follow-ups through their parent), and what each brief figure therefore counts.
import type { ModelRole, ModelUser, OrgModel } from './org-generator';
import { ScopeOracle } from './scope-oracle';

export type InsightModule = 'customer' | 'contact' | 'opportunity' | 'contract' | 'followup';
export const INSIGHT_MODULES: InsightModule[] = ['customer', 'contact', 'opportunity', 'contract', 'followup'];

export interface MOpportunity { id: number; customerId: number; ownerId: number; createdAt: number; cents: bigint; deleted: boolean }
export interface MContract { id: number; customerId: number; ownerId: number; signDate: string | null; cents: bigint; approved: boolean; deleted: boolean }
export interface MReceivable { id: number; contractId: number; receivedDate: string; cents: bigint; approved: boolean }
export interface MFollowUp { id: number; parentType: InsightModule; parentId: number; authorId: number; occurredAt: number; substantive: boolean; deleted: boolean }
export interface InsightData {
  customerCreated: Map<number, number>;
  contactCreated: Map<number, number>;
  deletedCustomers: Set<number>;
  opportunities: MOpportunity[];
  contracts: MContract[];
  receivables: MReceivable[];
  followUps: MFollowUp[];
}

/** A span in instants (DATETIME columns) and in dates (DATE columns), both ends included. */
export interface Span { start: number; end: number; from: string; to: string }

export interface Brief {
  newCustomers: number; newContacts: number; newOpportunities: number; newOpportunityAmount: string; newContracts: number; contractAmount: string;
  receivables: number; receivableAmount: string; followUps: number; substantiveFollowUps: number;
}

export const money = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
const KNOWN = new Set(['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL']);

export class InsightOracle {
  readonly scope: ScopeOracle;
  private readonly parentOf = new Map<number, number | null>();
  private readonly users = new Map<number, ModelUser>();
  private readonly roles = new Map<number, ModelRole>();
  private readonly contracts = new Map<number, MContract>();
  private readonly opportunities = new Map<number, MOpportunity>();

  constructor(readonly model: OrgModel, readonly data: InsightData) {
    this.scope = new ScopeOracle(model);
    for (const d of model.departments) this.parentOf.set(d.id, d.parentId);
    for (const u of model.users) this.users.set(u.id, u);
    for (const r of model.roles) this.roles.set(r.id, r);
    for (const k of data.contracts) this.contracts.set(k.id, k);
    for (const o of data.opportunities) this.opportunities.set(o.id, o);
  }

  within(dept: number, ancestor: number) {
    for (let at: number | null | undefined = dept; at != null; at = this.parentOf.get(at)) if (at === ancestor) return true;
    return false;
  }

  private level(role: ModelRole, module: InsightModule) {
    if (role.code === 'SUPER_ADMIN') return 'ALL';
    const level = (role.moduleScopes[module] ?? role.defaultScope).read;
    return KNOWN.has(level) ? level : 'NONE';
  }

  /** Does one of the viewer's roles cover records of `module` owned by `ownerId`? */
  covers(viewerId: number, module: InsightModule, ownerId: number) {
    const viewer = this.users.get(viewerId)!;
    const owner = this.users.get(ownerId);
    return viewer.roleIds.some((id) => {
      const role = this.roles.get(id)!;
      const level = this.level(role, module);
      if (level === 'ALL') return true;
      if (level === 'NONE') return false;
      if (ownerId === viewerId) return true;
      if (!owner) return false;
      if (level === 'SELF_AND_CHILDREN') return this.within(owner.departmentId, viewer.departmentId);
      if (level === 'CUSTOM') return role.customDepartments.some((d) => (d.includeChildren ? this.within(owner.departmentId, d.departmentId) : owner.departmentId === d.departmentId));
      return false;
    });
  }

  private seat(userId: number, customerId: number) { return this.model.team.some((t) => t.userId === userId && t.customerId === customerId); }

  /** The people whose figures the viewer sees: null for everyone. */
  reach(viewerId: number): Set<number> | null {
    const viewer = this.users.get(viewerId)!;
    if (viewer.roleIds.some((id) => INSIGHT_MODULES.some((m) => this.level(this.roles.get(id)!, m) === 'ALL'))) return null;
    return new Set(this.model.users.filter((u) => u.id === viewerId || INSIGHT_MODULES.some((m) => this.covers(viewerId, m, u.id))).map((u) => u.id));
  }

  hasDashboard(viewerId: number) { return this.scope.usable(viewerId, 'customer'); }

  readsOpportunity(v: number, o: MOpportunity) { return !o.deleted && (this.covers(v, 'opportunity', o.ownerId) || this.seat(v, o.customerId)); }
  readsContract(v: number, k: MContract) { return !k.deleted && (this.covers(v, 'contract', k.ownerId) || this.seat(v, k.customerId)); }
  readsCustomer(v: number, id: number) { return !this.data.deletedCustomers.has(id) && this.scope.canReadCustomer(v, this.scope.customer(id)!); }
  readsContact(v: number, id: number) {
    const ct = this.model.contacts.find((c) => c.id === id);
    return !!ct && this.scope.canReadContact(v, ct);
  }
  readsFollowUp(v: number, f: MFollowUp) {
    if (f.deleted) return false;
    switch (f.parentType) {
      case 'customer': return this.readsCustomer(v, f.parentId);
      case 'contact': return this.readsContact(v, f.parentId);
      case 'opportunity': return this.readsOpportunity(v, this.opportunities.get(f.parentId)!);
      case 'contract': return this.readsContract(v, this.contracts.get(f.parentId)!);
      default: return false;
    }
  }

  /** The brief for the viewer over a span, counting records owned (written) by `people`. */
  brief(v: number, people: (id: number | null) => boolean, s: Span): Brief {
    const inTime = (t: number) => t >= s.start && t <= s.end;
    const inDate = (d: string | null) => !!d && d >= s.from && d <= s.to;
    const customers = this.model.customers.filter((c) => c.ownerId !== null && people(c.ownerId) && inTime(this.data.customerCreated.get(c.id)!) && this.readsCustomer(v, c.id));
    const contacts = this.model.contacts.filter((c) => c.ownerId !== null && people(c.ownerId) && inTime(this.data.contactCreated.get(c.id)!) && this.readsContact(v, c.id));
    const opportunities = this.data.opportunities.filter((o) => people(o.ownerId) && inTime(o.createdAt) && this.readsOpportunity(v, o));
    const contracts = this.data.contracts.filter((k) => k.approved && people(k.ownerId) && inDate(k.signDate) && this.readsContract(v, k));
    const receivables = this.data.receivables.filter((r) => {
      const k = this.contracts.get(r.contractId)!;
      return r.approved && people(k.ownerId) && inDate(r.receivedDate) && this.readsContract(v, k);
    });
    const followUps = this.data.followUps.filter((f) => people(f.authorId) && inTime(f.occurredAt) && this.readsFollowUp(v, f));
    const sum = (list: { cents: bigint }[]) => money(list.reduce((a, x) => a + x.cents, 0n));
    return {
      newCustomers: customers.length, newContacts: contacts.length, newOpportunities: opportunities.length, newOpportunityAmount: sum(opportunities),
      newContracts: contracts.length, contractAmount: sum(contracts), receivables: receivables.length, receivableAmount: sum(receivables),
      followUps: followUps.length, substantiveFollowUps: followUps.filter((f) => f.substantive).length,
    };
  }
}
