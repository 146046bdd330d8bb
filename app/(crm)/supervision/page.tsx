// 员工监督: leaders review the follow-ups, tasks and reports of the people in their read scope.
import { Suspense } from 'react';
import { SupervisionView } from './_components/supervision-view';

export default function SupervisionPage() {
  return <Suspense><SupervisionView /></Suspense>;
}
