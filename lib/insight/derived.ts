// Everything the dashboard reads that database triggers keep — the customer month, follow-up month and opportunity
// stage rollups, and each follow-up's copy of its parent's owner and liveness — checked against the rows they are
// derived from, and rebuilt from them. The triggers keep them exact; this is the proof (every test file's close,
// `npm run crm -- check-rollups`) and the repair after a hand edit that disabled them.
import { EntityManager } from 'typeorm';
import { isMysql } from '@/lib/db/lock';
import { followUpParentTypes } from '@/lib/followup/followup.service';
import { followUpParentDrift } from './followups';
import {
  customerRollupDrift, followUpRollupDrift, opportunityRollupDrift, rebuildCustomerRollup, rebuildFollowUpRollup, rebuildOpportunityRollup,
} from './rollup';

/** One line per kind of data that differs from its rows (empty when all hold). */
export async function derivedDataDrift(manager: EntityManager): Promise<string[]> {
  const [customers, followUps, opportunities, copies] = await Promise.all([
    customerRollupDrift(manager), followUpRollupDrift(manager), opportunityRollupDrift(manager), followUpParentDrift(manager),
  ]);
  return [
    customers.length ? `customer month rollup: ${customers.length} (owner, month) differ, e.g. ${JSON.stringify(customers[0])}` : '',
    followUps.length ? `follow-up month rollup: ${followUps.length} keys differ, e.g. ${followUps[0]}` : '',
    opportunities.length ? `opportunity stage rollup: ${opportunities.length} keys differ, e.g. ${opportunities[0]}` : '',
    copies.length ? `follow-ups with a stale copy of their parent: e.g. ${JSON.stringify(copies[0])}` : '',
  ].filter(Boolean);
}

/** Copies every follow-up's parent owner and liveness again, then recounts the rollups. */
export async function rebuildDerivedData(manager: EntityManager) {
  for (const type of followUpParentTypes()) {
    await manager.query(isMysql(manager)
      ? `UPDATE follow_up f INNER JOIN ${type} p ON p.id = f.parent_id SET f.parent_owner_id = p.owner_id, f.parent_live = (p.deleted_at IS NULL) WHERE f.parent_type = ?`
      : `UPDATE follow_up SET parent_owner_id = (SELECT owner_id FROM ${type} p WHERE p.id = follow_up.parent_id),
          parent_live = COALESCE((SELECT CASE WHEN deleted_at IS NULL THEN 1 ELSE 0 END FROM ${type} p WHERE p.id = follow_up.parent_id), 0) WHERE parent_type = ?`, [type]);
  }
  await rebuildCustomerRollup(manager);
  await rebuildFollowUpRollup(manager);
  await rebuildOpportunityRollup(manager);
}
