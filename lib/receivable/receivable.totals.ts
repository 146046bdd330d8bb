// Approved and pending receivable totals of contracts, in cents, summed in SQL.
import { EntityManager } from 'typeorm';
import { Receivable } from '@/entities';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { sqlCents, sumCents } from '@/lib/contract/money';

export interface ReceivableTotals { approved: bigint; pending: bigint }

export async function receivableTotals(manager: EntityManager, contractId: number): Promise<ReceivableTotals> {
  const cents = sqlCents(manager, 'r.amount');
  const row = await manager.createQueryBuilder(Receivable, 'r')
    .select(`COALESCE(SUM(CASE WHEN r.status = :approved THEN ${cents} ELSE 0 END), 0)`, 'approved')
    .addSelect(`COALESCE(SUM(CASE WHEN r.status = :pending THEN ${cents} ELSE 0 END), 0)`, 'pending')
    .where('r.contractId = :contractId', { contractId, approved: ReceivableStatus.APPROVED, pending: ReceivableStatus.PENDING })
    .getRawOne<{ approved: unknown; pending: unknown }>();
  return { approved: sumCents(row?.approved), pending: sumCents(row?.pending) };
}
