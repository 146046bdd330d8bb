// Lead-specific errors in words: a converted (read-only) lead, and conversion conflicts listed per lead.
import type { Translate } from '@/app/_lib/i18n/catalog';
import { GraphQLRequestError } from '@/app/_lib/graphql';
import type { ConversionConflict } from '@/app/_lib/api/leads';

/** "Already converted" for a refused change to converted leads; null for any other error. */
export function leadConflictMessage(t: Translate, error: unknown): string | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'CONFLICT' || error.extensions.reason !== 'LEAD_CONVERTED') return null;
  const leads = (error.extensions.leads ?? []) as { name: string }[];
  return t('lead.convert.alreadyConverted', { names: leads.map((l) => l.name).join('、') });
}

/** The leads a conversion was refused for (duplicate customer names), or null for any other error. */
export function conversionConflicts(error: unknown): ConversionConflict[] | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'CONFLICT' || error.extensions.reason !== 'DUPLICATE_CUSTOMER_NAME') return null;
  return (error.extensions.leads ?? []) as ConversionConflict[];
}

export function conflictLine(t: Translate, c: ConversionConflict): string {
  return c.duplicateInSelection
    ? t('lead.convert.conflictSelection', { name: c.name, customer: c.customerName })
    : t('lead.convert.conflictExisting', { name: c.name, customer: c.customerName, code: c.existingCode ?? '—', owner: c.existingOwnerName ?? t('common.pool') });
}
