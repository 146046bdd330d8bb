// Conversion of one or many leads to customers (SPEC 3.1): one customer per lead through the customer service
// (numbering, duplicate-name check, audit), a primary contact from the lead's person fields, the lead marked
// CONVERTED with a link to its customer, and the registered hooks (follow-ups move along); one lead may also become
// an opportunity of its customer in the same step. All in ONE transaction: one duplicate name among the leads (or a
// bad opportunity) and nothing is converted; every duplicate is reported.
import { DataSource, EntityManager, In } from 'typeorm';
import { Contact, Customer, Lead } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { Viewer, hasPermission, requireAccess, requireIds } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { DomainError, FieldErrors, badInput, conflict, forbidden } from '@/lib/errors';
import { assertNameFree, createCustomer } from '@/lib/customer/customer.service';
import { normalizeName } from '@/lib/text';
import { type CreateOpportunityInput, createOpportunityIn } from '@/lib/opportunity/opportunity.service';
import { LEAD_TABLE } from './lead.tables';
import { actorOf, assertNotConverted, lockLeads } from './lead.service';
import { runLeadConversionHooks } from './lead-conversion.hooks';

export interface ConvertLeadsInput {
  ids: readonly (string | number)[];
  customerType?: CustomerType | null;
  customerLevel?: CustomerLevel | null;
  /** One lead only: also an opportunity of the new customer (owned by the lead's owner, its contact linked). */
  opportunity?: Omit<CreateOpportunityInput, 'customerId' | 'contactIds'> | null;
}

/** One lead that cannot become a customer because the name is taken. */
export interface ConversionConflict {
  id: string;
  name: string;
  customerName: string;
  /** Another lead in the same request would create the same customer name. */
  duplicateInSelection: boolean;
  existingCode: string | null;
  existingOwnerName: string | null;
}

/** The customer a lead becomes: named after the company, or after the person when no company is known. */
export const customerNameOf = (lead: Pick<Lead, 'company' | 'name'>) => lead.company ?? lead.name;

function checkOptions(input: ConvertLeadsInput) {
  const errors = new FieldErrors();
  if (input.customerType != null) errors.check(Object.values(CustomerType).includes(input.customerType), 'customerType', 'is not a customer type');
  if (input.customerLevel != null) errors.check(Object.values(CustomerLevel).includes(input.customerLevel), 'customerLevel', 'is not a customer level');
  errors.throwIfAny();
  return { type: input.customerType ?? CustomerType.DIRECT, level: input.customerLevel ?? CustomerLevel.NORMAL };
}

/** The duplicate-name conflict of one lead, or rethrows anything else. */
function asConflict(error: unknown, lead: Lead): ConversionConflict {
  if (!(error instanceof DomainError) || error.code !== 'CONFLICT') throw error;
  return {
    id: String(lead.id), name: lead.name, customerName: customerNameOf(lead), duplicateInSelection: false,
    existingCode: (error.details.existingCode as string | undefined) ?? null, existingOwnerName: (error.details.existingOwnerName as string | undefined) ?? null,
  };
}

async function convertOne(manager: EntityManager, viewer: Viewer, lead: Lead, customer: Customer): Promise<Contact> {
  const contact = await manager.save(manager.create(Contact, {
    customerId: customer.id, name: lead.name, mobile: lead.mobile, phone: lead.phone, email: lead.email,
    isPrimary: true, ownerId: lead.ownerId, createdById: viewer.userId,
  }));
  if (lead.nextContactAt) await manager.update(Customer, { id: customer.id }, { nextFollowUpAt: lead.nextContactAt });
  const convertedAt = new Date();
  await manager.update(Lead, { id: lead.id }, { status: LeadStatus.CONVERTED, convertedCustomerId: customer.id, convertedAt, convertedById: viewer.userId });
  await audit(manager, actorOf(viewer), [
    { action: 'create', entityType: 'contact', entityId: contact.id, changes: { customerId: customer.id, name: lead.name, mobile: lead.mobile, phone: lead.phone, email: lead.email, isPrimary: true, fromLeadId: lead.id } },
    { action: 'convert', entityType: 'lead', entityId: lead.id, changes: { status: [lead.status, LeadStatus.CONVERTED], customerId: customer.id, contactId: contact.id } },
  ]);
  await runLeadConversionHooks(manager, { leadId: lead.id, customerId: customer.id, contactId: contact.id, ownerId: lead.ownerId, viewer });
  return contact;
}

/** The opportunity of a one-step conversion; its field errors are named under `opportunity.`. */
async function convertToOpportunity(manager: EntityManager, viewer: Viewer, lead: Lead, customer: Customer, contact: Contact, input: NonNullable<ConvertLeadsInput['opportunity']>) {
  try {
    const opportunity = await createOpportunityIn(manager, viewer, { ...input, customerId: customer.id, contactIds: [contact.id] }, lead.ownerId, true);
    await audit(manager, actorOf(viewer), { action: 'convert', entityType: 'lead', entityId: lead.id, changes: { opportunityId: opportunity.id } });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      const fields = (error.details.fields as { field: string; message: string }[]).map((f) => ({ field: `opportunity.${f.field}`, message: f.message }));
      throw badInput(fields);
    }
    throw error;
  }
}

export async function convertLeads(db: DataSource, viewer: Viewer, input: ConvertLeadsInput): Promise<Lead[]> {
  const ids = requireIds(input.ids);
  const options = checkOptions(input);
  if (input.opportunity) {
    if (ids.length !== 1) throw badInput('opportunity', 'can be created when converting one lead');
    if (!hasPermission(viewer, 'opportunity:create')) throw forbidden('Missing permission opportunity:create');
    if (options.type !== CustomerType.DIRECT) throw badInput('customerType', 'must be DIRECT to carry an opportunity');
  }
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, LEAD_TABLE, ids, 'write');
    const byId = new Map((await lockLeads(manager, ids)).map((l) => [l.id, l]));
    const leads = ids.map((id) => byId.get(id)!);
    assertNotConverted(leads);

    const conflicts: ConversionConflict[] = [];
    const taken = new Map<string, Lead>();
    const created: [Lead, Customer][] = [];
    for (const lead of leads) {
      const name = customerNameOf(lead);
      const key = normalizeName(name);
      if (taken.has(key)) {
        conflicts.push({ id: String(lead.id), name: lead.name, customerName: name, duplicateInSelection: true, existingCode: null, existingOwnerName: null });
        continue;
      }
      taken.set(key, lead);
      try {
        // After the first conflict nothing will be kept: only check the remaining names, so all are reported.
        if (conflicts.length) { await assertNameFree(manager, name); continue; }
        const customer = await createCustomer(manager, viewer, {
          name, type: options.type, level: options.level, source: lead.source, address: lead.address,
          contactName: lead.name, mobile: lead.mobile, phone: lead.phone, email: lead.email, remarks: lead.remarks,
        }, { ownerId: lead.ownerId, copied: true });
        created.push([lead, customer]);
      } catch (error) {
        conflicts.push(asConflict(error, lead));
      }
    }
    if (conflicts.length) {
      // Throwing rolls back the customers already created in this transaction (codes, audit entries and all).
      throw conflict(`A customer with this name already exists for: ${conflicts.map((c) => `${c.name} (${c.customerName})`).join(', ')}`, {
        reason: 'DUPLICATE_CUSTOMER_NAME', leads: conflicts,
      });
    }
    for (const [lead, customer] of created) {
      const contact = await convertOne(manager, viewer, lead, customer);
      if (input.opportunity) await convertToOpportunity(manager, viewer, lead, customer, contact, input.opportunity);
    }
    return manager.findBy(Lead, { id: In(ids) });
  });
}
