// Opportunity, stage and product operations of the GraphQL API. Result and input types are generated from the
// schema (`npm run codegen`); the aliases below only name them for the pages.
import { graphql } from '../gql';
import type {
  OpportunityBoardQuery, OpportunityCategory as Category, OpportunityDetailQuery, OpportunityFilter as Filter, OpportunityLineInput,
  OpportunityOrder as Order, OpportunityRowFieldsFragment, OpportunitySortField as SortField, ProductCategoriesQuery, ProductFilter as PFilter, CreateOpportunityInput,
  ProductRowFieldsFragment, ProductStatus as PStatus, StageFieldsFragment, UpdateOpportunityInput, UpdateProductInput,
} from '../gql/graphql';
import type { Connection } from './customers';

export type OpportunityCategory = Category;
export const OPPORTUNITY_CATEGORIES: OpportunityCategory[] = ['SHORT_TERM', 'MID_TERM', 'LONG_TERM', 'WON', 'LOST'];
export const OPEN_CATEGORIES: OpportunityCategory[] = ['SHORT_TERM', 'MID_TERM', 'LONG_TERM'];
export type { Connection };


export type Stage = StageFieldsFragment;
export type OpportunityRow = OpportunityRowFieldsFragment;
export type OpportunityDetail = NonNullable<OpportunityDetailQuery['opportunity']>;
export type OpportunityLine = OpportunityDetail['products'][number];
export type Progress = OpportunityDetail['progress'][number];
export type OpportunityFilter = Filter;
export type OpportunitySortField = SortField;
export type OpportunityOrder = Order;
export type LineInput = OpportunityLineInput;
export type OpportunityInput = CreateOpportunityInput;
export type OpportunityChanges = UpdateOpportunityInput;
export const OPPORTUNITY_FORM_FIELDS = [
  'name', 'customerId', 'category', 'stageId', 'expectedCloseDate', 'lostReason', 'partnerCustomerId', 'intentCategory', 'amount',
  'purchaseReason', 'purchaseForm', 'budget', 'requirements', 'executionTime', 'competitors', 'contactIds', 'products',
] as const;

graphql(`fragment StageFields on OpportunityStage { id name probability sort enabled }`);
graphql(`
  fragment OpportunityRowFields on Opportunity {
    id name amount category expectedCloseDate followUpDueAt updatedAt createdAt deletedAt probability stage { ...StageFields }
    customer { id code name } owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer
    customFields { key values display }
  }
`);

export const STAGES_QUERY = graphql(`query OpportunityStages { opportunityStages { ...StageFields } }`);

export const OPPORTUNITIES_QUERY = graphql(`query Opportunities($first: Int, $offset: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
  opportunities(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } } }`);

export const OPPORTUNITY_QUERY = graphql(`
  query OpportunityDetail($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityRowFields customerId partnerCustomerId partnerCustomer { id name } intentCategory purchaseReason purchaseForm budget requirements
      executionTime competitors lostReason closedAt lastProgressAt createdBy { id name }
      products { productId productName model unit quantity unitPrice amount }
      contacts { id name position mobile }
      progress { id content nextPlan countsAsContact createdAt author { id name } stage { sort name } }
      history { id action changes createdAt actor { id name } people { id name } }
      customFields { key values display }
    }
  }
`);

export type Board = OpportunityBoardQuery['opportunityBoard'];
export type BoardColumn = Board['columns'][number];
export const BOARD_QUERY = graphql(`
  query OpportunityBoard($filter: OpportunityFilter, $cards: Int) {
    opportunityBoard(filter: $filter, cardsPerColumn: $cards) { totalCount totalAmount columns { stage { ...StageFields } count amount cards { ...OpportunityRowFields } } }
  }
`);

export const DUE_QUERY = graphql(`query DueOpportunities($first: Int, $offset: Int, $after: String) {
  opportunitiesDueForFollowUp(first: $first, offset: $offset, after: $after) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } }
}`);

export const CREATE_OPPORTUNITY = graphql(`mutation CreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`);
export const UPDATE_OPPORTUNITY = graphql(`mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }`);
export const UPDATE_CATEGORY = graphql(`
  mutation UpdateOpportunityCategory($id: ID!, $input: UpdateOpportunityCategoryInput!) { updateOpportunityCategory(id: $id, input: $input) { id } }
`);
export const DELETE_OPPORTUNITIES = graphql(`mutation DeleteOpportunities($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`);
export const RESTORE_OPPORTUNITIES = graphql(`mutation RestoreOpportunities($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }`);
export const TRANSFER_OPPORTUNITIES = graphql(`
  mutation TransferOpportunities($input: TransferOpportunitiesInput!) { transferOpportunities(input: $input) { id owner { id name } } }
`);
export const ADD_PROGRESS = graphql(`mutation AddOpportunityProgress($input: AddOpportunityProgressInput!) { addOpportunityProgress(input: $input) { id } }`);

export const CUSTOMER_CHOICES_QUERY = graphql(`
  query OpportunityCustomerChoices($keyword: String, $type: CustomerType, $inPool: Boolean) {
    customers(first: 20, filter: { keyword: $keyword, type: $type, inPool: $inPool }) { nodes { id code name } }
  }
`);
export const CUSTOMER_CONTACTS_QUERY = graphql(`query OpportunityCustomerContacts($id: ID!) { customer(id: $id) { id contacts { id name position } } }`);
export const CUSTOMER_OPPORTUNITIES_QUERY = graphql(`
  query CustomerOpportunities($id: ID!) { customer(id: $id) { id opportunities { ...OpportunityRowFields } } }
`);

export const CREATE_STAGE = graphql(`mutation CreateOpportunityStage($input: OpportunityStageInput!) { createOpportunityStage(input: $input) { id } }`);
export const UPDATE_STAGE = graphql(`mutation UpdateOpportunityStage($id: ID!, $input: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $input) { id } }`);

export type ProductStatus = PStatus;
export type ProductRow = ProductRowFieldsFragment;
export type ProductCategory = ProductCategoriesQuery['productCategories'][number];
export type ProductInput = UpdateProductInput;
export const PRODUCT_FORM_FIELDS = ['name', 'model', 'unit', 'price', 'status', 'categoryId', 'description'] as const;
export type ProductFilter = PFilter;

graphql(`fragment ProductRowFields on Product { id name model unit price status categoryId description deletedAt updatedAt category { id name } }`);

export const PRODUCTS_QUERY = graphql(`query Products($first: Int, $offset: Int, $after: String, $filter: ProductFilter) {
  products(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ProductRowFields } pageInfo { hasNextPage endCursor } } }`);
export const PRODUCT_CATEGORIES_QUERY = graphql(`query ProductCategories { productCategories { id name parentId sort } }`);
export const CREATE_PRODUCT = graphql(`mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }`);
export const UPDATE_PRODUCT = graphql(`mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }`);
export const DELETE_PRODUCTS = graphql(`mutation DeleteProducts($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }`);
export const RESTORE_PRODUCTS = graphql(`mutation RestoreProducts($ids: [ID!]!) { restoreProducts(ids: $ids) { id } }`);
export const CREATE_PRODUCT_CATEGORY = graphql(`mutation CreateProductCategory($input: ProductCategoryInput!) { createProductCategory(input: $input) { id } }`);
export const UPDATE_PRODUCT_CATEGORY = graphql(`mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id } }`);
export const DELETE_PRODUCT_CATEGORY = graphql(`mutation DeleteProductCategory($id: ID!) { deleteProductCategory(id: $id) }`);
