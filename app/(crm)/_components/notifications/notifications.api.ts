// The notification operations of the GraphQL API and where a notification leads in the UI.
export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  entityType: string | null;
  entityId: string | null;
  readAt: string | null;
  createdAt: string;
}

export const UNREAD_COUNT_QUERY = /* GraphQL */ `query UnreadNotificationCount { unreadNotificationCount }`;

export const NOTIFICATIONS_QUERY = /* GraphQL */ `
  query Notifications($first: Int, $offset: Int, $unreadOnly: Boolean) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {
      totalCount nodes { id kind title body entityType entityId readAt createdAt }
    }
  }
`;

export const MARK_READ = /* GraphQL */ `mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
export const MARK_ALL_READ = /* GraphQL */ `mutation MarkAllNotificationsRead { markAllNotificationsRead }`;

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
