'use client';
// The number of steps awaiting the signed-in user's decision, beside the 待我审批 menu entry.
import { Badge } from 'antd';
import { useSWRConfig } from 'swr';
import { useQuery } from '@/app/_lib/graphql';
import { PENDING_APPROVAL_COUNT_QUERY } from '@/app/_lib/api/contracts';

const VARIABLES = {};

export function PendingApprovalBadge() {
  const { data } = useQuery(PENDING_APPROVAL_COUNT_QUERY, VARIABLES, { refreshInterval: 60_000 });
  const count = data?.myPendingApprovalCount ?? 0;
  return count ? <Badge count={count} size="small" style={{ marginInlineStart: 8 }} data-testid="pending-approval-badge" /> : null;
}

/** Refreshes the badge after a decision. */
export function useRefreshPendingCount() {
  const { mutate } = useSWRConfig();
  return () => mutate([PENDING_APPROVAL_COUNT_QUERY, VARIABLES]);
}
