// The activity operations of the GraphQL API (follow-ups, comments, timeline) with the shapes the UI reads.
export type FollowUpMethod = 'PHONE' | 'EMAIL' | 'VISIT' | 'SMS' | 'WECHAT' | 'OTHER';
export const FOLLOW_UP_METHODS: FollowUpMethod[] = ['PHONE', 'VISIT', 'EMAIL', 'WECHAT', 'SMS', 'OTHER'];
/** The seed's subjects: 来访 visit in, 去访 visit out, 致电 call out, 来电 call in (free text allowed). */
export const STANDARD_SUBJECTS = ['来访', '去访', '致电', '来电'];

export interface UserRef { id: string; name: string; username?: string }
export interface RecordRef { type: string; id: string; title: string }
export interface AttachmentInfo { id: string; fileName: string; size: number; mimeType: string; url: string }

export interface CommentItem {
  id: string;
  content: string;
  createdAt: string;
  unread: boolean;
  author: UserRef | null;
  target?: RecordRef | null;
}

export interface FollowUpItem {
  id: string;
  parentType: string;
  parentId: string;
  subject: string;
  method: FollowUpMethod;
  participants: string | null;
  objective: string;
  result: string;
  nextStep: string | null;
  occurredAt: string;
  nextContactAt: string | null;
  substantive: boolean;
  createdAt: string;
  viewerCanEdit: boolean;
  commentCount: number;
  unreadCommentCount: number;
  author: UserRef | null;
  parent: RecordRef | null;
  attachments: AttachmentInfo[];
}

const FOLLOW_UP = /* GraphQL */ `
  id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt
  viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title }
  attachments { id fileName size mimeType url }
`;

export interface FollowUpDetail extends FollowUpItem { comments: CommentItem[] }

export const FOLLOW_UP_QUERY = /* GraphQL */ `
  query FollowUp($id: ID!) { followUp(id: $id) { ${FOLLOW_UP} comments { id content createdAt unread author { id name username } } } }
`;

export interface FollowUpFilter {
  parentType?: string | null;
  parentId?: string | null;
  authorId?: string | null;
  departmentId?: string | null;
  from?: string | null;
  to?: string | null;
  substantive?: boolean | null;
  method?: FollowUpMethod | null;
  keyword?: string | null;
  unreadComments?: boolean | null;
}

export const FOLLOW_UPS_QUERY = /* GraphQL */ `
  query FollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {
    followUps(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ${FOLLOW_UP} } }
  }
`;

export interface FollowUpInput {
  subject?: string;
  method?: FollowUpMethod;
  participants?: string | null;
  objective?: string;
  result?: string;
  nextStep?: string | null;
  occurredAt?: string;
  nextContactAt?: string | null;
  substantive?: boolean;
  attachmentIds?: string[];
}

export const CREATE_FOLLOW_UP = /* GraphQL */ `
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }
`;
export const UPDATE_FOLLOW_UP = /* GraphQL */ `
  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }
`;
export const DELETE_FOLLOW_UP = /* GraphQL */ `mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) { ids } }`;
export const DELETE_ATTACHMENT = /* GraphQL */ `mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) { ids } }`;

export const COMMENT_ON = /* GraphQL */ `
  mutation CommentOn($input: CommentOnInput!) { commentOn(input: $input) { id } }
`;
export const MARK_COMMENTS_READ = /* GraphQL */ `
  mutation MarkCommentsRead($targetType: String!, $targetId: ID!) { markCommentsRead(targetType: $targetType, targetId: $targetId) }
`;
export const UNREAD_COMMENT_COUNT = /* GraphQL */ `query UnreadCommentCount { unreadCommentCount }`;

export interface AuditItem { id: string; action: string; entityType: string; entityId: string | null; changes: string | null }

export interface TimelineItem {
  id: string;
  kind: string;
  entityId: string;
  at: string;
  targetType: string;
  targetId: string;
  title: string | null;
  summary: string | null;
  actor: UserRef | null;
  target: RecordRef | null;
  followUp: FollowUpItem | null;
  comment: CommentItem | null;
  auditEntry: AuditItem | null;
}

export const TIMELINE_QUERY = /* GraphQL */ `
  query Timeline($targetType: String!, $targetId: ID!, $first: Int, $kinds: [String!]) {
    timeline(targetType: $targetType, targetId: $targetId, first: $first, kinds: $kinds) {
      totalCount pageInfo { hasNextPage }
      nodes {
        id kind entityId at targetType targetId title summary
        actor { id name username } target { type id title }
        followUp { ${FOLLOW_UP} }
        comment { id content createdAt unread author { id name username } target { type id title } }
        auditEntry { id action entityType entityId changes }
      }
    }
    timelineKinds
  }
`;

export interface Page<T> { totalCount: number; nodes: T[]; pageInfo?: { hasNextPage: boolean } }
