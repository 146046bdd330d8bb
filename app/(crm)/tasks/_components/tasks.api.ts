// The task operations of the GraphQL API. Result and input types are generated from the schema (`npm run codegen`).
import { graphql } from '@/app/_lib/gql';
import type { MyTasksQuery, TaskFieldsFragment, TaskFilter as Filter, TaskPriority as Priority, TaskStatus as Status } from '@/app/_lib/gql/graphql';

export type TaskPriority = Priority;
export type TaskStatus = Status;
export type TaskItem = TaskFieldsFragment;
export type MyTasks = MyTasksQuery['myTasks'];
export type TaskFilter = Filter;

export const TASK_PRIORITIES: TaskPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const PRIORITY_COLORS: Record<TaskPriority, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'default' };
export const STATUS_COLORS: Record<TaskStatus, string> = { OPEN: 'default', IN_PROGRESS: 'processing', DONE: 'success', CANCELLED: 'default' };

graphql(`
  fragment TaskFields on Task {
    id title description dueAt priority status overdue completedAt createdAt viewerCanEdit viewerCanChangeStatus relatedType relatedId
    assignee { id name username } createdBy { id name username } related { type id title }
  }
`);

export type BoxName = 'inbox' | 'today' | 'next' | 'future';
export const BOXES: BoxName[] = ['today', 'next', 'inbox', 'future'];

export const MY_TASKS_QUERY = graphql(`
  query MyTasks {
    myTasks {
      inboxCount todayCount nextCount futureCount
      inbox { ...TaskFields } today { ...TaskFields } next { ...TaskFields } future { ...TaskFields }
    }
  }
`);

export const TASKS_QUERY = graphql(`
  query Tasks($filter: TaskFilter, $first: Int, $offset: Int, $orderBy: TaskOrder) {
    tasks(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) { totalCount nodes { ...TaskFields } }
  }
`);

export const TASK_QUERY = graphql(`query Task($id: ID!) { task(id: $id) { ...TaskFields } }`);

export const CREATE_TASK = graphql(`mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...TaskFields } }`);
export const UPDATE_TASK = graphql(`mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ...TaskFields } }`);
export const SET_TASK_STATUS = graphql(`mutation SetTaskStatus($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ...TaskFields } }`);
export const DELETE_TASKS = graphql(`mutation DeleteTasks($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }`);
