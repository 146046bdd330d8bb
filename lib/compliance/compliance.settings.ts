// The contact-frequency and classification rules (seed 002 §3.2.3, §3.4, §3.5.1) as settings an administrator
// changes (system:settings); without a stored row the seed's own numbers apply. Changes are audited.
import { DataSource, EntityManager } from 'typeorm';
import { ComplianceSettings } from '@/entities';
import { Viewer, hasPermission } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, forbidden } from '@/lib/errors';
import { actorOf } from '@/lib/org/org.common';

/** §3.2.3's 11 fields, by key, with the customer column each is read from (PHONE: mobile or phone). */
export const CUSTOMER_FIELDS = {
  NAME: ['c.name'], ADDRESS: ['c.address'], POSTCODE: ['c.postcode'], REGION: ['c.region'], INDUSTRY: ['c.industry'], TYPE: ['c.type'],
  SOURCE: ['c.source'], PROFILE: ['c.profile'], CONTACT_NAME: ['c.contactName'], CONTACT_POSITION: ['c.contactPosition'], PHONE: ['c.mobile', 'c.phone'],
} as const;
export type CustomerField = keyof typeof CUSTOMER_FIELDS;
export const FIELD_KEYS = Object.keys(CUSTOMER_FIELDS) as CustomerField[];

export interface Rules {
  requiredFields: CustomerField[];
  /** A core direct customer needs an open short- or mid-term opportunity expected to close within this many months. */
  coreDealMonths: number;
  /** A high-growth customer needs a substantive contact within this many days. */
  highGrowthContactDays: number;
  /** Contact at least every … days: core with a short-term opportunity, other core, high-growth. */
  coreShortDays: number;
  coreMidDays: number;
  highGrowthDays: number;
  /** A salesperson should hold at least this many core / high-growth direct customers. */
  minCore: number;
  minHighGrowth: number;
  /** The owner is reminded this many days before a customer becomes overdue. */
  reminderDays: number;
}

export const DEFAULT_RULES: Rules = {
  requiredFields: [...FIELD_KEYS], coreDealMonths: 12, highGrowthContactDays: 30, coreShortDays: 7, coreMidDays: 14, highGrowthDays: 30,
  minCore: 10, minHighGrowth: 20, reminderDays: 2,
};

const SETTINGS_ID = 1;
const NUMBERS = ['coreDealMonths', 'highGrowthContactDays', 'coreShortDays', 'coreMidDays', 'highGrowthDays', 'minCore', 'minHighGrowth', 'reminderDays'] as const;
const LIMITS: Record<(typeof NUMBERS)[number], [number, number]> = {
  coreDealMonths: [1, 60], highGrowthContactDays: [1, 365], coreShortDays: [1, 365], coreMidDays: [1, 365], highGrowthDays: [1, 365],
  minCore: [0, 10000], minHighGrowth: [0, 10000], reminderDays: [0, 30],
};

export async function complianceRules(manager: EntityManager): Promise<Rules> {
  const row = await manager.findOneBy(ComplianceSettings, { id: SETTINGS_ID });
  if (!row) return { ...DEFAULT_RULES, requiredFields: [...DEFAULT_RULES.requiredFields] };
  const fields = Array.isArray(row.requiredFields) ? row.requiredFields.filter((f): f is CustomerField => (FIELD_KEYS as string[]).includes(f)) : DEFAULT_RULES.requiredFields;
  return { ...Object.fromEntries(NUMBERS.map((k) => [k, row[k]])), requiredFields: fields } as Rules;
}

export type RulesInput = Partial<Omit<Rules, 'requiredFields'>> & { requiredFields?: string[] | null };

export async function updateComplianceRules(db: DataSource, viewer: Viewer, input: RulesInput): Promise<Rules> {
  if (!hasPermission(viewer, 'system:settings')) throw forbidden('Missing permission system:settings');
  const errors = new FieldErrors();
  const patch: Partial<Rules> = {};
  for (const key of NUMBERS) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const [min, max] = LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) errors.add(key, `must be a whole number between ${min} and ${max}`);
    else patch[key] = value;
  }
  if (input.requiredFields !== undefined && input.requiredFields !== null) {
    const unknown = input.requiredFields.filter((f) => !(FIELD_KEYS as string[]).includes(f));
    if (unknown.length) errors.add('requiredFields', `unknown fields: ${unknown.join(', ')}`);
    else patch.requiredFields = FIELD_KEYS.filter((f) => input.requiredFields!.includes(f));
  }
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    const current = await complianceRules(manager);
    const changes = diff({ ...current, requiredFields: current.requiredFields.join(',') }, { ...patch, requiredFields: patch.requiredFields?.join(',') });
    if (!Object.keys(changes).length) return current;
    await manager.save(ComplianceSettings, { id: SETTINGS_ID, ...current, ...patch, updatedById: viewer.userId });
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'compliance_settings', entityId: SETTINGS_ID, changes });
    return complianceRules(manager);
  });
}
