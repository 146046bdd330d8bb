// The notification operations of the GraphQL API and where a notification leads in the UI. Result types are generated
// from the schema (`npm run codegen`).
import { graphql } from '@/app/_lib/gql';
import type { NotificationsQuery } from '@/app/_lib/gql/graphql';

export type NotificationItem = NotificationsQuery['notifications']['nodes'][number];

export const UNREAD_COUNT_QUERY = graphql(`query UnreadNotificationCount { unreadNotificationCount }`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int, $offset: Int, $unreadOnly: Boolean) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {
      totalCount totalCountExact nodes { id kind title body entityType entityId readAt createdAt }
    }
  }
`);

export const MARK_READ = graphql(`mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`);
export const MARK_ALL_READ = graphql(`mutation MarkAllNotificationsRead { markAllNotificationsRead }`);

/** The page of a record, by its type; null for types without a page of their own. */
export function recordHref(type: string | null | undefined, id: string | number | null | undefined): string | null {
  if (!type || id === null || id === undefined) return null;
  switch (type) {
    case 'customer': return `/customers/${id}`;
    case 'lead': return `/leads/${id}`;
    case 'opportunity': return `/opportunities/${id}`;
    case 'contract': return `/contracts/${id}`;
    case 'followup': return `/followups/${id}`;
    case 'report': return `/reports/${id}`;
    case 'task': return `/tasks?task=${id}`;
    case 'schedule': return `/schedule?entry=${id}`;
    case 'contact': return '/contacts';
    default: return null;
  }
}

/** Where opening a notification leads: the record it is about (the approvals page for approval requests). */
export function notificationHref(n: Pick<NotificationItem, 'kind' | 'entityType' | 'entityId'>): string | null {
  if (n.kind === 'approval.request') return '/approvals';
  return recordHref(n.entityType, n.entityId);
}
