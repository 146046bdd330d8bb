// The 员工监督 operations of the GraphQL API. Result and input types are generated from the schema (`npm run codegen`).
import { graphql } from '@/app/_lib/gql';
import type {
  PersonActivitySortField, PersonNowQuery, SupervisedFollowUpsQuery, SupervisedReportsQuery, SupervisedTasksQuery,
  SupervisionFilter as Filter, SupervisionOverviewQuery, SupervisionScopeQuery,
} from '@/app/_lib/gql/graphql';

export type SupervisedPerson = SupervisionScopeQuery['supervisionScope']['people'][number];
export type SupervisionDepartment = SupervisionScopeQuery['supervisionScope']['departments'][number];

graphql(`fragment SupervisedPersonFields on SupervisedPerson { id username name status departmentId departmentName }`);

export const SCOPE_QUERY = graphql(`
  query SupervisionScope {
    supervisionScope { supervisesOthers people { ...SupervisedPersonFields } departments { id name parentId } }
  }
`);

export type SupervisionFilter = Filter;

export type OverviewPage = SupervisionOverviewQuery['supervisionOverview'];
export type Counts = OverviewPage['totals'];
export type PersonActivity = OverviewPage['nodes'][number];
export type PersonActivitySort = PersonActivitySortField;

export const OVERVIEW_QUERY = graphql(`
  query SupervisionOverview($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {
    supervisionOverview(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      totals { followUps substantiveFollowUps openTasks overdueTasks reports }
      nodes {
        person { ...SupervisedPersonFields }
        followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt
      }
    }
  }
`);

export const FOLLOW_UPS_QUERY = graphql(`
  query SupervisedFollowUps($filter: SupervisedFollowUpFilter, $first: Int, $offset: Int) {
    supervisedFollowUps(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...FollowUpFields } }
  }
`);
export type FollowUpPage = SupervisedFollowUpsQuery['supervisedFollowUps'];

export type TaskState = 'OPEN' | 'OVERDUE' | 'DONE' | 'ALL';
export const TASK_STATES: TaskState[] = ['OPEN', 'OVERDUE', 'DONE', 'ALL'];

export const TASKS_QUERY = graphql(`
  query SupervisedTasks($filter: SupervisedTaskFilter, $first: Int, $offset: Int) {
    supervisedTasks(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes { id title description dueAt priority status overdue completedAt createdAt assignee { id name username } createdBy { id name username } related { type id title } }
    }
  }
`);
export type SupervisedTask = SupervisedTasksQuery['supervisedTasks']['nodes'][number];

export const REPORTS_QUERY = graphql(`
  query SupervisedReports($filter: SupervisedReportFilter, $first: Int, $offset: Int) {
    supervisedReports(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes { id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount author { id name username } recipients { user { id name username } readAt } }
    }
  }
`);
export type SupervisedReport = SupervisedReportsQuery['supervisedReports']['nodes'][number];

export type PersonNow = PersonNowQuery['personNow'];

export const PERSON_NOW_QUERY = graphql(`
  query PersonNow($userId: ID!) {
    personNow(userId: $userId) {
      person { ...SupervisedPersonFields }
      lastLoginAt openTaskCount overdueTaskCount
      todaySchedule { id title startAt endAt allDay }
      openTasks { id title dueAt overdue priority }
      latestFollowUps { ...FollowUpFields }
      latestReports { id kind subject createdAt }
    }
  }
`);
