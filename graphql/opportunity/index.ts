// Resolver classes of the opportunity and product modules, for graphql/resolvers.ts.
import { ProductResolver } from '../product/product.resolver';
import { OpportunityResolver } from './opportunity.resolver';
import { CustomerOpportunitiesResolver, OpportunityFieldsResolver, OpportunityLineResolver, OpportunityProgressResolver } from './opportunity-fields.resolver';

export const opportunityResolvers = [
  OpportunityResolver, OpportunityFieldsResolver, OpportunityLineResolver, OpportunityProgressResolver, CustomerOpportunitiesResolver, ProductResolver,
];
