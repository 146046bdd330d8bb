// Contract input checks that need no database: text lengths, dates, money and product lines (exact cents).
import { CustomValueInput } from '@/lib/custom-field/values';
import { FieldErrors } from '@/lib/errors';
import { blankToNull } from '@/lib/text';
import { isCalendarDate } from './dates';
import { MAX_CENTS, formatCents, multiplyCents, parseCents } from './money';

export interface ContractLineInput { productId: number | string; model?: string | null; quantity: string; unitPrice: string }

/** What a user may set on a contract. Owner, number and status change through their own operations. */
export interface ContractFields {
  title?: string | null;
  customerId?: number | string | null;
  opportunityId?: number | string | null;
  amount?: string | null;
  signDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  remarks?: string | null;
  /** Omitted: lines unchanged; an empty list removes them. */
  lines?: ContractLineInput[] | null;
  /** Values of the administrator's custom fields (only those given change). */
  customFields?: readonly CustomValueInput[] | null;
}

export interface CleanLine { productId: number; model: string | null; quantity: bigint; unitPrice: bigint; amount: bigint }

export interface CleanContract {
  title?: string;
  customerId?: number;
  opportunityId?: number | null;
  /** Cents; set when given, or computed from the lines. */
  amount?: bigint;
  signDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  remarks?: string | null;
  lines?: CleanLine[];
}

const MAX_LINES = 100;
const positiveId = (value: unknown) => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};
const tooLong = (value: string | null | undefined, max: number) => typeof value === 'string' && [...value].length > max;

/** The lines, and whether all of them were valid (an invalid line must not also fail the total). */
function cleanLines(raw: ContractLineInput[], errors: FieldErrors): { lines: CleanLine[]; valid: boolean } {
  if (raw.length > MAX_LINES) errors.add('lines', `at most ${MAX_LINES} product lines`);
  let valid = raw.length <= MAX_LINES;
  const lines = raw.slice(0, MAX_LINES).map((line, i) => {
    const productId = positiveId(line.productId);
    const quantity = parseCents(line.quantity);
    const unitPrice = parseCents(line.unitPrice);
    const model = blankToNull(line.model ?? null) ?? null;
    errors.check(productId !== null, `lines.${i}.productId`, 'is required');
    errors.check(quantity !== null && quantity > 0n, `lines.${i}.quantity`, 'must be a number greater than 0 with at most 2 decimal places');
    errors.check(unitPrice !== null, `lines.${i}.unitPrice`, 'must be an amount with at most 2 decimal places');
    errors.check(!tooLong(model, 100), `lines.${i}.model`, 'must be at most 100 characters');
    const amount = quantity !== null && unitPrice !== null ? multiplyCents(quantity, unitPrice) : 0n;
    errors.check(amount <= MAX_CENTS, `lines.${i}.unitPrice`, 'makes the line amount too large');
    if (productId === null || quantity === null || quantity <= 0n || unitPrice === null || tooLong(model, 100) || amount > MAX_CENTS) valid = false;
    return { productId: productId ?? 0, model, quantity: quantity ?? 0n, unitPrice: unitPrice ?? 0n, amount };
  });
  return { lines, valid };
}

/** Checks and normalises the input; `creating` makes title, customer and amount (or lines) required. */
export function cleanContractFields(input: ContractFields, creating: boolean): CleanContract {
  const errors = new FieldErrors();
  const out: CleanContract = {};
  if (input.title !== undefined || creating) {
    const title = blankToNull(input.title ?? null);
    errors.check(!!title, 'title', 'is required');
    errors.check(!tooLong(title, 200), 'title', 'must be at most 200 characters');
    if (title) out.title = title;
  }
  if (input.customerId !== undefined || creating) {
    const id = positiveId(input.customerId);
    errors.check(id !== null, 'customerId', 'is required');
    if (id) out.customerId = id;
  }
  if (input.opportunityId !== undefined) {
    const blank = input.opportunityId === null || input.opportunityId === '';
    const id = blank ? null : positiveId(input.opportunityId);
    errors.check(blank || id !== null, 'opportunityId', 'is not a valid id');
    out.opportunityId = id;
  }
  for (const key of ['signDate', 'startDate', 'endDate'] as const) {
    if (input[key] === undefined) continue;
    const value = blankToNull(input[key]) ?? null;
    errors.check(value === null || isCalendarDate(value), key, 'must be a date (YYYY-MM-DD)');
    out[key] = value;
  }
  if (input.remarks !== undefined) {
    out.remarks = blankToNull(input.remarks) ?? null;
    errors.check(!tooLong(out.remarks, 1000), 'remarks', 'must be at most 1000 characters');
  }
  const typed = input.amount !== undefined && input.amount !== null && input.amount !== '';
  const given = typed ? parseCents(input.amount) : null;
  errors.check(!typed || given !== null, 'amount', 'must be an amount with at most 2 decimal places');
  let linesValid = true;
  if (input.lines !== undefined && input.lines !== null) ({ lines: out.lines, valid: linesValid } = cleanLines(input.lines, errors));
  if (out.lines?.length) {
    const sum = out.lines.reduce((total, line) => total + line.amount, 0n);
    errors.check(sum <= MAX_CENTS, 'lines', 'the total is too large');
    if (given !== null && given !== sum) errors.add('amount', `must equal the sum of the product lines (${formatCents(sum)})`);
    out.amount = sum;
  } else if (given !== null) {
    out.amount = given;
  } else if (creating && !typed) {
    errors.add('amount', 'is required');
  }
  if (out.amount !== undefined && linesValid) errors.check(out.amount > 0n, 'amount', 'must be greater than 0');
  errors.throwIfAny();
  return out;
}

/** The end date may not come before the start date (checked on the merged record). */
export function checkDateOrder(startDate: string | null, endDate: string | null) {
  const errors = new FieldErrors();
  errors.check(!startDate || !endDate || endDate >= startDate, 'endDate', 'must not be before the start date');
  errors.throwIfAny();
}
