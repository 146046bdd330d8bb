// Work reports: received, sent and (leaders) the team's.
import { ReportsView } from './_components/reports-view';

export default function ReportsPage() {
  return <ReportsView />;
}
