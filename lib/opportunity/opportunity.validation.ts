// Input rules for opportunities: text lengths, exact amounts, product lines and the customer's contacts.
import { EntityManager, In, IsNull } from 'typeorm';
import { CustomValueInput } from '@/lib/custom-field/values';
import { Contact, Product } from '@/entities';
import { ProductStatus } from '@/entities/product.entity';
import { Viewer, idsInScope } from '@/lib/access';
import { CONTACT_TABLE } from '@/lib/customer/customer.tables';
import { MAX_CENTS, formatCents, multiplyCents, parseCents } from '@/lib/contract/money';
import { FieldErrors } from '@/lib/errors';
import { blankToNull } from '@/lib/text';

export interface LineInput { productId: number | string; model?: string | null; quantity: string; unitPrice?: string | null }

/** The fields a user may set on an opportunity; owner, category and closing have their own operations. */
export interface OpportunityFields {
  name?: string;
  partnerCustomerId?: number | null;
  intentCategory?: string | null;
  amount?: string | null;
  purchaseReason?: string | null;
  purchaseForm?: string | null;
  budget?: string | null;
  requirements?: string | null;
  executionTime?: string | null;
  competitors?: string | null;
  stageId?: number;
  expectedCloseDate?: string;
  contactIds?: readonly (number | string)[];
  products?: readonly LineInput[];
  /** Values of the administrator's custom fields (only those given change). */
  customFields?: readonly CustomValueInput[] | null;
}

export const TEXT_LENGTHS = {
  name: 100, intentCategory: 50, purchaseReason: 500, purchaseForm: 100, requirements: 1000, executionTime: 100, competitors: 500,
} as const;
type TextField = keyof typeof TEXT_LENGTHS;
const MAX_LINES = 100;

/** Cleans the plain fields (texts, amount, budget); everything else is passed through for the service to check. */
export function cleanOpportunityFields(input: OpportunityFields, creating: boolean, errors: FieldErrors) {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(TEXT_LENGTHS) as TextField[]) {
    if (input[key] === undefined) continue;
    const value = blankToNull(input[key]);
    if (typeof value === 'string' && [...value].length > TEXT_LENGTHS[key]) errors.add(key, `must be at most ${TEXT_LENGTHS[key]} characters`);
    out[key] = value;
  }
  if (creating || input.name !== undefined) errors.check(typeof out.name === 'string' && out.name.length > 0, 'name', 'is required');
  for (const key of ['amount', 'budget'] as const) {
    if (input[key] === undefined) continue;
    if (input[key] === null || input[key] === '') { out[key] = key === 'amount' ? undefined : null; continue; }
    const cents = parseCents(input[key]);
    if (cents === null || cents > MAX_CENTS) errors.add(key, 'must be an amount of at least 0 with at most 2 decimals');
    else out[key] = formatCents(cents);
  }
  return out as Partial<Record<TextField, string | null>> & { amount?: string; budget?: string | null };
}

export interface CleanLine { productId: number; productName: string; model: string | null; unit: string | null; quantity: string; unitPrice: string; amount: string; sort: number }

/**
 * Checks product lines and computes each amount exactly (quantity × unit price, half-up to the cent). A product
 * must be live and ACTIVE, except one the opportunity already carries (`keep`): old deals keep retired products.
 */
export async function cleanLines(manager: EntityManager, lines: readonly LineInput[], errors: FieldErrors, keep: ReadonlySet<number> = new Set()): Promise<{ lines: CleanLine[]; totalCents: bigint }> {
  if (lines.length > MAX_LINES) { errors.add('products', `at most ${MAX_LINES} lines`); return { lines: [], totalCents: 0n }; }
  const ids = [...new Set(lines.map((l) => Number(l.productId)).filter((id) => Number.isSafeInteger(id) && id > 0))];
  const products = new Map((ids.length ? await manager.findBy(Product, { id: In(ids) }) : []).map((p) => [p.id, p]));
  const out: CleanLine[] = [];
  let totalCents = 0n;
  lines.forEach((line, i) => {
    const at = `products.${i}`;
    const product = products.get(Number(line.productId));
    const usable = product && (keep.has(product.id) || (!product.deletedAt && product.status === ProductStatus.ACTIVE));
    if (!usable) { errors.add(`${at}.productId`, product ? 'is not an active product' : 'is not a product'); return; }
    const quantity = parseCents(line.quantity);
    if (quantity === null || quantity === 0n || quantity > MAX_CENTS) errors.add(`${at}.quantity`, 'must be more than 0 with at most 2 decimals');
    const priceText = line.unitPrice === undefined || line.unitPrice === null || line.unitPrice === '' ? product.price : line.unitPrice;
    const price = parseCents(priceText);
    if (price === null || price > MAX_CENTS) errors.add(`${at}.unitPrice`, 'must be an amount of at least 0 with at most 2 decimals');
    const model = line.model === undefined ? product.model : blankToNull(line.model) ?? null;
    if (model && [...model].length > 100) errors.add(`${at}.model`, 'must be at most 100 characters');
    if (quantity === null || quantity === 0n || price === null) return;
    const amount = multiplyCents(quantity, price);
    if (amount > MAX_CENTS) { errors.add(`${at}.quantity`, 'makes the line amount too large'); return; }
    totalCents += amount;
    out.push({ productId: product.id, productName: product.name, model, unit: product.unit, quantity: formatCents(quantity), unitPrice: formatCents(price), amount: formatCents(amount), sort: i });
  });
  if (totalCents > MAX_CENTS) errors.add('products', 'the total amount is too large');
  return { lines: out, totalCents };
}

/** Contacts must be live contacts of the customer that the viewer can see (a hidden contact is "not a contact"). */
export async function cleanContactIds(manager: EntityManager, viewer: Viewer, customerId: number, raw: readonly (number | string)[], errors: FieldErrors): Promise<number[]> {
  const ids = [...new Set(raw.map(Number))];
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) { errors.add('contactIds', 'contains an invalid id'); return []; }
  if (!ids.length) return [];
  if (ids.length > 50) { errors.add('contactIds', 'at most 50 contacts'); return []; }
  const own = await manager.findBy(Contact, { id: In(ids), customerId, deletedAt: IsNull() });
  const visible = await idsInScope(manager, viewer, CONTACT_TABLE, own.map((c) => c.id), 'read');
  if (ids.some((id) => !visible.has(id))) errors.add('contactIds', "must be contacts of the opportunity's customer");
  return ids;
}
