'use client';
// Contract UI helpers: status tags, money shown with thousands separators (from the exact decimal string,
// never through a float), dates, and the translation of the contract module's server messages.
import { Tag } from 'antd';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { errorMessage } from '@/app/_lib/errors';
import { GraphQLRequestError } from '@/app/_lib/graphql';
import type { ApprovalStatus, ApprovalStepStatus, ContractStatus, ReceivableStatus } from '@/app/_lib/api/contracts';

export const CONTRACT_STATUS_COLORS: Record<ContractStatus, string> = { DRAFT: 'default', PENDING: 'processing', APPROVED: 'success', REJECTED: 'error', VOID: 'default' };
export const RECEIVABLE_STATUS_COLORS: Record<ReceivableStatus, string> = { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error' };
export const APPROVAL_STATUS_COLORS: Record<ApprovalStatus, string> = { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error' };
export const STEP_COLORS: Record<ApprovalStepStatus, string> = { WAITING: 'gray', ACTIVE: 'blue', APPROVED: 'green', REJECTED: 'red', SKIPPED: 'gray', CANCELLED: 'gray' };

export function ContractStatusTag({ t, status }: { t: Translate; status: ContractStatus }) {
  return <Tag color={CONTRACT_STATUS_COLORS[status]} data-testid="contract-status" style={{ marginInlineEnd: 0 }}>{t(`contract.status.${status}` as MessageKey)}</Tag>;
}

export function ReceivableStatusTag({ t, status }: { t: Translate; status: ReceivableStatus }) {
  return <Tag color={RECEIVABLE_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>{t(`receivable.status.${status}` as MessageKey)}</Tag>;
}

export { formatMoney } from '@/app/_lib/format';

/** Exact product of a quantity and a unit price typed in a form, as a decimal string (cents, half up). */
export function lineAmount(quantity: string | undefined, unitPrice: string | undefined): string | null {
  const cents = (v: string | undefined) => {
    const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec((v ?? '').trim());
    return m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0')) : null;
  };
  const q = cents(quantity);
  const p = cents(unitPrice);
  if (q === null || p === null) return null;
  const total = (q * p + 50n) / 100n;
  return `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
}

/** Sum of decimal strings, exact. */
export function sumMoney(values: (string | null | undefined)[]): string {
  const total = values.reduce((sum, v) => sum + centsOf(v), 0n);
  const negative = total < 0n;
  const abs = negative ? -total : total;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const CONFLICTS: [RegExp, MessageKey][] = [
  [/^Only draft or rejected contracts can be/, 'contract.error.notEditable'],
  [/^Only draft contracts can be deleted/, 'contract.error.notDeletable'],
  [/^Only approved or rejected contracts can be voided/, 'contract.error.notVoidable'],
  [/^A contract with receivables cannot be voided/, 'contract.error.hasReceivables'],
  [/already been decided|just been decided|not awaiting a decision|no longer awaiting approval/, 'approval.error.decided'],
  [/^Money was recorded against this payment plan/, 'plan.error.used'],
  [/^A void contract takes no payment plans/, 'plan.error.void'],
];

/** A toast line for an error of this module: its CONFLICT messages translated, the rest as elsewhere. */
export function contractErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') {
    const noApprover = /^No one can approve step (\d+)/.exec(error.message);
    if (noApprover) return t('approval.error.noApprover', { step: noApprover[1] });
    const hit = CONFLICTS.find(([re]) => re.test(error.message));
    if (hit) return t(hit[1]);
  }
  return errorMessage(t, error);
}

/** A contract dialog's alert (useFormSubmit): input errors the fields do not hold as formErrorsOf words them; the rest as above. */
export const contractFormError = (t: Translate) => (error: unknown): string | null =>
  (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' ? null : contractErrorMessage(t, error));

/** Cents of a decimal string (0 for anything else), for exact comparisons. */
export function centsOf(value: string | null | undefined): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value ?? '');
  return m ? (m[1] ? -1n : 1n) * (BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'))) : 0n;
}
