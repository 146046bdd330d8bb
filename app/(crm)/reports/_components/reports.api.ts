// The work report operations of the GraphQL API. Result and input types are generated from the schema
// (`npm run codegen`); the aliases below only name them for the pages.
import { graphql } from '@/app/_lib/gql';
import type {
  ReportDetailQuery, ReportDraftQuery, ReportFilter as Filter, ReportKind as Kind, ReportRowFieldsFragment, ReportSection as Section,
} from '@/app/_lib/gql/graphql';

export type ReportKind = Kind;
export const REPORT_KINDS: ReportKind[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'HALF_YEAR', 'ANNUAL'];
export const KIND_COLORS: Record<ReportKind, string> = { DAILY: 'blue', WEEKLY: 'cyan', MONTHLY: 'geekblue', HALF_YEAR: 'purple', ANNUAL: 'magenta' };
export type ReportSection = Section;

export type ReportRow = ReportRowFieldsFragment;
export type ReportDetail = NonNullable<ReportDetailQuery['report']>;
export type ReportFilter = Filter;
export type ReportDraft = ReportDraftQuery['reportDraft'];
/** The author's own numbers for the period (null without customer data). */
export type ReportFigures = NonNullable<ReportDraft['figures']>;

graphql(`
  fragment ReportRowFields on Report {
    id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount
    author { id name username } recipients { user { id name username } readAt }
  }
`);
graphql(`
  fragment ReportDetailFields on Report {
    ...ReportRowFields content viewerCanEdit attachments { ...AttachmentFields } comments { ...CommentFields }
  }
`);

export const REPORTS_QUERY = graphql(`
  query Reports($filter: ReportFilter, $first: Int, $offset: Int) {
    reports(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }
  }
`);
export const RECEIVED_QUERY = graphql(`
  query ReceivedReports($unreadOnly: Boolean, $kind: ReportKind, $first: Int, $offset: Int) {
    myReceivedReports(unreadOnly: $unreadOnly, kind: $kind, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }
  }
`);
export const REPORT_QUERY = graphql(`query ReportDetail($id: ID!) { report(id: $id) { ...ReportDetailFields } }`);

export const DRAFT_QUERY = graphql(`
  query ReportDraft($kind: ReportKind!, $date: String) {
    reportDraft(kind: $kind, date: $date) {
      kind periodStart periodEnd subject content leader { id name username } existingReportId
      sections { section title }
      figures { from to followUps substantiveFollowUps newCustomers opportunitiesMoved stageChanges newContracts contractAmount receivables receivableAmount }
    }
  }
`);

export const CREATE_REPORT = graphql(`mutation CreateReport($input: CreateReportInput!) { createReport(input: $input) { id } }`);
export const UPDATE_REPORT = graphql(`mutation UpdateReport($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ...ReportDetailFields } }`);
export const DELETE_REPORT = graphql(`mutation DeleteReport($id: ID!) { deleteReport(id: $id) { ids } }`);
export const MARK_REPORT_READ = graphql(`mutation MarkReportRead($id: ID!) { markReportRead(id: $id) { ...ReportDetailFields } }`);
