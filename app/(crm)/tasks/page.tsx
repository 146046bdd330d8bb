// Tasks: my four boxes (Inbox / Today / Next 7 days / Later), the tasks I assigned, and for leaders the team's.
import { Suspense } from 'react';
import { TasksView } from './_components/tasks-view';

export default function TasksPage() {
  return <Suspense><TasksView /></Suspense>;
}
