// The task operations of the GraphQL API with the shapes the UI reads.
import type { RecordRef, UserRef } from '../../_components/activity/activity.api';

export type TaskPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type TaskStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
export const TASK_PRIORITIES: TaskPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const PRIORITY_COLORS: Record<TaskPriority, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'default' };
export const STATUS_COLORS: Record<TaskStatus, string> = { OPEN: 'default', IN_PROGRESS: 'processing', DONE: 'success', CANCELLED: 'default' };

export interface TaskItem {
  id: string;
  title: string;
  description: string | null;
  dueAt: string | null;
  priority: TaskPriority;
  status: TaskStatus;
  overdue: boolean;
  completedAt: string | null;
  createdAt: string;
  viewerCanEdit: boolean;
  viewerCanChangeStatus: boolean;
  assignee: UserRef | null;
  createdBy: UserRef | null;
  related: RecordRef | null;
  relatedType: string | null;
  relatedId: string | null;
}

const TASK = /* GraphQL */ `
  id title description dueAt priority status overdue completedAt createdAt viewerCanEdit viewerCanChangeStatus relatedType relatedId
  assignee { id name username } createdBy { id name username } related { type id title }
`;

export type BoxName = 'inbox' | 'today' | 'next' | 'future';
export const BOXES: BoxName[] = ['today', 'next', 'inbox', 'future'];

export interface MyTasks {
  inbox: TaskItem[]; today: TaskItem[]; next: TaskItem[]; future: TaskItem[];
  inboxCount: number; todayCount: number; nextCount: number; futureCount: number;
}

export const MY_TASKS_QUERY = /* GraphQL */ `
  query MyTasks { myTasks { inboxCount todayCount nextCount futureCount inbox { ${TASK} } today { ${TASK} } next { ${TASK} } future { ${TASK} } } }
`;

export interface TaskFilter {
  assigneeId?: string | null;
  createdById?: string | null;
  departmentId?: string | null;
  statuses?: TaskStatus[] | null;
  keyword?: string | null;
}

export const TASKS_QUERY = /* GraphQL */ `
  query Tasks($filter: TaskFilter, $first: Int, $offset: Int, $orderBy: TaskOrder) {
    tasks(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) { totalCount nodes { ${TASK} } }
  }
`;

export const TASK_QUERY = /* GraphQL */ `query Task($id: ID!) { task(id: $id) { ${TASK} } }`;

export interface TaskInput {
  title?: string;
  description?: string | null;
  dueAt?: string | null;
  priority?: TaskPriority;
  assigneeId?: string | null;
  relatedType?: string | null;
  relatedId?: string | null;
}

export const CREATE_TASK = /* GraphQL */ `mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { ${TASK} } }`;
export const UPDATE_TASK = /* GraphQL */ `mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK} } }`;
export const SET_TASK_STATUS = /* GraphQL */ `mutation SetTaskStatus($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ${TASK} } }`;
export const DELETE_TASKS = /* GraphQL */ `mutation DeleteTasks($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }`;
