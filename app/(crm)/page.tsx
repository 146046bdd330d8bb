// 首页: the dashboard for everyone with customer data; the others are sent to their first menu entry.
import { Suspense } from 'react';
import { DashboardView } from './_dashboard/dashboard-view';

export default function HomePage() {
  return <Suspense><DashboardView /></Suspense>;
}
