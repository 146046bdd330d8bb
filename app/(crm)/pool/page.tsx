// 公海: customers waiting in the pools you belong to; claim, assign or move them as permitted.
import { PoolView } from './_components/pool-view';

export default function PoolPage() {
  return <PoolView />;
}
