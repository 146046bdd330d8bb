// The records of other modules the pool rules look at: opportunities (open ones exempt a customer when the
// pool says so; a new one restarts the "no new opportunity" clock) and contracts (an open one always exempts).
// Those modules may not be installed yet: each check is used only when its entity is registered with the
// DataSource, and a registered entity must have the properties named here (else the job stops loudly rather
// than recycle a customer it should have spared).
import { EntityManager } from 'typeorm';

interface Probe {
  table: string;
  /** Properties that must exist, by role. */
  customer: string;
  deleted?: string;
  created?: string;
  state: string;
  /** Values of `state` that make the record open. */
  open: string[];
  /** Optional property: a record with this set (e.g. a contract's paidAt) is closed whatever its state. */
  closed?: string;
}

export const OPPORTUNITY_PROBE: Probe = { table: 'opportunity', customer: 'customerId', deleted: 'deletedAt', created: 'createdAt', state: 'category', open: ['SHORT_TERM', 'MID_TERM', 'LONG_TERM'] };
export const CONTRACT_PROBE: Probe = { table: 'contract', customer: 'customerId', deleted: 'deletedAt', state: 'status', open: ['DRAFT', 'PENDING', 'APPROVED'], closed: 'paidAt' };

/** A probe's table and column names, already quoted for the database in use. */
interface Resolved { table: string; customer: string; deleted: string | null; created: string | null; state: string; open: string[]; closed: string | null }

/** Column names of a probe's entity, or null when the module is not installed. */
export function resolveProbe(manager: EntityManager, probe: Probe): Resolved | null {
  if (!manager.connection.hasMetadata(probe.table)) return null;
  const meta = manager.connection.getMetadata(probe.table);
  const quote = (name: string) => manager.connection.driver.escape(name);
  const column = (property: string | undefined, required: boolean) => {
    if (!property) return null;
    const found = meta.findColumnWithPropertyName(property);
    if (!found && required) throw new Error(`pool rules: ${probe.table} has no property ${property}; update lib/pool/pool-related.ts`);
    return found ? quote(found.databaseName) : null;
  };
  return {
    table: quote(meta.tableName),
    customer: column(probe.customer, true)!,
    deleted: column(probe.deleted, false),
    created: column(probe.created, !!probe.created),
    state: column(probe.state, true)!,
    open: probe.open,
    closed: column(probe.closed, false),
  };
}

export interface RelatedChecks {
  opportunity: Resolved | null;
  contract: Resolved | null;
}

export const relatedChecks = (manager: EntityManager): RelatedChecks => ({
  opportunity: resolveProbe(manager, OPPORTUNITY_PROBE),
  contract: resolveProbe(manager, CONTRACT_PROBE),
});

/** `EXISTS (an open record of the customer ${ref}.id)`; params use the prefix so queries can hold several. */
export function openRecordSql(r: Resolved, ref: string, prefix: string) {
  const alias = `${prefix}_r`;
  let sql = `SELECT 1 FROM ${r.table} ${alias} WHERE ${alias}.${r.customer} = ${ref}.id AND ${alias}.${r.state} IN (:...${prefix}Open)`;
  if (r.deleted) sql += ` AND ${alias}.${r.deleted} IS NULL`;
  if (r.closed) sql += ` AND ${alias}.${r.closed} IS NULL`;
  return { sql: `EXISTS (${sql})`, params: { [`${prefix}Open`]: r.open } };
}

/** `EXISTS (a record of the customer created at or after :cutoff)`. */
export function recentRecordSql(r: Resolved, ref: string, prefix: string, cutoff: Date) {
  const alias = `${prefix}_n`;
  let sql = `SELECT 1 FROM ${r.table} ${alias} WHERE ${alias}.${r.customer} = ${ref}.id AND ${alias}.${r.created} >= :${prefix}Cutoff`;
  if (r.deleted) sql += ` AND ${alias}.${r.deleted} IS NULL`;
  return { sql: `EXISTS (${sql})`, params: { [`${prefix}Cutoff`]: cutoff } };
}
