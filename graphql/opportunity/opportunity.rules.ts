// Shield rules of the opportunity, stage and product operations (spread into graphql/permissions/index.ts).
// Services check again in their transaction (scope, customer type, category rules).
import { and } from 'graphql-shield';
import { CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { OPPORTUNITY_OWNER_TABLE, OPPORTUNITY_TABLE } from '@/lib/opportunity/opportunity.tables';
import { ShieldRule, can, canUse, inScope } from '../permissions/rules';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function opportunityQueryRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    opportunities: and(signedIn, canUse('opportunity')),
    opportunity: and(signedIn, canUse('opportunity')),
    opportunityBoard: and(signedIn, canUse('opportunity')),
    opportunitiesDueForFollowUp: and(signedIn, canUse('opportunity')),
    // Stages and the product catalogue are company reference data: every signed-in user reads them.
    opportunityStages: signedIn,
    products: signedIn,
    product: signedIn,
    productCategories: signedIn,
  };
}

export function opportunityMutationRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  const manageProducts = and(signedIn, can('product:manage'));
  return {
    // Creating needs read access to the customer (unreadable: NOT_FOUND); the opportunity is the creator's own.
    createOpportunity: and(signedIn, can('opportunity:create'), inScope(CUSTOMER_TABLE, 'read', (a: Args) => a.input?.customerId)),
    updateOpportunity: and(signedIn, can('opportunity:update'), inScope(OPPORTUNITY_TABLE, 'write', (a: Args) => a.id)),
    updateOpportunityCategory: and(signedIn, can('opportunity:update'), inScope(OPPORTUNITY_TABLE, 'write', (a: Args) => a.id)),
    addOpportunityProgress: and(signedIn, can('opportunity:update'), inScope(OPPORTUNITY_TABLE, 'write', (a: Args) => a.input?.opportunityId)),
    deleteOpportunities: and(signedIn, can('opportunity:delete'), inScope(OPPORTUNITY_OWNER_TABLE, 'write', (a: Args) => a.ids)),
    restoreOpportunities: and(signedIn, can('opportunity:restore'), inScope(OPPORTUNITY_OWNER_TABLE, 'write', (a: Args) => a.ids)),
    transferOpportunities: and(signedIn, can('opportunity:transfer'), inScope(OPPORTUNITY_OWNER_TABLE, 'transfer', (a: Args) => a.input?.ids)),
    createOpportunityStage: and(signedIn, can('system:settings')),
    updateOpportunityStage: and(signedIn, can('system:settings')),
    createProduct: manageProducts,
    updateProduct: manageProducts,
    deleteProducts: manageProducts,
    restoreProducts: manageProducts,
    createProductCategory: manageProducts,
    updateProductCategory: manageProducts,
    deleteProductCategory: manageProducts,
  };
}
