// 业绩目标设置 (SPEC 5.1): monthly targets per department and person.
import { TargetsView } from './_components/targets-view';

export default function TargetsPage() {
  return <TargetsView />;
}
