// 联络频次: the seed-002 rulebook, live, per person and department, and the monthly summary.
import { Suspense } from 'react';
import { ComplianceView } from './_components/compliance-view';

export default function CompliancePage() {
  return <Suspense><ComplianceView /></Suspense>;
}
