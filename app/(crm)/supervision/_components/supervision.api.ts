// The 员工监督 operations of the GraphQL API with the shapes the UI reads.
import type { FollowUpItem, Page } from '../../_components/activity/activity.api';
import type { TaskItem } from '../../tasks/_components/tasks.api';
import type { ReportRow } from '../../reports/_components/reports.api';

export interface SupervisedPerson { id: string; username: string; name: string; status: string; departmentId: string; departmentName: string | null }
export interface SupervisionDepartment { id: string; name: string; parentId: string | null }

export const SCOPE_QUERY = /* GraphQL */ `
  query SupervisionScope {
    supervisionScope { supervisesOthers people { id username name status departmentId departmentName } departments { id name parentId } }
  }
`;

export interface SupervisionFilter {
  from?: string | null;
  to?: string | null;
  departmentId?: string | null;
  userId?: string | null;
  includeDisabled?: boolean;
}

export interface Counts { followUps: number; substantiveFollowUps: number; openTasks: number; overdueTasks: number; reports: number }
export interface PersonActivity extends Counts { person: SupervisedPerson; lastFollowUpAt: string | null }
export type PersonActivitySort = 'NAME' | 'FOLLOW_UPS' | 'SUBSTANTIVE' | 'OPEN_TASKS' | 'OVERDUE_TASKS' | 'REPORTS' | 'LAST_FOLLOW_UP';

export const OVERVIEW_QUERY = /* GraphQL */ `
  query SupervisionOverview($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {
    supervisionOverview(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      totals { followUps substantiveFollowUps openTasks overdueTasks reports }
      nodes {
        person { id username name status departmentId departmentName }
        followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt
      }
    }
  }
`;
export interface OverviewPage extends Page<PersonActivity> { totals: Counts }

const FOLLOW_UP_ROW = /* GraphQL */ `
  id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt
  viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title }
  attachments { id fileName size mimeType url }
`;

export const FOLLOW_UPS_QUERY = /* GraphQL */ `
  query SupervisedFollowUps($filter: SupervisedFollowUpFilter, $first: Int, $offset: Int) {
    supervisedFollowUps(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ${FOLLOW_UP_ROW} } }
  }
`;
export type FollowUpPage = Page<FollowUpItem>;

export type TaskState = 'OPEN' | 'OVERDUE' | 'DONE' | 'ALL';
export const TASK_STATES: TaskState[] = ['OPEN', 'OVERDUE', 'DONE', 'ALL'];

export const TASKS_QUERY = /* GraphQL */ `
  query SupervisedTasks($filter: SupervisedTaskFilter, $first: Int, $offset: Int) {
    supervisedTasks(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes { id title description dueAt priority status overdue completedAt createdAt assignee { id name username } createdBy { id name username } related { type id title } }
    }
  }
`;
export type SupervisedTask = Pick<TaskItem, 'id' | 'title' | 'description' | 'dueAt' | 'priority' | 'status' | 'overdue' | 'completedAt' | 'createdAt' | 'assignee' | 'createdBy' | 'related'>;

export const REPORTS_QUERY = /* GraphQL */ `
  query SupervisedReports($filter: SupervisedReportFilter, $first: Int, $offset: Int) {
    supervisedReports(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes { id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount author { id name username } recipients { user { id name username } readAt } }
    }
  }
`;
export type SupervisedReport = ReportRow;

export interface PersonNow {
  person: SupervisedPerson;
  lastLoginAt: string | null;
  openTaskCount: number;
  overdueTaskCount: number;
  todaySchedule: { id: string; title: string; startAt: string; endAt: string; allDay: boolean }[];
  openTasks: { id: string; title: string; dueAt: string | null; overdue: boolean; priority: string }[];
  latestFollowUps: FollowUpItem[];
  latestReports: { id: string; kind: string; subject: string; createdAt: string }[];
}

export const PERSON_NOW_QUERY = /* GraphQL */ `
  query PersonNow($userId: ID!) {
    personNow(userId: $userId) {
      person { id username name status departmentId departmentName }
      lastLoginAt openTaskCount overdueTaskCount
      todaySchedule { id title startAt endAt allDay }
      openTasks { id title dueAt overdue priority }
      latestFollowUps { ${FOLLOW_UP_ROW} }
      latestReports { id kind subject createdAt }
    }
  }
`;
