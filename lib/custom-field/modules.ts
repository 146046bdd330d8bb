// The modules whose records take custom fields, with the entity each one's keys must not collide with.
import { EntityManager } from 'typeorm';
import { Contact, Contract, Customer, Lead, Opportunity } from '@/entities';

export const CUSTOM_FIELD_MODULES = {
  customer: { entity: Customer, label: '客户' },
  contact: { entity: Contact, label: '联系人' },
  lead: { entity: Lead, label: '线索' },
  opportunity: { entity: Opportunity, label: '商机' },
  contract: { entity: Contract, label: '合同' },
} as const;
export type CustomFieldModule = keyof typeof CUSTOM_FIELD_MODULES;

export const isCustomFieldModule = (value: unknown): value is CustomFieldModule => typeof value === 'string' && Object.hasOwn(CUSTOM_FIELD_MODULES, value);

/** GraphQL and filter names a custom key may not take, besides the entity's own properties. */
const RESERVED = ['id', 'customFields', 'keyword', 'owner', 'ownerIds', 'createdBy', 'deleted', 'inPool', 'viewerCanEdit', 'viewerCanManage', 'history', 'contacts', 'team'];

/** The built-in field names of a module: its entity's properties and relations, and the reserved API names. */
export function builtinKeys(manager: EntityManager, module: CustomFieldModule): Set<string> {
  const meta = manager.connection.getMetadata(CUSTOM_FIELD_MODULES[module].entity);
  return new Set([...meta.columns.map((c) => c.propertyName), ...meta.relations.map((r) => r.propertyName), ...RESERVED].map((k) => k.toLowerCase()));
}
