// 产品销售: quantity and amount by product and by product category, over the lines of the selected people's
// approved contracts signed in the period.
import { EntityManager } from 'typeorm';
import { ContractLine, Product, ProductCategory } from '@/entities';
import { OWNED, ownedRecords } from '@/lib/insight/owned';
import { ContractStatus } from '@/entities/contract.entity';
import { formatCents, sqlCents, sumCents } from '@/lib/contract/money';
import { Selection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';

export interface ProductRow { id: number | null; name: string | null; contracts: number; quantity: string; amount: string }
export interface ProductReport { amount: string; byProduct: ProductRow[]; byCategory: ProductRow[] }

const TOP = 100;

export async function productReport(manager: EntityManager, sel: Selection): Promise<ProductReport> {
  const lines = async () => within((await ownedRecords(manager, sel.viewer, OWNED.contracts, sel.people)).andWhere('k.status = :statApproved', { statApproved: ContractStatus.APPROVED }), 'k.signDate', sel.period, 'date')
    .innerJoin(ContractLine, 'cl', 'cl.contractId = k.id');
  const sums = (qb: Awaited<ReturnType<typeof lines>>) => qb.addSelect('COUNT(DISTINCT k.id)', 'contracts').addSelect(`SUM(${sqlCents(manager, 'cl.quantity')})`, 'qty')
    .addSelect(`SUM(${sqlCents(manager, 'cl.amount')})`, 'cents');
  const [products, categories] = await Promise.all([
    sums((await lines()).select('cl.productId', 'id').addSelect('MAX(cl.productName)', 'name')).groupBy('cl.productId').orderBy('cents', 'DESC').limit(TOP).getRawMany<Record<string, unknown>>(),
    sums((await lines()).leftJoin(Product, 'pr', 'pr.id = cl.productId').leftJoin(ProductCategory, 'pc', 'pc.id = pr.categoryId').select('pc.id', 'id').addSelect('MAX(pc.name)', 'name'))
      .groupBy('pc.id').orderBy('cents', 'DESC').getRawMany<Record<string, unknown>>(),
  ]);
  const row = (r: Record<string, unknown>): ProductRow => ({
    id: r.id === null || r.id === undefined ? null : Number(r.id), name: r.name === null || r.name === undefined ? null : String(r.name),
    contracts: Number(r.contracts ?? 0), quantity: formatCents(sumCents(r.qty)), amount: formatCents(sumCents(r.cents)),
  });
  const byCategory = categories.map(row);
  return { amount: formatCents(byCategory.reduce((s, r) => s + BigInt(r.amount.replace('.', '')), 0n)), byProduct: products.map(row), byCategory };
}
