// Approved and pending receivable totals of contracts, in cents, summed in SQL.
import { EntityManager } from 'typeorm';
import { Receivable } from '@/entities';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { forUpdate } from '@/lib/db/lock';
import { sqlCents, sumCents } from '@/lib/contract/money';

export interface ReceivableTotals { approved: bigint; pending: bigint }

/**
 * A locking read on MySQL (FOR UPDATE reads the latest committed rows, not the transaction's snapshot), so a
 * caller holding the contract's row lock sees every receivable committed before it got the lock.
 */
export async function receivableTotals(manager: EntityManager, contractId: number): Promise<ReceivableTotals> {
  const cents = sqlCents(manager, 'r.amount');
  const qb = manager.createQueryBuilder(Receivable, 'r')
    .select(`COALESCE(SUM(CASE WHEN r.status = :approved THEN ${cents} ELSE 0 END), 0)`, 'approved')
    .addSelect(`COALESCE(SUM(CASE WHEN r.status = :pending THEN ${cents} ELSE 0 END), 0)`, 'pending')
    .where('r.contractId = :contractId', { contractId, approved: ReceivableStatus.APPROVED, pending: ReceivableStatus.PENDING });
  const row = await forUpdate(manager, qb).getRawOne<{ approved: unknown; pending: unknown }>();
  return { approved: sumCents(row?.approved), pending: sumCents(row?.pending) };
}
