// Opportunity, stage and product operations of the GraphQL API, with the shapes the UI reads.
import type { Connection, UserRef } from './customers';

export type OpportunityCategory = 'SHORT_TERM' | 'MID_TERM' | 'LONG_TERM' | 'WON' | 'LOST';
export const OPPORTUNITY_CATEGORIES: OpportunityCategory[] = ['SHORT_TERM', 'MID_TERM', 'LONG_TERM', 'WON', 'LOST'];
export const OPEN_CATEGORIES: OpportunityCategory[] = ['SHORT_TERM', 'MID_TERM', 'LONG_TERM'];
export type { Connection };

export interface Stage { id: string; name: string; probability: number; sort: number; enabled: boolean }
export interface OpportunityRow {
  id: string;
  name: string;
  amount: string;
  category: OpportunityCategory;
  expectedCloseDate: string;
  followUpDueAt: string | null;
  updatedAt: string;
  createdAt: string;
  deletedAt: string | null;
  probability: number;
  stage: Stage;
  customer: { id: string; code: string; name: string } | null;
  owner: UserRef | null;
  viewerCanEdit: boolean;
  viewerCanManage: boolean;
}
export interface OpportunityLine { productId: string; productName: string; model: string | null; unit: string | null; quantity: string; unitPrice: string; amount: string }
export interface Progress { id: string; content: string; nextPlan: string | null; countsAsContact: boolean; createdAt: string; author: UserRef | null; stage: { sort: number; name: string } | null }
export interface OpportunityDetail extends OpportunityRow {
  customerId: string;
  partnerCustomerId: string | null;
  partnerCustomer: { id: string; name: string } | null;
  intentCategory: string | null;
  purchaseReason: string | null;
  purchaseForm: string | null;
  budget: string | null;
  requirements: string | null;
  executionTime: string | null;
  competitors: string | null;
  lostReason: string | null;
  closedAt: string | null;
  lastProgressAt: string | null;
  createdBy: UserRef | null;
  products: OpportunityLine[];
  contacts: { id: string; name: string; position: string | null; mobile: string | null }[];
  progress: Progress[];
  history: { id: string; action: string; changes: string | null; createdAt: string; actor: UserRef | null }[];
}

export interface OpportunityFilter {
  keyword?: string;
  customerId?: string;
  ownerId?: string;
  departmentId?: string;
  category?: OpportunityCategory;
  categories?: OpportunityCategory[];
  stageId?: string;
  expectedCloseFrom?: string;
  expectedCloseTo?: string;
  deleted?: boolean;
}
export type OpportunitySortField = 'UPDATED_AT' | 'CREATED_AT' | 'EXPECTED_CLOSE_DATE' | 'AMOUNT' | 'NAME' | 'FOLLOW_UP_DUE_AT';
export interface OpportunityOrder { field: OpportunitySortField; direction: 'ASC' | 'DESC' }

export interface LineInput { productId: string; model?: string | null; quantity: string; unitPrice?: string | null }
export interface OpportunityInput {
  name?: string;
  customerId?: string;
  category?: OpportunityCategory;
  stageId?: string;
  expectedCloseDate?: string | null;
  lostReason?: string | null;
  partnerCustomerId?: string | null;
  intentCategory?: string | null;
  amount?: string | null;
  purchaseReason?: string | null;
  purchaseForm?: string | null;
  budget?: string | null;
  requirements?: string | null;
  executionTime?: string | null;
  competitors?: string | null;
  contactIds?: string[];
  products?: LineInput[];
}
export const OPPORTUNITY_FORM_FIELDS = [
  'name', 'customerId', 'category', 'stageId', 'expectedCloseDate', 'lostReason', 'partnerCustomerId', 'intentCategory', 'amount',
  'purchaseReason', 'purchaseForm', 'budget', 'requirements', 'executionTime', 'competitors', 'contactIds', 'products',
] as const;

const STAGE = 'id name probability sort enabled';
const ROW = `id name amount category expectedCloseDate followUpDueAt updatedAt createdAt deletedAt probability stage { ${STAGE} }
  customer { id code name } owner { id name } viewerCanEdit viewerCanManage`;

export const STAGES_QUERY = /* GraphQL */ `query OpportunityStages { opportunityStages { ${STAGE} } }`;

export const OPPORTUNITIES_QUERY = /* GraphQL */ `
  query Opportunities($first: Int, $offset: Int, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
    opportunities(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${ROW} } }
  }
`;

export const OPPORTUNITY_QUERY = /* GraphQL */ `
  query Opportunity($id: ID!) {
    opportunity(id: $id) {
      ${ROW} customerId partnerCustomerId partnerCustomer { id name } intentCategory purchaseReason purchaseForm budget requirements
      executionTime competitors lostReason closedAt lastProgressAt createdBy { id name }
      products { productId productName model unit quantity unitPrice amount }
      contacts { id name position mobile }
      progress { id content nextPlan countsAsContact createdAt author { id name } stage { sort name } }
      history { id action changes createdAt actor { id name } }
    }
  }
`;

export interface BoardColumn { stage: Stage; count: number; amount: string; cards: OpportunityRow[] }
export interface Board { totalCount: number; totalAmount: string; columns: BoardColumn[] }
export const BOARD_QUERY = /* GraphQL */ `
  query OpportunityBoard($filter: OpportunityFilter, $cards: Int) {
    opportunityBoard(filter: $filter, cardsPerColumn: $cards) { totalCount totalAmount columns { stage { ${STAGE} } count amount cards { ${ROW} } } }
  }
`;

export const DUE_QUERY = /* GraphQL */ `query DueOpportunities($first: Int) { opportunitiesDueForFollowUp(first: $first) { totalCount nodes { ${ROW} } } }`;

export const CREATE_OPPORTUNITY = /* GraphQL */ `mutation CreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`;
export const UPDATE_OPPORTUNITY = /* GraphQL */ `mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }`;
export const UPDATE_CATEGORY = /* GraphQL */ `
  mutation UpdateOpportunityCategory($id: ID!, $input: UpdateOpportunityCategoryInput!) { updateOpportunityCategory(id: $id, input: $input) { id } }
`;
export const DELETE_OPPORTUNITIES = /* GraphQL */ `mutation DeleteOpportunities($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`;
export const RESTORE_OPPORTUNITIES = /* GraphQL */ `mutation RestoreOpportunities($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }`;
export const TRANSFER_OPPORTUNITIES = /* GraphQL */ `
  mutation TransferOpportunities($input: TransferOpportunitiesInput!) { transferOpportunities(input: $input) { id owner { id name } } }
`;
export const ADD_PROGRESS = /* GraphQL */ `mutation AddOpportunityProgress($input: AddOpportunityProgressInput!) { addOpportunityProgress(input: $input) { id } }`;

export const CUSTOMER_CHOICES_QUERY = /* GraphQL */ `
  query OpportunityCustomerChoices($keyword: String, $type: CustomerType, $inPool: Boolean) {
    customers(first: 20, filter: { keyword: $keyword, type: $type, inPool: $inPool }) { nodes { id code name } }
  }
`;
export const CUSTOMER_CONTACTS_QUERY = /* GraphQL */ `query OpportunityCustomerContacts($id: ID!) { customer(id: $id) { id contacts { id name position } } }`;
export const CUSTOMER_OPPORTUNITIES_QUERY = /* GraphQL */ `
  query CustomerOpportunities($id: ID!) { customer(id: $id) { id opportunities { ${ROW} } } }
`;

export const CREATE_STAGE = /* GraphQL */ `mutation CreateOpportunityStage($input: OpportunityStageInput!) { createOpportunityStage(input: $input) { id } }`;
export const UPDATE_STAGE = /* GraphQL */ `mutation UpdateOpportunityStage($id: ID!, $input: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $input) { id } }`;

export type ProductStatus = 'ACTIVE' | 'INACTIVE';
export interface ProductRow {
  id: string; name: string; model: string | null; unit: string | null; price: string; status: ProductStatus;
  categoryId: string | null; description: string | null; deletedAt: string | null; updatedAt: string; category: { id: string; name: string } | null;
}
export interface ProductCategory { id: string; name: string; parentId: string | null; sort: number }
export interface ProductInput { name?: string; model?: string | null; unit?: string | null; price?: string; status?: ProductStatus; categoryId?: string | null; description?: string | null }
export const PRODUCT_FORM_FIELDS = ['name', 'model', 'unit', 'price', 'status', 'categoryId', 'description'] as const;
export interface ProductFilter { keyword?: string; categoryId?: string; status?: ProductStatus; deleted?: boolean }

export const PRODUCTS_QUERY = /* GraphQL */ `
  query Products($first: Int, $offset: Int, $filter: ProductFilter) {
    products(first: $first, offset: $offset, filter: $filter) {
      totalCount nodes { id name model unit price status categoryId description deletedAt updatedAt category { id name } }
    }
  }
`;
export const PRODUCT_CHOICES_QUERY = /* GraphQL */ `
  query OpportunityProductChoices($keyword: String) { products(first: 20, filter: { keyword: $keyword, status: ACTIVE }) { nodes { id name model unit price } } }
`;
export const PRODUCT_CATEGORIES_QUERY = /* GraphQL */ `query ProductCategories { productCategories { id name parentId sort } }`;
export const CREATE_PRODUCT = /* GraphQL */ `mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
export const UPDATE_PRODUCT = /* GraphQL */ `mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }`;
export const DELETE_PRODUCTS = /* GraphQL */ `mutation DeleteProducts($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }`;
export const RESTORE_PRODUCTS = /* GraphQL */ `mutation RestoreProducts($ids: [ID!]!) { restoreProducts(ids: $ids) { id } }`;
export const CREATE_PRODUCT_CATEGORY = /* GraphQL */ `mutation CreateProductCategory($input: ProductCategoryInput!) { createProductCategory(input: $input) { id } }`;
export const UPDATE_PRODUCT_CATEGORY = /* GraphQL */ `mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id } }`;
export const DELETE_PRODUCT_CATEGORY = /* GraphQL */ `mutation DeleteProductCategory($id: ID!) { deleteProductCategory(id: $id) }`;
