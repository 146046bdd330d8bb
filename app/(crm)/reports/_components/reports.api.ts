// The work report operations of the GraphQL API with the shapes the UI reads.
import type { AttachmentInfo, CommentItem, UserRef } from '../../_components/activity/activity.api';

export type ReportKind = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'HALF_YEAR' | 'ANNUAL';
export const REPORT_KINDS: ReportKind[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'HALF_YEAR', 'ANNUAL'];
export const KIND_COLORS: Record<ReportKind, string> = { DAILY: 'blue', WEEKLY: 'cyan', MONTHLY: 'geekblue', HALF_YEAR: 'purple', ANNUAL: 'magenta' };

export interface ReportRow {
  id: string;
  kind: ReportKind;
  subject: string;
  periodStart: string;
  periodEnd: string;
  createdAt: string;
  unread: boolean;
  readCount: number;
  commentCount: number;
  unreadCommentCount: number;
  author: UserRef | null;
  recipients: { user: UserRef | null; readAt: string | null }[];
}

export interface ReportDetail extends ReportRow {
  content: string;
  viewerCanEdit: boolean;
  attachments: AttachmentInfo[];
  comments: CommentItem[];
}

const ROW = /* GraphQL */ `
  id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount
  author { id name username } recipients { user { id name username } readAt }
`;
const DETAIL = /* GraphQL */ `
  ${ROW} content viewerCanEdit attachments { id fileName size mimeType url }
  comments { id content createdAt unread author { id name username } }
`;

export interface ReportFilter { authorId?: string | null; departmentId?: string | null; kind?: ReportKind | null; from?: string | null; to?: string | null; keyword?: string | null }

export const REPORTS_QUERY = /* GraphQL */ `
  query Reports($filter: ReportFilter, $first: Int, $offset: Int) { reports(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ${ROW} } } }
`;
export const RECEIVED_QUERY = /* GraphQL */ `
  query ReceivedReports($unreadOnly: Boolean, $kind: ReportKind, $first: Int, $offset: Int) {
    myReceivedReports(unreadOnly: $unreadOnly, kind: $kind, first: $first, offset: $offset) { totalCount nodes { ${ROW} } }
  }
`;
export const REPORT_QUERY = /* GraphQL */ `query Report($id: ID!) { report(id: $id) { ${DETAIL} } }`;

export interface ReportDraft { kind: ReportKind; periodStart: string; periodEnd: string; subject: string; content: string; leader: UserRef | null; existingReportId: string | null }
export const DRAFT_QUERY = /* GraphQL */ `
  query ReportDraft($kind: ReportKind!, $date: String) { reportDraft(kind: $kind, date: $date) { kind periodStart periodEnd subject content leader { id name username } existingReportId } }
`;

export const CREATE_REPORT = /* GraphQL */ `mutation CreateReport($input: CreateReportInput!) { createReport(input: $input) { id } }`;
export const UPDATE_REPORT = /* GraphQL */ `mutation UpdateReport($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ${DETAIL} } }`;
export const DELETE_REPORT = /* GraphQL */ `mutation DeleteReport($id: ID!) { deleteReport(id: $id) { ids } }`;
export const MARK_REPORT_READ = /* GraphQL */ `mutation MarkReportRead($id: ID!) { markReportRead(id: $id) { ${DETAIL} } }`;
