// The activity operations of the GraphQL API (follow-ups, comments, timeline). Result and input types are generated
// from the schema (`npm run codegen`); the aliases below only name them for the pages.
import { graphql } from '@/app/_lib/gql';
import type {
  AttachmentFieldsFragment, CommentFieldsFragment, FollowUpDetailQuery, FollowUpFieldsFragment, FollowUpFilter as Filter,
  TimelineQuery, UpdateFollowUpInput,
} from '@/app/_lib/gql/graphql';

/** The seed's subjects: 来访 visit in, 去访 visit out, 致电 call out, 来电 call in (free text allowed). */
export const STANDARD_SUBJECTS = ['来访', '去访', '致电', '来电'];

export interface UserRef { id: string; name: string; username?: string }
export interface RecordRef { type: string; id: string; title: string }
export type AttachmentInfo = AttachmentFieldsFragment;
export type CommentItem = CommentFieldsFragment;
export type FollowUpItem = FollowUpFieldsFragment;
export type FollowUpDetail = NonNullable<FollowUpDetailQuery['followUp']>;
export type FollowUpFilter = Filter;
export type FollowUpInput = UpdateFollowUpInput;
export type TimelineItem = TimelineQuery['timeline']['nodes'][number];
export type AuditItem = NonNullable<TimelineItem['auditEntry']>;
export interface Page<T> { totalCount: number; nodes: T[]; pageInfo?: { hasNextPage: boolean } }

graphql(`fragment AttachmentFields on Attachment { id fileName size mimeType url }`);
graphql(`
  fragment CommentFields on Comment {
    id content createdAt unread replyToId viewerCanReply author { id name username } target { type id title }
  }
`);
graphql(`
  fragment FollowUpFields on FollowUp {
    id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt
    viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title }
    attachments { ...AttachmentFields }
  }
`);

export const FOLLOW_UP_QUERY = graphql(`
  query FollowUpDetail($id: ID!) { followUp(id: $id) { ...FollowUpFields comments { ...CommentFields } } }
`);

export const FOLLOW_UPS_QUERY = graphql(`
  query FollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {
    followUps(filter: $filter, first: $first, offset: $offset) { totalCount totalCountExact nodes { ...FollowUpFields } }
  }
`);

export const CREATE_FOLLOW_UP = graphql(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }
`);
export const UPDATE_FOLLOW_UP = graphql(`
  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }
`);
export const DELETE_FOLLOW_UP = graphql(`mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) { ids } }`);
export const DELETE_ATTACHMENT = graphql(`mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) { ids } }`);

export const COMMENT_ON = graphql(`
  mutation CommentOn($input: CommentOnInput!) { commentOn(input: $input) { id } }
`);
export const REPLY_TO_COMMENT = graphql(`
  mutation ReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }
`);
export const MARK_COMMENTS_READ = graphql(`
  mutation MarkCommentsRead($targetType: String!, $targetId: ID!) { markCommentsRead(targetType: $targetType, targetId: $targetId) }
`);
export const UNREAD_COMMENT_COUNT = graphql(`query UnreadCommentCount { unreadCommentCount }`);

export const TIMELINE_QUERY = graphql(`
  query Timeline($targetType: String!, $targetId: ID!, $first: Int, $kinds: [String!]) {
    timeline(targetType: $targetType, targetId: $targetId, first: $first, kinds: $kinds) {
      totalCount pageInfo { hasNextPage }
      nodes {
        id kind entityId at targetType targetId title summary status
        actor { id name username } target { type id title }
        followUp { ...FollowUpFields }
        comment { ...CommentFields }
        auditEntry { id action entityType entityId changes }
      }
    }
    timelineKinds
  }
`);
