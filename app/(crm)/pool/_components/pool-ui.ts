// Labels, tag colours and error messages of the pool pages (cap refusals name the rule; the UI translates it).
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { GraphQLRequestError } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import type { PoolEvent, PoolReason } from '@/app/_lib/api/pool';

export const reasonLabel = (t: Translate, reason: PoolReason | null) => (reason ? t(`pool.reason.${reason}` as MessageKey) : t('common.none'));
export const eventLabel = (t: Translate, event: PoolEvent) => t(`pool.event.${event}` as MessageKey);

export const REASON_COLORS: Record<PoolReason, string> = {
  NO_FOLLOW_UP: 'orange', NO_NEW_OPPORTUNITY: 'gold', NO_DEAL: 'volcano', MANUAL_RETURN: 'blue', OFFBOARDING: 'purple', IMPORT: 'default',
};

/** A toast line for a failed pool operation: caps and bars by their rule, races as CONFLICT, the rest as usual. */
export function poolErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const x = error.extensions;
    const params = { user: String(x.userName ?? ''), limit: String(x.limit ?? ''), current: String(x.current ?? ''), name: String(x.customerName ?? ''), date: String(x.availableFrom ?? '') };
    switch (x.rule) {
      case 'POOL_OWNED_CAP': return t('pool.error.POOL_OWNED_CAP', params);
      case 'POOL_DAILY_CLAIM_CAP': return t('pool.error.POOL_DAILY_CLAIM_CAP', params);
      case 'POOL_RECLAIM_BAR': return t('pool.error.POOL_RECLAIM_BAR', params);
      case 'LOCKED_CAP': return t('pool.error.LOCKED_CAP', params);
      case 'LOCKED_CUSTOMER': return t('pool.error.LOCKED_CUSTOMER', params);
      default: break;
    }
    if (error.code === 'CONFLICT') return t('pool.error.CONFLICT');
  }
  return errorMessage(t, error);
}
