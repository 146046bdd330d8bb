// Pool rules (settings): company caps, pools and their members, recycle rules per pool.
import { PoolSettingsView } from './_components/pool-settings';

export default function PoolRulesPage() {
  return <PoolSettingsView />;
}
