// One work report: opening it records the read receipt.
import { ReportDetail } from '../_components/report-detail';

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ReportDetail id={id} />;
}
