// What a contract refers to: a customer the viewer can see, optionally an opportunity of that customer, and
// products of the catalogue (lines keep the product's name, model and unit as signed).
import { EntityManager, In } from 'typeorm';
import { ContractLine, Opportunity, Product } from '@/entities';
import { ProductStatus } from '@/entities/product.entity';
import { Viewer, idsInScope } from '@/lib/access';
import { FieldErrors, badInput } from '@/lib/errors';
import { findCustomer } from '@/lib/customer/customer.query';
import { OPPORTUNITY_TABLE } from '@/lib/opportunity/opportunity.tables';
import { CleanLine } from './contract.validation';
import { formatCents } from './money';

/** The customer must exist and be readable; the opportunity, when given, readable and of the same customer. */
export async function assertContractParties(manager: EntityManager, viewer: Viewer, customerId: number, opportunityId: number | null) {
  if (!(await findCustomer(manager, viewer, customerId))) throw badInput('customerId', 'does not exist');
  if (opportunityId === null) return;
  if (!(await idsInScope(manager, viewer, OPPORTUNITY_TABLE, [opportunityId], 'read')).has(opportunityId)) throw badInput('opportunityId', 'does not exist');
  const opportunity = await manager.findOneByOrFail(Opportunity, { id: opportunityId });
  if (opportunity.customerId !== customerId) throw badInput('opportunityId', 'must belong to the same customer');
}

/**
 * Line rows for the products named: each must exist; an inactive product may stay on a contract that already
 * had it, but cannot be added anew.
 */
export async function productLines(manager: EntityManager, lines: CleanLine[], existing: ContractLine[]): Promise<Partial<ContractLine>[]> {
  const ids = [...new Set(lines.map((l) => l.productId))];
  const products = new Map((ids.length ? await manager.findBy(Product, { id: In(ids) }) : []).map((p) => [p.id, p]));
  const errors = new FieldErrors();
  const rows = lines.map((line, i) => {
    const product = products.get(line.productId);
    if (!product || product.deletedAt) { errors.add(`lines.${i}.productId`, 'does not exist'); return {}; }
    if (product.status !== ProductStatus.ACTIVE && !existing.some((e) => e.productId === product.id)) errors.add(`lines.${i}.productId`, 'is no longer on sale');
    return {
      productId: product.id, productName: product.name, model: line.model ?? product.model ?? null, unit: product.unit ?? null,
      quantity: formatCents(line.quantity), unitPrice: formatCents(line.unitPrice), amount: formatCents(line.amount), sort: i,
    };
  });
  errors.throwIfAny();
  return rows;
}

/** A line as the audit log keeps it. */
export const lineSummary = (l: Partial<ContractLine>) => ({ productId: l.productId, productName: l.productName, model: l.model, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount });
