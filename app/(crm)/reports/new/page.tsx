// Writing a work report with the subject the seed prescribes.
import { ReportWrite } from '../_components/report-write';

export default function NewReportPage() {
  return <ReportWrite />;
}
