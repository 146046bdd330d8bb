// Helpers for the opportunity and product integration tests: stages by number, products, dates relative to
// the company's today, and a createOpportunity call with sensible defaults.
import { DataSource } from 'typeorm';
import { OpportunityStage, Product } from '@/entities';
import { ProductStatus } from '@/entities/product.entity';
import { addMonths, companyToday } from '@/lib/opportunity/opportunity.rules';
import { As, GqlResult, gql } from '../support/api';

export const today = () => companyToday();
export const monthsAhead = (n: number) => addMonths(companyToday(), n);
export const daysAhead = (n: number) => new Date(Date.parse(`${companyToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Id of the stage with this number (the seeded 0–10 set). */
export async function stageId(db: DataSource, sort: number): Promise<string> {
  return String((await db.getRepository(OpportunityStage).findOneByOrFail({ sort })).id);
}

let productSeq = 0;
export async function makeProduct(db: DataSource, input: Partial<Product> = {}): Promise<Product> {
  const repo = db.getRepository(Product);
  return repo.save(repo.create({
    name: `测试产品${++productSeq}`, model: `M-${productSeq}`, unit: '台', price: '100.00', status: ProductStatus.ACTIVE, categoryId: null, createdById: 1, ...input,
  }));
}

export const OPPORTUNITY_FIELDS = `id name amount category expectedCloseDate lostReason closedAt followUpDueAt lastProgressAt deletedAt
  customerId partnerCustomerId intentCategory purchaseReason purchaseForm budget requirements executionTime competitors
  stage { id sort name probability } probability owner { id } viewerCanEdit viewerCanManage
  products { productId productName model unit quantity unitPrice amount sort product { id name } }
  contacts { id name } customer { id name } partnerCustomer { id name }`;

export interface OpportunityDefaults { customerId: number | string; stage?: string; [key: string]: unknown }

/** createOpportunity with a valid MID_TERM default (stage 2, two months ahead), overridable field by field. */
export async function createOpportunityCall(db: DataSource, as: As, input: OpportunityDefaults): Promise<GqlResult> {
  const { stage, ...rest } = input;
  return gql(as, `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${OPPORTUNITY_FIELDS} } }`, {
    input: { name: '测试商机', category: 'MID_TERM', stageId: stage ?? await stageId(db, 2), expectedCloseDate: monthsAhead(2), ...rest, customerId: String(rest.customerId) },
  });
}

/** The field names of a BAD_USER_INPUT answer. */
export const badFields = (result: GqlResult): string[] => ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
