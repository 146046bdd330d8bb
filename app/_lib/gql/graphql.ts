/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddDictionaryOptionInput = {
  kind: string;
  name: string;
  /** Tree dictionaries: the parent option (a province) */
  parentId?: string | null | undefined;
};

export type AddOpportunityProgressInput = {
  /** 进展详情: what actually happened */
  content: string;
  /** Counts as a customer contact */
  countsAsContact?: boolean | null | undefined;
  /** 下一步计划 */
  nextPlan?: string | null | undefined;
  opportunityId: string;
};

export type ApprovalDocumentType =
  | 'CONTRACT'
  | 'OWNERSHIP'
  | 'RECEIVABLE';

export type ApprovalFlowStepInput = {
  approverType: ApproverType;
  name: string;
  /** For ROLE steps: a role with contract:approve */
  roleId?: string | null | undefined;
  /** For USER steps: an active user with contract:approve */
  userId?: string | null | undefined;
};

/** NO_APPROVER: nobody may approve the step; SINGLE_APPROVER: one person may, and not on their own submission */
export type ApprovalFlowWarningReason =
  | 'NO_APPROVER'
  | 'SINGLE_APPROVER';

export type ApprovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** WAITING for earlier steps, ACTIVE awaiting a decision, APPROVED, REJECTED, SKIPPED (no department head above the submitter), CANCELLED (an earlier step rejected) */
export type ApprovalStepStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'CANCELLED'
  | 'REJECTED'
  | 'SKIPPED'
  | 'WAITING';

/** DEPARTMENT_HEAD: the nearest head above the submitter; ROLE: any holder of the role; USER: the named user */
export type ApproverType =
  | 'DEPARTMENT_HEAD'
  | 'ROLE'
  | 'USER';

export type AuditLogFilter = {
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  entityId?: string | null | undefined;
  /** customer, contact, user, role, department, position, api_token, … */
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type CommentOnInput = {
  content: string;
  /** Colleagues named with @; told only when they can read the record */
  mentionIds?: Array<string> | null | undefined;
  targetId: string;
  /** followup, customer, contact, lead, opportunity, contract, report, … */
  targetType: string;
};

/** One department (with its sub-departments) or one person within your scope; neither: everyone you see */
export type ComplianceFilter = {
  departmentId?: string | null | undefined;
  userId?: string | null | undefined;
};

/** NO_DEAL 核心客户无12个月内成交的跟单, NO_RECENT_CONTACT 高成长客户30天内无实质联系, MISSING_FIELDS 资料不全 */
export type ComplianceProblem =
  | 'MISSING_FIELDS'
  | 'NO_DEAL'
  | 'NO_RECENT_CONTACT';

/** OVERDUE 已超期, DUE_SOON 即将到期, CRITERIA 不符合分类标准, TRACKED 有联络频次要求, ALL 全部 */
export type ComplianceState =
  | 'ALL'
  | 'CRITERIA'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'TRACKED';

export type ContactFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /** All of these custom field conditions */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  customerId?: string | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  keyword?: string | null | undefined;
  /** Owned by any of these users */
  ownerIds?: Array<string> | null | undefined;
};

export type ContractFilter = {
  /** All of these custom field conditions */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  customerId?: string | null | undefined;
  /** Owner's department, including its sub-departments */
  departmentId?: string | null | undefined;
  /** Matches the number and the title */
  keyword?: string | null | undefined;
  opportunityId?: string | null | undefined;
  ownerId?: string | null | undefined;
  /** Owned by any of these users (e.g. the ownerIds of a dashboard figure) */
  ownerIds?: Array<string> | null | undefined;
  /** Signed on or after (YYYY-MM-DD) */
  signFrom?: string | null | undefined;
  /** Signed on or before (YYYY-MM-DD) */
  signTo?: string | null | undefined;
  status?: ContractStatus | null | undefined;
  statuses?: Array<ContractStatus> | null | undefined;
};

export type ContractLineInput = {
  /** Defaults to the product's model */
  model?: string | null | undefined;
  productId: string;
  /** Exact decimal, greater than 0 */
  quantity: string;
  /** Exact decimal */
  unitPrice: string;
};

export type ContractOrder = {
  direction?: SortDirection;
  field: ContractSortField;
};

export type ContractSortField =
  | 'AMOUNT'
  | 'CODE'
  | 'CREATED_AT'
  | 'SIGN_DATE'
  | 'UPDATED_AT';

/** DRAFT 草稿, PENDING 审批中, APPROVED 已通过, REJECTED 已驳回, VOID 已作废 */
export type ContractStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'PENDING'
  | 'REJECTED'
  | 'VOID';

/** The opportunity a lead becomes with its customer: owned by the lead's owner, its contact linked */
export type ConvertLeadOpportunityInput = {
  /** Exact decimal */
  amount?: string | null | undefined;
  category: OpportunityCategory;
  /** YYYY-MM-DD; required */
  expectedCloseDate?: string | null | undefined;
  name: string;
  stageId: string;
};

export type ConvertLeadsInput = {
  /** Level of the new customers (default NORMAL) */
  customerLevel?: CustomerLevel | null | undefined;
  /** Type of the new customers (default DIRECT) */
  customerType?: CustomerType | null | undefined;
  ids: Array<string>;
  /** One lead only: also an opportunity of the new customer, in the same step (needs opportunity:create) */
  opportunity?: ConvertLeadOpportunityInput | null | undefined;
};

export type CreateApiTokenInput = {
  expiresAt: string;
  name: string;
};

export type CreateContactInput = {
  /** YYYY-MM-DD */
  birthday?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  customerId: string;
  department?: string | null | undefined;
  email?: string | null | undefined;
  isPrimary?: boolean | null | undefined;
  mobile?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  remarks?: string | null | undefined;
  wechat?: string | null | undefined;
};

export type CreateContractInput = {
  /** Required without product lines; with lines it is their sum (a different value is refused) */
  amount?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  /** A customer you can see */
  customerId: string;
  /** YYYY-MM-DD, not before the start date */
  endDate?: string | null | undefined;
  /** Omitted: unchanged; an empty list removes every line */
  lines?: Array<ContractLineInput> | null | undefined;
  /** An opportunity of the same customer; null removes it */
  opportunityId?: string | null | undefined;
  remarks?: string | null | undefined;
  /** YYYY-MM-DD */
  signDate?: string | null | undefined;
  /** YYYY-MM-DD */
  startDate?: string | null | undefined;
  title: string;
};

export type CreateCustomFieldInput = {
  /** Choice fields: a data dictionary to take the options from */
  dictionaryKind?: string | null | undefined;
  /** Starts with a small letter; letters and digits */
  key: string;
  label: string;
  module: string;
  /** Choice fields: their own options, by name */
  options?: Array<string> | null | undefined;
  required?: boolean | null | undefined;
  type: CustomFieldType;
};

export type CreateCustomerInput = {
  address?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPosition?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  email?: string | null | undefined;
  industry?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  mobile?: string | null | undefined;
  /** Legal full name, no abbreviations */
  name: string;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  /** 公司概况, at most 50 characters */
  profile?: string | null | undefined;
  region?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  type?: CustomerType | null | undefined;
  website?: string | null | undefined;
};

export type CreateDepartmentInput = {
  /** Head of the department (a user) */
  headId?: string | null | undefined;
  name: string;
  /** The parent department (there is exactly one root) */
  parentId: string;
  sortOrder?: number | null | undefined;
};

export type CreateFollowUpInput = {
  /** Your uploads (POST /api/attachments) to attach */
  attachmentIds?: Array<string> | null | undefined;
  /** An enabled option of the 跟进方式 dictionary, by code or name */
  method?: string | null | undefined;
  /** Next contact time: after occurredAt; becomes a schedule entry and a reminder */
  nextContactAt?: string | null | undefined;
  /** D: 下一步计划 next step */
  nextStep?: string | null | undefined;
  /** B: 目的 objective */
  objective?: string | null | undefined;
  /** When the contact happened (default now); not in the future */
  occurredAt?: string | null | undefined;
  parentId: string;
  /** customer, contact, lead, opportunity or contract */
  parentType: string;
  /** A: who took part (names and positions) */
  participants?: string | null | undefined;
  /** C: 结果 result */
  result?: string | null | undefined;
  /** 来访, 去访, 致电, 来电 or free text */
  subject?: string | null | undefined;
  /** A substantive contact (实质性沟通) */
  substantive?: boolean | null | undefined;
};

export type CreateLeadInput = {
  address?: string | null | undefined;
  /** Becomes the customer name on conversion */
  company?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  email?: string | null | undefined;
  mobile?: string | null | undefined;
  /** The person: becomes the primary contact on conversion */
  name: string;
  nextContactAt?: string | null | undefined;
  phone?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  /** Any status but CONVERTED, which only conversion sets */
  status?: LeadStatus | null | undefined;
};

export type CreateOpportunityInput = {
  /** Entered amount; only when there are no product lines (else their sum) */
  amount?: string | null | undefined;
  /** Exact decimal */
  budget?: string | null | undefined;
  category: OpportunityCategory;
  competitors?: string | null | undefined;
  /** Contacts of the opportunity's customer */
  contactIds?: Array<string> | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  /** A DIRECT customer you can see */
  customerId: string;
  executionTime?: string | null | undefined;
  /** YYYY-MM-DD; required, no default */
  expectedCloseDate?: string | null | undefined;
  intentCategory?: string | null | undefined;
  /** Required for LOST */
  lostReason?: string | null | undefined;
  name: string;
  /** A distributor following the deal (关联客户) */
  partnerCustomerId?: string | null | undefined;
  /** Replaces all product lines */
  products?: Array<OpportunityLineInput> | null | undefined;
  purchaseForm?: string | null | undefined;
  purchaseReason?: string | null | undefined;
  requirements?: string | null | undefined;
  stageId: string;
};

export type CreatePaymentPlanInput = {
  /** Exact decimal, greater than 0 */
  amount: string;
  contractId: string;
  /** e.g. 银行转账 (dictionary value) */
  method?: string | null | undefined;
  /** YYYY-MM-DD */
  plannedDate: string;
  remarks?: string | null | undefined;
  /** Days before the planned date to remind the contract owner (0: on the day; null: the company default in settings) */
  reminderDays?: number | null | undefined;
  /** Term number; defaults to the next one */
  term?: number | null | undefined;
};

export type CreatePoolInput = {
  administratorIds?: Array<string> | null | undefined;
  memberDepartments?: Array<PoolDepartmentInput> | null | undefined;
  memberUserIds?: Array<string> | null | undefined;
  name: string;
};

export type CreatePositionInput = {
  departmentId: string;
  name: string;
};

export type CreateProductInput = {
  categoryId?: string | null | undefined;
  description?: string | null | undefined;
  model?: string | null | undefined;
  name: string;
  /** Exact decimal, at most 2 places, e.g. "19.99" */
  price: string;
  status?: ProductStatus | null | undefined;
  unit?: string | null | undefined;
};

export type CreateReceivableInput = {
  /** Exact decimal, at most the amount still outstanding */
  amount: string;
  /** An APPROVED contract */
  contractId: string;
  /** e.g. 银行转账 (dictionary value) */
  method?: string | null | undefined;
  /** A payment plan of that contract */
  planId?: string | null | undefined;
  /** YYYY-MM-DD */
  receivedDate: string;
  remarks?: string | null | undefined;
};

export type CreateReportInput = {
  /** Your uploads (POST /api/attachments) to attach */
  attachmentIds?: Array<string> | null | undefined;
  content: string;
  /** Any day of the period, YYYY-MM-DD (today by default) */
  date?: string | null | undefined;
  /** Send it to your leader too (default true) */
  includeLeader?: boolean | null | undefined;
  kind: ReportKind;
  /** Colleagues to send it to besides your leader */
  recipientIds?: Array<string> | null | undefined;
};

export type CreateRoleInput = {
  /** Required when any scope is CUSTOM */
  customDepartments?: Array<CustomDepartmentInput> | null | undefined;
  defaultScope: RoleScopeInput;
  description?: string | null | undefined;
  /** Hidden, masked or read-only fields (字段权限); see permissionCatalog.fieldModules */
  fieldPermissions?: Array<FieldPermissionInput> | null | undefined;
  moduleScopes?: Array<ModuleScopeInput> | null | undefined;
  name: string;
  /** Operation permission codes (see permissionCatalog) */
  permissions: Array<string>;
};

export type CreateScheduleEntryInput = {
  /** Whole days (Asia/Shanghai): from the start day to the end day */
  allDay?: boolean | null | undefined;
  description?: string | null | undefined;
  /** After startAt */
  endAt: string;
  /** Colleagues taking part (active users); they may read the entry and are reminded */
  participantIds?: Array<string> | null | undefined;
  relatedId?: string | null | undefined;
  /** customer, contact, lead, opportunity, contract, followup or report */
  relatedType?: string | null | undefined;
  /** Remind this many minutes before the start; null for no reminder */
  reminderMinutes?: number | null | undefined;
  startAt: string;
  title?: string | null | undefined;
};

export type CreateTaskInput = {
  /** Yourself by default; a leader may name anyone in their task write scope */
  assigneeId?: string | null | undefined;
  description?: string | null | undefined;
  /** Null: no due date (Inbox) */
  dueAt?: string | null | undefined;
  priority?: TaskPriority | null | undefined;
  relatedId?: string | null | undefined;
  /** customer, contact, lead, opportunity, contract, followup or report */
  relatedType?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateUserInput = {
  address?: string | null | undefined;
  departmentId: string;
  email?: string | null | undefined;
  name: string;
  /** Initial password; the user must change it at the first login */
  password: string;
  phone?: string | null | undefined;
  positionId?: string | null | undefined;
  roleIds: Array<string>;
  /** Login name, unique */
  username: string;
};

export type CustomDepartmentInput = {
  departmentId: string;
  includeChildren?: boolean;
};

/** Records whose custom field matches */
export type CustomFieldFilter = {
  /** Text: holds this */
  contains?: string | null | undefined;
  /** Any of these values */
  equals?: Array<string> | null | undefined;
  /** Numbers and dates: at least */
  from?: string | null | undefined;
  key: string;
  /** Numbers and dates: at most */
  to?: string | null | undefined;
};

/** A custom field's new value; empty clears it */
export type CustomFieldInput = {
  key: string;
  value?: string | null | undefined;
  /** Multiple choice: every chosen option (code or name) */
  values?: Array<string> | null | undefined;
};

export type CustomFieldType =
  | 'DATE'
  | 'LONG_TEXT'
  | 'MONEY'
  | 'MULTI_CHOICE'
  | 'NUMBER'
  | 'SINGLE_CHOICE'
  | 'TEXT'
  | 'USER';

/** CREATED_IN_PERIOD: customers created in the period; ALL_OWNED: every customer the people own now */
export type CustomerBasis =
  | 'ALL_OWNED'
  | 'CREATED_IN_PERIOD';

/** The 11 customer fields of seed 002 §3.2.3 (PHONE: mobile or phone) */
export type CustomerFieldKey =
  | 'ADDRESS'
  | 'CONTACT_NAME'
  | 'CONTACT_POSITION'
  | 'INDUSTRY'
  | 'NAME'
  | 'PHONE'
  | 'POSTCODE'
  | 'PROFILE'
  | 'REGION'
  | 'SOURCE'
  | 'TYPE';

export type CustomerFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /** All of these custom field conditions */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  dealStatus?: DealStatus | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  /** Owner's department, including its sub-departments */
  departmentId?: string | null | undefined;
  /** true: public pool only; false: owned only */
  inPool?: boolean | null | undefined;
  industry?: string | null | undefined;
  /** Matches name, code, contact name and phone numbers */
  keyword?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  locked?: boolean | null | undefined;
  ownerId?: string | null | undefined;
  /** Owned by any of these users (e.g. the ownerIds of a dashboard figure) */
  ownerIds?: Array<string> | null | undefined;
  region?: string | null | undefined;
  source?: string | null | undefined;
  type?: CustomerType | null | undefined;
  updatedFrom?: string | null | undefined;
  updatedTo?: string | null | undefined;
};

export type CustomerLevel =
  | 'CORE'
  | 'HIGH_GROWTH'
  | 'NORMAL';

export type CustomerOrder = {
  direction?: SortDirection;
  field: CustomerSortField;
};

export type CustomerSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'LAST_FOLLOW_UP_AT'
  | 'LEVEL'
  | 'NAME'
  | 'NEXT_FOLLOW_UP_AT'
  | 'UPDATED_AT';

export type CustomerType =
  | 'DIRECT'
  | 'DISTRIBUTOR';

/** NONE 未成交, DEAL 已成交 */
export type DealStatus =
  | 'DEAL'
  | 'NONE';

/** NAME: the same name once spaces, brackets and company forms (有限公司…) are set aside; SIMILAR_NAME: starts with or contains it; CODE: a customer code (a merged customer leads to the kept one); MOBILE (also on contacts), PHONE, EMAIL */
export type DuplicateMatch =
  | 'CODE'
  | 'EMAIL'
  | 'MOBILE'
  | 'NAME'
  | 'PHONE'
  | 'SIMILAR_NAME';

/** Any of name, phone, e-mail; at most 20 customers are answered */
export type DuplicateSearchInput = {
  email?: string | null | undefined;
  /** A company name (or a customer code) */
  name?: string | null | undefined;
  /** A mobile or phone number */
  phone?: string | null | undefined;
};

export type ExportContactsInput = {
  /** Without ids: every row the list shows for this filter (the list's own filter) */
  filter?: ContactFilter | null | undefined;
  format: ExportFormat;
  /** The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter */
  ids?: Array<string> | null | undefined;
};

export type ExportContractsInput = {
  /** Without ids: every row the list shows for this filter (the list's own filter) */
  filter?: ContractFilter | null | undefined;
  format: ExportFormat;
  /** The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter */
  ids?: Array<string> | null | undefined;
};

export type ExportCustomersInput = {
  /** Without ids: every row the list shows for this filter (the list's own filter) */
  filter?: CustomerFilter | null | undefined;
  format: ExportFormat;
  /** The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter */
  ids?: Array<string> | null | undefined;
};

export type ExportFollowUpsInput = {
  /** Without ids: every row the list shows for this filter (the list's own filter) */
  filter?: FollowUpFilter | null | undefined;
  format: ExportFormat;
  /** The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter */
  ids?: Array<string> | null | undefined;
};

/** CSV (UTF-8 with BOM) or Excel .xlsx */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type ExportLeadsInput = {
  /** Without ids: every lead matching this filter */
  filter?: LeadFilter | null | undefined;
  format: ExportFormat;
  /** The selected leads (all must be readable); leave out to export by filter */
  ids?: Array<string> | null | undefined;
  orderBy?: LeadOrder | null | undefined;
};

export type ExportOpportunitiesInput = {
  /** Without ids: every row the list shows for this filter (the list's own filter) */
  filter?: OpportunityFilter | null | undefined;
  format: ExportFormat;
  /** The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter */
  ids?: Array<string> | null | undefined;
};

export type ExportReceivablesInput = {
  /** Without ids: every row the list shows for this filter (the list's own filter) */
  filter?: ReceivableFilter | null | undefined;
  format: ExportFormat;
  /** The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter */
  ids?: Array<string> | null | undefined;
};

/** HIDDEN: never shown, filtered, sorted or written; MASKED: shown masked (138****5678), not written; READ_ONLY: shown, not written; EDITABLE */
export type FieldMode =
  | 'EDITABLE'
  | 'HIDDEN'
  | 'MASKED'
  | 'READ_ONLY';

/** A restriction of one field; EDITABLE (or leaving the field out) lifts it */
export type FieldPermissionInput = {
  field: string;
  mode: FieldMode;
  module: string;
};

export type FollowUpFilter = {
  authorId?: string | null | undefined;
  /** Written by any of these users (e.g. the ownerIds of a dashboard figure) */
  authorIds?: Array<string> | null | undefined;
  /** The author's department, including its sub-departments */
  departmentId?: string | null | undefined;
  /** occurredAt from */
  from?: string | null | undefined;
  /** Matches subject, participants, objective, result and next step */
  keyword?: string | null | undefined;
  /** An option code of the 跟进方式 dictionary */
  method?: string | null | undefined;
  parentId?: string | null | undefined;
  parentType?: string | null | undefined;
  substantive?: boolean | null | undefined;
  /** occurredAt to */
  to?: string | null | undefined;
  /** Only follow-ups with comments you have not read */
  unreadComments?: boolean | null | undefined;
};

/** CORE_SHORT 核心+短线 (weekly), CORE_MID 核心 (fortnightly), HIGH_GROWTH 高成长 (monthly) */
export type FrequencyRule =
  | 'CORE_MID'
  | 'CORE_SHORT'
  | 'HIGH_GROWTH';

/** SKIP duplicates, or UPDATE those within your write scope (others are skipped) */
export type ImportDuplicates =
  | 'SKIP'
  | 'UPDATE';

export type ImportModule =
  | 'CONTACT'
  | 'CUSTOMER'
  | 'LEAD'
  | 'PRODUCT';

export type ImportOptionsInput = {
  allOrNothing?: boolean;
  duplicates?: ImportDuplicates;
  owner?: ImportOwnerChoice;
  ownerId?: string | null | undefined;
};

/** ME: the importer; USER: ownerId; COLUMN: the 负责人 column (usernames), each within the write scope */
export type ImportOwnerChoice =
  | 'COLUMN'
  | 'ME'
  | 'USER';

/** ERROR: not imported; DUPLICATE: skipped; WARNING: imported, but look */
export type ImportProblemKind =
  | 'DUPLICATE'
  | 'ERROR'
  | 'WARNING';

/** UPLOADED (map the columns), VALIDATING (dry run running), VALIDATED (report ready), IMPORTING, DONE, FAILED (nothing or, importing the valid rows, part written), CANCELLED, UNDONE (what it created is in the recycle bin) */
export type ImportStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'IMPORTING'
  | 'UNDONE'
  | 'UPLOADED'
  | 'VALIDATED'
  | 'VALIDATING';

/** A period (a preset, or CUSTOM from–to) and optionally one department (with its sub-departments) or one person */
export type InsightFilter = {
  /** A department within your scope (BAD_USER_INPUT otherwise) */
  departmentId?: string | null | undefined;
  /** YYYY-MM-DD, first day of a CUSTOM period */
  from?: string | null | undefined;
  /** Default THIS_MONTH, or CUSTOM when from/to are given */
  preset?: InsightPeriodPreset | null | undefined;
  /** YYYY-MM-DD, last day of a CUSTOM period (not before from) */
  to?: string | null | undefined;
  /** A person within your scope (BAD_USER_INPUT otherwise) */
  userId?: string | null | undefined;
};

/** 今天, 本周 (Monday–Sunday), 本月, 本季度, 本年, 上月, 自定义 (from–to) */
export type InsightPeriodPreset =
  | 'CUSTOM'
  | 'LAST_MONTH'
  | 'THIS_MONTH'
  | 'THIS_QUARTER'
  | 'THIS_WEEK'
  | 'THIS_YEAR'
  | 'TODAY';

/** CONTRACT_AMOUNT 合同金额, RECEIVABLE_AMOUNT 回款金额, NEW_CUSTOMERS 新增客户, FOLLOW_UPS 跟进次数 */
export type KpiMetric =
  | 'CONTRACT_AMOUNT'
  | 'FOLLOW_UPS'
  | 'NEW_CUSTOMERS'
  | 'RECEIVABLE_AMOUNT';

/** A target of one USER or of one DEPARTMENT */
export type KpiSubject =
  | 'DEPARTMENT'
  | 'USER';

export type KpiTargetValueInput = {
  metric: KpiMetric;
  /** 1–12 */
  month: number;
  /** Non-negative; whole numbers for counts; null clears the target */
  value?: string | null | undefined;
};

export type LeadFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /** All of these custom field conditions */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  /** Owner's department, including its sub-departments */
  departmentId?: string | null | undefined;
  /** Matches name, company, mobile and phone */
  keyword?: string | null | undefined;
  nextContactFrom?: string | null | undefined;
  nextContactTo?: string | null | undefined;
  ownerId?: string | null | undefined;
  source?: string | null | undefined;
  status?: LeadStatus | null | undefined;
};

export type LeadOrder = {
  direction?: SortDirection;
  field: LeadSortField;
};

export type LeadSortField =
  | 'COMPANY'
  | 'CREATED_AT'
  | 'NAME'
  | 'NEXT_CONTACT_AT'
  | 'STATUS'
  | 'UPDATED_AT';

/** NEW 新线索, CONTACTED 已联系, QUALIFIED 已确认, CONVERTED 已转化 (set only by conversion), INVALID 无效 */
export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'INVALID'
  | 'NEW'
  | 'QUALIFIED';

export type LoginLogFilter = {
  from?: string | null | undefined;
  success?: boolean | null | undefined;
  to?: string | null | undefined;
  username?: string | null | undefined;
};

/** Duplicates merged into the earliest created of them (2 to 10 customers in your write scope) */
export type MergeCustomersInput = {
  /** Unnamed fields keep the kept customer's value (or the first one given when it has none) */
  choices?: Array<MergeFieldChoice> | null | undefined;
  ids: Array<string>;
};

/** The customer whose value of a field the kept customer takes */
export type MergeFieldChoice = {
  customerId: string;
  /** One of name, type, level, industry, source, region, address, postcode, profile, contactName, contactPosition, mobile, phone, email, website, remarks */
  field: string;
};

export type ModuleScopeInput = {
  module: string;
  read: ScopeLevel;
  /** Transfer/assign scope; defaults to the write scope; never wider than read */
  transfer?: ScopeLevel | null | undefined;
  /** Defaults to the read scope; never wider than it */
  write?: ScopeLevel | null | undefined;
};

/** The creation date written after the prefix: none, year, year+month, year+month+day */
export type NumberingDatePart =
  | 'NONE'
  | 'YYYY'
  | 'YYYYMM'
  | 'YYYYMMDD';

/** When the sequence starts again at 1; needs a date part at least as fine */
export type NumberingResetPeriod =
  | 'DAILY'
  | 'MONTHLY'
  | 'NEVER'
  | 'YEARLY';

export type OffboardUserInput = {
  /** Release the customers to the user's home pool; other records go to the successor if given, else stay with the user */
  releaseCustomersToPool?: boolean | null | undefined;
  /** Receives the records; must be active and within your write scope for each module that has records */
  successorId?: string | null | undefined;
  userId: string;
};

/** SHORT_TERM 短线 (≤ 3 months, stage ≥ 3), MID_TERM 中线 (≤ 1 year, stage ≥ 2), LONG_TERM 线索 (stage 1), WON 已成交, LOST 放弃/丢单 */
export type OpportunityCategory =
  | 'LONG_TERM'
  | 'LOST'
  | 'MID_TERM'
  | 'SHORT_TERM'
  | 'WON';

export type OpportunityFilter = {
  /** Any of these categories */
  categories?: Array<OpportunityCategory> | null | undefined;
  category?: OpportunityCategory | null | undefined;
  /** Created at or after */
  createdFrom?: string | null | undefined;
  /** Created at or before */
  createdTo?: string | null | undefined;
  /** All of these custom field conditions */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  customerId?: string | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  /** Owner's department, including its sub-departments */
  departmentId?: string | null | undefined;
  /** Expected close date from (YYYY-MM-DD, inclusive) */
  expectedCloseFrom?: string | null | undefined;
  /** Expected close date to (YYYY-MM-DD, inclusive) */
  expectedCloseTo?: string | null | undefined;
  /** Matches the name and the customer's name */
  keyword?: string | null | undefined;
  ownerId?: string | null | undefined;
  /** Owned by any of these users (e.g. the ownerIds of a dashboard figure) */
  ownerIds?: Array<string> | null | undefined;
  stageId?: string | null | undefined;
};

export type OpportunityLineInput = {
  /** Defaults to the product's model */
  model?: string | null | undefined;
  productId: string;
  /** Exact decimal, at most 2 places, more than 0 */
  quantity: string;
  /** Exact decimal; defaults to the product's list price */
  unitPrice?: string | null | undefined;
};

export type OpportunityOrder = {
  direction?: SortDirection;
  field: OpportunitySortField;
};

export type OpportunitySortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'EXPECTED_CLOSE_DATE'
  | 'FOLLOW_UP_DUE_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type OpportunityStageInput = {
  enabled?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Win probability, 0–100 */
  probability?: number | null | undefined;
  /** Stage number (unique), 0–99 */
  sort?: number | null | undefined;
};

export type PersonActivityOrder = {
  direction?: SortDirection;
  field: PersonActivitySortField;
};

export type PersonActivitySortField =
  | 'FOLLOW_UPS'
  | 'LAST_FOLLOW_UP'
  | 'NAME'
  | 'OPEN_TASKS'
  | 'OVERDUE_TASKS'
  | 'REPORTS'
  | 'SUBSTANTIVE';

export type PoolCustomerFilter = {
  enteredFrom?: string | null | undefined;
  enteredTo?: string | null | undefined;
  industry?: string | null | undefined;
  /** Matches name, code, contact name and phone numbers */
  keyword?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  /** Who owned it before it entered the pool */
  previousOwnerId?: string | null | undefined;
  reason?: PoolReason | null | undefined;
  region?: string | null | undefined;
};

export type PoolDepartmentInput = {
  departmentId: string;
  /** Its sub-departments belong too */
  includeChildren?: boolean | null | undefined;
};

/** ENTER 进入公海, CLAIM 领取, ASSIGN 分配, MOVE 转移公海 */
export type PoolEvent =
  | 'ASSIGN'
  | 'CLAIM'
  | 'ENTER'
  | 'MOVE';

/** MANUAL_RETURN 手动退回, NO_FOLLOW_UP 未跟进回收, NO_NEW_OPPORTUNITY 无新商机回收, NO_DEAL 未成交回收, OFFBOARDING 离职释放, IMPORT 导入 */
export type PoolReason =
  | 'IMPORT'
  | 'MANUAL_RETURN'
  | 'NO_DEAL'
  | 'NO_FOLLOW_UP'
  | 'NO_NEW_OPPORTUNITY'
  | 'OFFBOARDING';

export type PoolRuleInput = {
  level: CustomerLevel;
  /** Days without a deal; null: off */
  noDealDays?: number | null | undefined;
  /** Days without a follow-up; null: off */
  noFollowUpDays?: number | null | undefined;
  /** Days without a new opportunity; null: off */
  noOpportunityDays?: number | null | undefined;
};

export type ProductCategoryInput = {
  name?: string | null | undefined;
  /** null: a top-level category */
  parentId?: string | null | undefined;
  sort?: number | null | undefined;
};

export type ProductFilter = {
  /** The category and its sub-categories */
  categoryId?: string | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  /** Matches name and model */
  keyword?: string | null | undefined;
  status?: ProductStatus | null | undefined;
};

/** INACTIVE products stay on old records but cannot be added to new ones */
export type ProductStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type ReceivableFilter = {
  contractId?: string | null | undefined;
  customerId?: string | null | undefined;
  /** Matches the receivable number and the contract number and title */
  keyword?: string | null | undefined;
  /** Contracts owned by any of these users */
  ownerIds?: Array<string> | null | undefined;
  planId?: string | null | undefined;
  /** YYYY-MM-DD */
  receivedFrom?: string | null | undefined;
  /** YYYY-MM-DD */
  receivedTo?: string | null | undefined;
  status?: ReceivableStatus | null | undefined;
};

export type ReceivableOrder = {
  direction?: SortDirection;
  field: ReceivableSortField;
};

export type ReceivableSortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'RECEIVED_DATE';

/** PENDING 审批中, APPROVED 已确认, REJECTED 已驳回 */
export type ReceivableStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type RecycleBinFilter = {
  /** Part of the name, title or number */
  keyword?: string | null | undefined;
  type: RecycleBinType;
};

/** The record types the recycle bin holds */
export type RecycleBinType =
  | 'CONTACT'
  | 'CONTRACT'
  | 'CUSTOMER'
  | 'FOLLOW_UP'
  | 'LEAD'
  | 'OPPORTUNITY'
  | 'PRODUCT'
  | 'RECEIVABLE'
  | 'REPORT'
  | 'SCHEDULE'
  | 'TASK';

export type ReorderDictionaryOptionsInput = {
  /** Every option under the parent, in the new order */
  ids: Array<string>;
  kind: string;
  /** The parent whose children are reordered; absent for the top level */
  parentId?: string | null | undefined;
};

export type ReplyToCommentInput = {
  commentId: string;
  content: string;
  /** Colleagues named with @; told only when they can read the record */
  mentionIds?: Array<string> | null | undefined;
};

export type ReportFilter = {
  authorId?: string | null | undefined;
  /** The author's department, including its sub-departments */
  departmentId?: string | null | undefined;
  /** Reports whose period ends on or after this day */
  from?: string | null | undefined;
  /** Matches subject and content */
  keyword?: string | null | undefined;
  kind?: ReportKind | null | undefined;
  /** Reports whose period starts on or before this day */
  to?: string | null | undefined;
};

/** DAILY 日报, WEEKLY 周报, MONTHLY 月报, HALF_YEAR 半年总结, ANNUAL 年终总结 */
export type ReportKind =
  | 'ANNUAL'
  | 'DAILY'
  | 'HALF_YEAR'
  | 'MONTHLY'
  | 'WEEKLY';

/** SUMMARY 总结, PLAN 计划, COORDINATION 需协调 */
export type ReportSection =
  | 'COORDINATION'
  | 'PLAN'
  | 'SUMMARY';

/** Asks for a colleague's customer found through 查重 */
export type RequestOwnershipInput = {
  /** The customer code 查重 showed */
  customerCode: string;
  /** Why the customer should be yours (up to 500 characters) */
  reason: string;
  /** When approved, also take its contacts */
  withContacts?: boolean | null | undefined;
  /** When approved, also take the owner's contracts of it that are not void */
  withContracts?: boolean | null | undefined;
  /** When approved, also take the owner's open opportunities of it */
  withOpportunities?: boolean | null | undefined;
};

export type RestoreRecordsInput = {
  ids: Array<string>;
  type: RecycleBinType;
  /** Customers: also restore the contacts and opportunities deleted with them (default true) */
  withRelated?: boolean | null | undefined;
};

export type RoleScopeInput = {
  read: ScopeLevel;
  /** Transfer/assign scope; defaults to the write scope; never wider than read */
  transfer?: ScopeLevel | null | undefined;
  /** Defaults to the read scope; never wider than it */
  write?: ScopeLevel | null | undefined;
};

export type SaveApprovalFlowInput = {
  documentType: ApprovalDocumentType;
  enabled: boolean;
  /** An active user with contract:approve who decides a step nobody else can; null: such a submission is refused */
  fallbackUserId?: string | null | undefined;
  name: string;
  steps: Array<ApprovalFlowStepInput>;
};

/** MANUAL, or FOLLOW_UP (a follow-up's next contact time) */
export type ScheduleSource =
  | 'FOLLOW_UP'
  | 'MANUAL';

/** Data scope: NONE, SELF, SELF_AND_CHILDREN, CUSTOM, ALL */
export type ScopeLevel =
  | 'ALL'
  | 'CUSTOM'
  | 'NONE'
  | 'SELF'
  | 'SELF_AND_CHILDREN';

export type SetKpiTargetsInput = {
  subjectId: string;
  subjectType: KpiSubject;
  values: Array<KpiTargetValueInput>;
  year: number;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartDataImportInput = {
  /** The field key per file column, in column order; null or "" leaves a column out */
  mapping: Array<string | null | undefined>;
  options: ImportOptionsInput;
};

export type StatisticsReport =
  | 'COMPLIANCE_MONTHLY'
  | 'CONTRACTS'
  | 'CUSTOMERS'
  | 'FOLLOW_UPS'
  | 'OPPORTUNITIES'
  | 'PRODUCTS';

export type SupervisedFollowUpFilter = {
  /** The person's department, with its sub-departments */
  departmentId?: string | null | undefined;
  /** Period start: follow-ups by contact time, reports by period, done tasks by completion */
  from?: string | null | undefined;
  /** Also people whose account is disabled (default: no) */
  includeDisabled?: boolean | null | undefined;
  keyword?: string | null | undefined;
  /** An option code of the 跟进方式 dictionary */
  method?: string | null | undefined;
  substantive?: boolean | null | undefined;
  /** Period end (not before from) */
  to?: string | null | undefined;
  userId?: string | null | undefined;
};

export type SupervisedReportFilter = {
  /** The person's department, with its sub-departments */
  departmentId?: string | null | undefined;
  /** Period start: follow-ups by contact time, reports by period, done tasks by completion */
  from?: string | null | undefined;
  /** Also people whose account is disabled (default: no) */
  includeDisabled?: boolean | null | undefined;
  kind?: ReportKind | null | undefined;
  /** Period end (not before from) */
  to?: string | null | undefined;
  userId?: string | null | undefined;
};

export type SupervisedTaskFilter = {
  /** The person's department, with its sub-departments */
  departmentId?: string | null | undefined;
  /** Period start: follow-ups by contact time, reports by period, done tasks by completion */
  from?: string | null | undefined;
  /** Also people whose account is disabled (default: no) */
  includeDisabled?: boolean | null | undefined;
  state?: SupervisedTaskState | null | undefined;
  /** Period end (not before from) */
  to?: string | null | undefined;
  userId?: string | null | undefined;
};

/** OPEN / OVERDUE: the state now (the period does not apply); DONE: completed in the period; ALL: created in the period */
export type SupervisedTaskState =
  | 'ALL'
  | 'DONE'
  | 'OPEN'
  | 'OVERDUE';

export type SupervisionFilter = {
  /** The person's department, with its sub-departments */
  departmentId?: string | null | undefined;
  /** Period start: follow-ups by contact time, reports by period, done tasks by completion */
  from?: string | null | undefined;
  /** Also people whose account is disabled (default: no) */
  includeDisabled?: boolean | null | undefined;
  /** Period end (not before from) */
  to?: string | null | undefined;
  userId?: string | null | undefined;
};

export type TaskFilter = {
  assigneeId?: string | null | undefined;
  createdById?: string | null | undefined;
  /** The assignee's department, including its sub-departments */
  departmentId?: string | null | undefined;
  dueFrom?: string | null | undefined;
  dueTo?: string | null | undefined;
  /** Matches title and description */
  keyword?: string | null | undefined;
  priority?: TaskPriority | null | undefined;
  relatedId?: string | null | undefined;
  relatedType?: string | null | undefined;
  statuses?: Array<TaskStatus> | null | undefined;
};

export type TaskOrder = {
  direction?: SortDirection;
  field: TaskSortField;
};

/** LOW 低, NORMAL 普通, HIGH 高, URGENT 紧急 */
export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TaskSortField =
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'UPDATED_AT';

/** OPEN 未开始, IN_PROGRESS 进行中, DONE 已完成, CANCELLED 已取消 */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type TransferContractsInput = {
  ids: Array<string>;
  toUserId: string;
};

export type TransferCustomersInput = {
  ids: Array<string>;
  /** Keep the old owner as a read-only team member */
  keepOldOwnerInTeam?: boolean | null | undefined;
  toUserId: string;
  /** Also move the customers' contacts */
  withContacts?: boolean | null | undefined;
  /** Also move the customers' contracts that are not void, owned by the old owner (needs contract:transfer) */
  withContracts?: boolean | null | undefined;
  /** Also move the customers' open opportunities owned by the old owner (needs opportunity:transfer) */
  withOpportunities?: boolean | null | undefined;
};

export type TransferLeadsInput = {
  ids: Array<string>;
  toUserId: string;
};

export type TransferOpportunitiesInput = {
  ids: Array<string>;
  toUserId: string;
};

export type UpdateCadenceSettingsInput = {
  followUpReminderMinutes?: number | null | undefined;
  longTermFollowUpDays?: number | null | undefined;
  midTermFollowUpDays?: number | null | undefined;
  paymentPlanReminderDays?: number | null | undefined;
  shortTermFollowUpDays?: number | null | undefined;
  taskReminderDays?: number | null | undefined;
};

export type UpdateComplianceRulesInput = {
  coreDealMonths?: number | null | undefined;
  coreMidDays?: number | null | undefined;
  coreShortDays?: number | null | undefined;
  highGrowthContactDays?: number | null | undefined;
  highGrowthDays?: number | null | undefined;
  minCore?: number | null | undefined;
  minHighGrowth?: number | null | undefined;
  reminderDays?: number | null | undefined;
  requiredFields?: Array<CustomerFieldKey> | null | undefined;
};

export type UpdateContactInput = {
  /** YYYY-MM-DD */
  birthday?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  department?: string | null | undefined;
  email?: string | null | undefined;
  isPrimary?: boolean | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  remarks?: string | null | undefined;
  wechat?: string | null | undefined;
};

export type UpdateContractInput = {
  /** Required without product lines; with lines it is their sum (a different value is refused) */
  amount?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  customerId?: string | null | undefined;
  /** YYYY-MM-DD, not before the start date */
  endDate?: string | null | undefined;
  /** Omitted: unchanged; an empty list removes every line */
  lines?: Array<ContractLineInput> | null | undefined;
  /** An opportunity of the same customer; null removes it */
  opportunityId?: string | null | undefined;
  remarks?: string | null | undefined;
  /** YYYY-MM-DD */
  signDate?: string | null | undefined;
  /** YYYY-MM-DD */
  startDate?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateCustomFieldInput = {
  enabled?: boolean | null | undefined;
  label?: string | null | undefined;
  required?: boolean | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateCustomerInput = {
  address?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPosition?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  email?: string | null | undefined;
  industry?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  /** 公司概况, at most 50 characters */
  profile?: string | null | undefined;
  region?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  type?: CustomerType | null | undefined;
  website?: string | null | undefined;
};

export type UpdateDepartmentInput = {
  /** null removes the head */
  headId?: string | null | undefined;
  name?: string | null | undefined;
  /** A different parent moves the department with its whole subtree */
  parentId?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateDictionaryOptionInput = {
  enabled?: boolean | null | undefined;
  name?: string | null | undefined;
};

export type UpdateFollowUpInput = {
  /** Your uploads (POST /api/attachments) to attach */
  attachmentIds?: Array<string> | null | undefined;
  /** An enabled option of the 跟进方式 dictionary, by code or name */
  method?: string | null | undefined;
  /** Next contact time: after occurredAt; becomes a schedule entry and a reminder */
  nextContactAt?: string | null | undefined;
  /** D: 下一步计划 next step */
  nextStep?: string | null | undefined;
  /** B: 目的 objective */
  objective?: string | null | undefined;
  /** When the contact happened (default now); not in the future */
  occurredAt?: string | null | undefined;
  /** A: who took part (names and positions) */
  participants?: string | null | undefined;
  /** C: 结果 result */
  result?: string | null | undefined;
  /** 来访, 去访, 致电, 来电 or free text */
  subject?: string | null | undefined;
  /** A substantive contact (实质性沟通) */
  substantive?: boolean | null | undefined;
};

export type UpdateLeadInput = {
  address?: string | null | undefined;
  /** Becomes the customer name on conversion */
  company?: string | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  email?: string | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  nextContactAt?: string | null | undefined;
  phone?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  /** Any status but CONVERTED, which only conversion sets */
  status?: LeadStatus | null | undefined;
};

export type UpdateMyProfileInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

/** Only the parts given change; new numbers only */
export type UpdateNumberingRuleInput = {
  datePart?: NumberingDatePart | null | undefined;
  /** 1 to 10 letters, digits, "-" or "_" */
  prefix?: string | null | undefined;
  resetPeriod?: NumberingResetPeriod | null | undefined;
  sequenceLength?: number | null | undefined;
};

export type UpdateOpportunityCategoryInput = {
  category: OpportunityCategory;
  /** YYYY-MM-DD; required */
  expectedCloseDate?: string | null | undefined;
  /** Required for LOST */
  lostReason?: string | null | undefined;
  stageId: string;
};

export type UpdateOpportunityInput = {
  /** Entered amount; only when there are no product lines (else their sum) */
  amount?: string | null | undefined;
  /** Exact decimal */
  budget?: string | null | undefined;
  competitors?: string | null | undefined;
  /** Contacts of the opportunity's customer */
  contactIds?: Array<string> | null | undefined;
  /** Values of custom fields (only those given change) */
  customFields?: Array<CustomFieldInput> | null | undefined;
  executionTime?: string | null | undefined;
  /** YYYY-MM-DD, within what the current category allows */
  expectedCloseDate?: string | null | undefined;
  intentCategory?: string | null | undefined;
  name?: string | null | undefined;
  /** A distributor following the deal (关联客户) */
  partnerCustomerId?: string | null | undefined;
  /** Replaces all product lines */
  products?: Array<OpportunityLineInput> | null | undefined;
  purchaseForm?: string | null | undefined;
  purchaseReason?: string | null | undefined;
  requirements?: string | null | undefined;
  /** A stage the current category allows */
  stageId?: string | null | undefined;
};

export type UpdatePaymentPlanInput = {
  amount?: string | null | undefined;
  /** e.g. 银行转账 (dictionary value) */
  method?: string | null | undefined;
  /** YYYY-MM-DD */
  plannedDate?: string | null | undefined;
  remarks?: string | null | undefined;
  /** Days before the planned date to remind the contract owner (0: on the day; null: the company default in settings) */
  reminderDays?: number | null | undefined;
  /** Term number; defaults to the next one */
  term?: number | null | undefined;
};

export type UpdatePoolInput = {
  administratorIds?: Array<string> | null | undefined;
  memberDepartments?: Array<PoolDepartmentInput> | null | undefined;
  memberUserIds?: Array<string> | null | undefined;
  name?: string | null | undefined;
};

export type UpdatePoolRulesInput = {
  exemptDealCustomers?: boolean | null | undefined;
  exemptOpenOpportunities?: boolean | null | undefined;
  recycleEnabled?: boolean | null | undefined;
  /** Levels not listed keep their rule */
  rules?: Array<PoolRuleInput> | null | undefined;
  warnDays?: number | null | undefined;
};

export type UpdatePoolSettingsInput = {
  maxClaimsPerDay?: number | null | undefined;
  maxLockedCustomers?: number | null | undefined;
  maxOwnedCustomers?: number | null | undefined;
  reclaimBarDays?: number | null | undefined;
};

export type UpdatePositionInput = {
  name: string;
};

export type UpdateProductInput = {
  categoryId?: string | null | undefined;
  description?: string | null | undefined;
  model?: string | null | undefined;
  name?: string | null | undefined;
  price?: string | null | undefined;
  status?: ProductStatus | null | undefined;
  unit?: string | null | undefined;
};

export type UpdateReportInput = {
  /** More recipients (those already there stay) */
  addRecipientIds?: Array<string> | null | undefined;
  attachmentIds?: Array<string> | null | undefined;
  content?: string | null | undefined;
};

/** Lists given here replace the stored ones */
export type UpdateRoleInput = {
  customDepartments?: Array<CustomDepartmentInput> | null | undefined;
  defaultScope?: RoleScopeInput | null | undefined;
  description?: string | null | undefined;
  /** Replaces every stored field restriction */
  fieldPermissions?: Array<FieldPermissionInput> | null | undefined;
  moduleScopes?: Array<ModuleScopeInput> | null | undefined;
  name?: string | null | undefined;
  permissions?: Array<string> | null | undefined;
};

export type UpdateScheduleEntryInput = {
  /** Whole days (Asia/Shanghai): from the start day to the end day */
  allDay?: boolean | null | undefined;
  description?: string | null | undefined;
  endAt?: string | null | undefined;
  /** Colleagues taking part (active users); they may read the entry and are reminded */
  participantIds?: Array<string> | null | undefined;
  relatedId?: string | null | undefined;
  /** customer, contact, lead, opportunity, contract, followup or report */
  relatedType?: string | null | undefined;
  /** Remind this many minutes before the start; null for no reminder */
  reminderMinutes?: number | null | undefined;
  startAt?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateTaskInput = {
  /** Yourself by default; a leader may name anyone in their task write scope */
  assigneeId?: string | null | undefined;
  description?: string | null | undefined;
  /** Null: no due date (Inbox) */
  dueAt?: string | null | undefined;
  priority?: TaskPriority | null | undefined;
  relatedId?: string | null | undefined;
  /** customer, contact, lead, opportunity, contract, followup or report */
  relatedType?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateUserInput = {
  address?: string | null | undefined;
  departmentId?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** null clears the position */
  positionId?: string | null | undefined;
  /** The complete new role list */
  roleIds?: Array<string> | null | undefined;
};

export type UserFilter = {
  /** Includes sub-departments */
  departmentId?: string | null | undefined;
  /** Matches username, name, phone and email */
  keyword?: string | null | undefined;
  roleId?: string | null | undefined;
  status?: UserStatus | null | undefined;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INACTIVE';

export type AttachmentFieldsFragment = { id: string, fileName: string, size: number, mimeType: string, url: string };

export type CommentFieldsFragment = { id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null };

export type FollowUpFieldsFragment = { id: string, parentType: string, parentId: string, subject: string, method: string, participants: string | null, objective: string, result: string, nextStep: string | null, occurredAt: string, nextContactAt: string | null, substantive: boolean, createdAt: string, viewerCanEdit: boolean, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, parent: { type: string, id: string, title: string } | null, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }> };

export type FollowUpDetailQueryVariables = Exact<{
  id: string;
}>;


export type FollowUpDetailQuery = { followUp: { id: string, parentType: string, parentId: string, subject: string, method: string, participants: string | null, objective: string, result: string, nextStep: string | null, occurredAt: string, nextContactAt: string | null, substantive: boolean, createdAt: string, viewerCanEdit: boolean, commentCount: number, unreadCommentCount: number, comments: Array<{ id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null }>, author: { id: string, name: string, username: string } | null, parent: { type: string, id: string, title: string } | null, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }> } | null };

export type FollowUpsQueryVariables = Exact<{
  filter?: FollowUpFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FollowUpsQuery = { followUps: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, parentType: string, parentId: string, subject: string, method: string, participants: string | null, objective: string, result: string, nextStep: string | null, occurredAt: string, nextContactAt: string | null, substantive: boolean, createdAt: string, viewerCanEdit: boolean, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, parent: { type: string, id: string, title: string } | null, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }> }> } };

export type CreateFollowUpMutationVariables = Exact<{
  input: CreateFollowUpInput;
}>;


export type CreateFollowUpMutation = { createFollowUp: { id: string } };

export type UpdateFollowUpMutationVariables = Exact<{
  id: string;
  input: UpdateFollowUpInput;
}>;


export type UpdateFollowUpMutation = { updateFollowUp: { id: string } };

export type DeleteFollowUpMutationVariables = Exact<{
  id: string;
}>;


export type DeleteFollowUpMutation = { deleteFollowUp: { ids: Array<string> } };

export type DeleteAttachmentMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAttachmentMutation = { deleteAttachment: { ids: Array<string> } };

export type CommentOnMutationVariables = Exact<{
  input: CommentOnInput;
}>;


export type CommentOnMutation = { commentOn: { id: string } };

export type ReplyToCommentMutationVariables = Exact<{
  input: ReplyToCommentInput;
}>;


export type ReplyToCommentMutation = { replyToComment: { id: string } };

export type MarkCommentsReadMutationVariables = Exact<{
  targetType: string;
  targetId: string;
}>;


export type MarkCommentsReadMutation = { markCommentsRead: number };

export type UnreadCommentCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCommentCountQuery = { unreadCommentCount: number };

export type TimelineQueryVariables = Exact<{
  targetType: string;
  targetId: string;
  first?: number | null | undefined;
  kinds?: Array<string> | string | null | undefined;
}>;


export type TimelineQuery = { timelineKinds: Array<string>, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, kind: string, entityId: string, at: string, targetType: string, targetId: string, title: string | null, summary: string | null, status: string | null, actor: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null, followUp: { id: string, parentType: string, parentId: string, subject: string, method: string, participants: string | null, objective: string, result: string, nextStep: string | null, occurredAt: string, nextContactAt: string | null, substantive: boolean, createdAt: string, viewerCanEdit: boolean, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, parent: { type: string, id: string, title: string } | null, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }> } | null, comment: { id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null } | null, auditEntry: { id: string, action: string, entityType: string, entityId: string | null, changes: string | null } | null }> } };

export type MentionDirectoryQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type MentionDirectoryQuery = { userDirectory: Array<{ id: string, name: string, username: string }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, kind: string, title: string, body: string | null, entityType: string | null, entityId: string | null, readAt: string | null, createdAt: string }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type InsightPersonFieldsFragment = { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null };

export type BriefFieldsFragment = { newCustomers: number, newContacts: number, newOpportunities: number, newOpportunityAmount: string, newContracts: number, contractAmount: string, receivables: number, receivableAmount: string, followUps: number, substantiveFollowUps: number };

export type KpiFigureFieldsFragment = { metric: KpiMetric, target: string | null, actual: string, completion: number | null };

export type InsightStageFieldsFragment = { id: string, name: string, sort: number, probability: number };

export type InsightScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightScopeQuery = { insightScope: { everyone: boolean, canSetTargets: boolean, people: Array<{ id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null }>, departments: Array<{ id: string, name: string, parentId: string | null }> } };

export type DashboardQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
  metric: KpiMetric;
}>;


export type DashboardQuery = { dashboard: { period: { preset: InsightPeriodPreset, from: string, to: string, start: string, end: string, previousFrom: string, previousTo: string, months: Array<string> }, selection: { everyone: boolean, department: { id: string, name: string, parentId: string | null } | null, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } | null }, brief: { current: { newCustomers: number, newContacts: number, newOpportunities: number, newOpportunityAmount: string, newContracts: number, contractAmount: string, receivables: number, receivableAmount: string, followUps: number, substantiveFollowUps: number }, previous: { newCustomers: number, newContacts: number, newOpportunities: number, newOpportunityAmount: string, newContracts: number, contractAmount: string, receivables: number, receivableAmount: string, followUps: number, substantiveFollowUps: number } }, kpi: { months: Array<string>, figures: Array<{ metric: KpiMetric, target: string | null, actual: string, completion: number | null }>, people: Array<{ person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null }, figures: Array<{ metric: KpiMetric, target: string | null, actual: string, completion: number | null }> }> }, funnel: { stages: Array<{ count: number, amount: string, weightedAmount: string, stage: { id: string, name: string, sort: number, probability: number } }>, categories: Array<{ category: OpportunityCategory, count: number, amount: string, weightedAmount: string }>, open: { count: number, amount: string, weightedAmount: string | null }, won: { count: number, amount: string }, lost: { count: number, amount: string }, conversion: Array<{ reached: number, conversion: number | null, stage: { id: string, name: string, sort: number, probability: number } }> }, trend: Array<{ month: string, contractAmount: string, receivableAmount: string, newCustomers: number, lastYearContractAmount: string, lastYearReceivableAmount: string, lastYearNewCustomers: number }>, ranking: { metric: KpiMetric, people: Array<{ rank: number, value: string, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } }>, departments: Array<{ rank: number, value: string, department: { id: string, name: string } }> } } };

export type InsightSelectionQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
}>;


export type InsightSelectionQuery = { dashboard: { ownerIds: Array<string>, period: { preset: InsightPeriodPreset, from: string, to: string, start: string, end: string, months: Array<string> }, selection: { everyone: boolean, department: { id: string, name: string, parentId: string | null } | null, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } | null } } };

export type MySubmittedApprovalsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  documentType?: ApprovalDocumentType | null | undefined;
}>;


export type MySubmittedApprovalsQuery = { mySubmittedApprovals: { totalCount: number, nodes: Array<{ id: string, documentType: ApprovalDocumentType, status: ApprovalStatus, flowName: string | null, createdAt: string, decidedAt: string | null, contract: { id: string, code: string, title: string, amount: string, customer: { id: string, name: string } | null } | null, receivable: { id: string, code: string, amount: string } | null, ownershipRequest: { id: string, customerCode: string, customerName: string, reason: string, customer: { id: string } | null } | null, steps: Array<{ id: string, position: number, name: string, status: ApprovalStepStatus, approverLabel: string, decidedBy: { id: string, name: string } | null }> }> } };

export type MyDecidedApprovalsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  documentType?: ApprovalDocumentType | null | undefined;
}>;


export type MyDecidedApprovalsQuery = { myDecidedApprovals: { totalCount: number, nodes: Array<{ id: string, documentType: ApprovalDocumentType, position: number, name: string, status: ApprovalStepStatus, comment: string | null, decidedAt: string | null, approval: { id: string, status: ApprovalStatus, submitter: { id: string, name: string } | null } | null, contract: { id: string, code: string, title: string, amount: string, customer: { id: string, name: string } | null } | null, receivable: { id: string, code: string, amount: string } | null, ownershipRequest: { id: string, customerCode: string, customerName: string, reason: string, customer: { id: string } | null } | null }> } };

export type ContactDetailQueryVariables = Exact<{
  id: string;
}>;


export type ContactDetailQuery = { contact: { createdAt: string, id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, customer: { id: string, code: string, name: string, viewerCanEdit: boolean } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> } | null };

export type CustomerFinanceQueryVariables = Exact<{
  customerId: string;
}>;


export type CustomerFinanceQuery = { contracts: { nodes: Array<{ id: string, code: string, title: string, status: ContractStatus, paymentPlans: Array<{ id: string, term: number, amount: string, plannedDate: string, receivedAmount: string }> }> }, receivables: { totalCount: number, nodes: Array<{ id: string, code: string, amount: string, receivedDate: string, status: ReceivableStatus }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdAt: string }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, phone: string | null, email: string | null, address: string | null } };

export type ReceivableRowFieldsFragment = { id: string, code: string, amount: string, receivedDate: string, method: string | null, status: ReceivableStatus, remarks: string | null, createdAt: string, contract: { id: string, code: string, title: string, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null } | null, plan: { id: string, term: number } | null, recordedBy: { id: string, name: string } | null };

export type ReceivablesQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReceivableFilter | null | undefined;
  orderBy?: ReceivableOrder | null | undefined;
}>;


export type ReceivablesQuery = { receivables: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, code: string, amount: string, receivedDate: string, method: string | null, status: ReceivableStatus, remarks: string | null, createdAt: string, contract: { id: string, code: string, title: string, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null } | null, plan: { id: string, term: number } | null, recordedBy: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReceivableDetailQueryVariables = Exact<{
  id: string;
}>;


export type ReceivableDetailQuery = { receivable: { id: string, code: string, amount: string, receivedDate: string, method: string | null, status: ReceivableStatus, remarks: string | null, createdAt: string, plan: { id: string, term: number, amount: string, plannedDate: string } | null, approvals: Array<{ id: string, documentType: ApprovalDocumentType, status: ApprovalStatus, flowName: string | null, createdAt: string, decidedAt: string | null, submitter: { id: string, name: string } | null, steps: Array<{ id: string, position: number, name: string, approverType: ApproverType, approverLabel: string, status: ApprovalStepStatus, comment: string | null, activatedAt: string | null, decidedAt: string | null, decidedBy: { id: string, name: string } | null, approvers: Array<{ id: string, name: string }> }> }>, contract: { id: string, code: string, title: string, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null } | null, recordedBy: { id: string, name: string } | null } | null };

export type ReceivableContractOptionsQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type ReceivableContractOptionsQuery = { contracts: { nodes: Array<{ id: string, code: string, title: string }> } };

export type ReportRowFieldsFragment = { id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> };

export type ReportDetailFieldsFragment = { content: string, viewerCanEdit: boolean, id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }>, comments: Array<{ id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null }>, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> };

export type ReportsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ReportsQuery = { reports: { totalCount: number, nodes: Array<{ id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> }> } };

export type ReceivedReportsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  kind?: ReportKind | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ReceivedReportsQuery = { myReceivedReports: { totalCount: number, nodes: Array<{ id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> }> } };

export type ReportDetailQueryVariables = Exact<{
  id: string;
}>;


export type ReportDetailQuery = { report: { content: string, viewerCanEdit: boolean, id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }>, comments: Array<{ id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null }>, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> } | null };

export type ReportDraftQueryVariables = Exact<{
  kind: ReportKind;
  date?: string | null | undefined;
}>;


export type ReportDraftQuery = { reportDraft: { kind: ReportKind, periodStart: string, periodEnd: string, subject: string, content: string, existingReportId: string | null, leader: { id: string, name: string, username: string } | null, sections: Array<{ section: ReportSection, title: string }>, figures: { from: string, to: string, followUps: number, substantiveFollowUps: number, newCustomers: number, opportunitiesMoved: number, stageChanges: number, newContracts: number, contractAmount: string, receivables: number, receivableAmount: string } | null } };

export type CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;


export type CreateReportMutation = { createReport: { id: string } };

export type UpdateReportMutationVariables = Exact<{
  id: string;
  input: UpdateReportInput;
}>;


export type UpdateReportMutation = { updateReport: { content: string, viewerCanEdit: boolean, id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }>, comments: Array<{ id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null }>, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> } };

export type DeleteReportMutationVariables = Exact<{
  id: string;
}>;


export type DeleteReportMutation = { deleteReport: { ids: Array<string> } };

export type MarkReportReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkReportReadMutation = { markReportRead: { content: string, viewerCanEdit: boolean, id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }>, comments: Array<{ id: string, content: string, createdAt: string, unread: boolean, replyToId: string | null, viewerCanReply: boolean, author: { id: string, name: string, username: string } | null, target: { type: string, id: string, title: string } | null }>, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> } };

export type ScheduleEntryFieldsFragment = { id: string, title: string, description: string | null, startAt: string, endAt: string, allDay: boolean, reminderMinutes: number | null, source: ScheduleSource, followUpId: string | null, viewerCanEdit: boolean, owner: { id: string, name: string, username: string } | null, participants: Array<{ id: string, name: string, username: string }>, related: { type: string, id: string, title: string } | null };

export type ScheduleEntriesQueryVariables = Exact<{
  from: string;
  to: string;
  userId?: string | null | undefined;
}>;


export type ScheduleEntriesQuery = { scheduleEntries: Array<{ id: string, title: string, description: string | null, startAt: string, endAt: string, allDay: boolean, reminderMinutes: number | null, source: ScheduleSource, followUpId: string | null, viewerCanEdit: boolean, owner: { id: string, name: string, username: string } | null, participants: Array<{ id: string, name: string, username: string }>, related: { type: string, id: string, title: string } | null }> };

export type ScheduleEntryQueryVariables = Exact<{
  id: string;
}>;


export type ScheduleEntryQuery = { scheduleEntry: { id: string, title: string, description: string | null, startAt: string, endAt: string, allDay: boolean, reminderMinutes: number | null, source: ScheduleSource, followUpId: string | null, viewerCanEdit: boolean, owner: { id: string, name: string, username: string } | null, participants: Array<{ id: string, name: string, username: string }>, related: { type: string, id: string, title: string } | null } | null };

export type CreateScheduleEntryMutationVariables = Exact<{
  input: CreateScheduleEntryInput;
}>;


export type CreateScheduleEntryMutation = { createScheduleEntry: { id: string, title: string, description: string | null, startAt: string, endAt: string, allDay: boolean, reminderMinutes: number | null, source: ScheduleSource, followUpId: string | null, viewerCanEdit: boolean, owner: { id: string, name: string, username: string } | null, participants: Array<{ id: string, name: string, username: string }>, related: { type: string, id: string, title: string } | null } };

export type UpdateScheduleEntryMutationVariables = Exact<{
  id: string;
  input: UpdateScheduleEntryInput;
}>;


export type UpdateScheduleEntryMutation = { updateScheduleEntry: { id: string, title: string, description: string | null, startAt: string, endAt: string, allDay: boolean, reminderMinutes: number | null, source: ScheduleSource, followUpId: string | null, viewerCanEdit: boolean, owner: { id: string, name: string, username: string } | null, participants: Array<{ id: string, name: string, username: string }>, related: { type: string, id: string, title: string } | null } };

export type DeleteScheduleEntryMutationVariables = Exact<{
  id: string;
}>;


export type DeleteScheduleEntryMutation = { deleteScheduleEntry: { ids: Array<string> } };

export type CadenceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CadenceSettingsQuery = { cadenceSettings: { shortTermFollowUpDays: number, midTermFollowUpDays: number, longTermFollowUpDays: number, paymentPlanReminderDays: number, taskReminderDays: number, followUpReminderMinutes: number } };

export type UpdateCadenceSettingsMutationVariables = Exact<{
  input: UpdateCadenceSettingsInput;
}>;


export type UpdateCadenceSettingsMutation = { updateCadenceSettings: { shortTermFollowUpDays: number, midTermFollowUpDays: number, longTermFollowUpDays: number, paymentPlanReminderDays: number, taskReminderDays: number, followUpReminderMinutes: number } };

export type CreateCustomFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type CreateCustomFieldMutation = { createCustomField: { id: string, key: string } };

export type UpdateCustomFieldMutationVariables = Exact<{
  id: string;
  input: UpdateCustomFieldInput;
}>;


export type UpdateCustomFieldMutation = { updateCustomField: { id: string, label: string, required: boolean, enabled: boolean, sortOrder: number } };

export type ReorderCustomFieldsMutationVariables = Exact<{
  module: string;
  ids: Array<string> | string;
}>;


export type ReorderCustomFieldsMutation = { reorderCustomFields: Array<{ id: string, sortOrder: number }> };

export type AddDictionaryOptionMutationVariables = Exact<{
  input: AddDictionaryOptionInput;
}>;


export type AddDictionaryOptionMutation = { addDictionaryOption: { id: string, name: string, enabled: boolean } };

export type UpdateDictionaryOptionMutationVariables = Exact<{
  id: string;
  input: UpdateDictionaryOptionInput;
}>;


export type UpdateDictionaryOptionMutation = { updateDictionaryOption: { id: string, name: string, enabled: boolean } };

export type ReorderDictionaryOptionsMutationVariables = Exact<{
  input: ReorderDictionaryOptionsInput;
}>;


export type ReorderDictionaryOptionsMutation = { reorderDictionaryOptions: Array<{ id: string, sortOrder: number }> };

export type NumberingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type NumberingRulesQuery = { numberingRules: Array<{ module: string, prefix: string, datePart: NumberingDatePart, resetPeriod: NumberingResetPeriod, sequenceLength: number, nextNumber: string, updatedAt: string | null }> };

export type UpdateNumberingRuleMutationVariables = Exact<{
  module: string;
  input: UpdateNumberingRuleInput;
}>;


export type UpdateNumberingRuleMutation = { updateNumberingRule: { module: string, prefix: string, datePart: NumberingDatePart, resetPeriod: NumberingResetPeriod, sequenceLength: number, nextNumber: string, updatedAt: string | null } };

export type ExportStatisticsMutationVariables = Exact<{
  report: StatisticsReport;
  filter?: InsightFilter | null | undefined;
  basis?: CustomerBasis | null | undefined;
  month?: string | null | undefined;
}>;


export type ExportStatisticsMutation = { exportStatistics: { fileName: string, mimeType: string, contentBase64: string } };

export type ComplianceRulesFieldsFragment = { requiredFields: Array<CustomerFieldKey>, coreDealMonths: number, highGrowthContactDays: number, coreShortDays: number, coreMidDays: number, highGrowthDays: number, minCore: number, minHighGrowth: number, reminderDays: number };

export type ComplianceReportQueryVariables = Exact<{
  filter?: ComplianceFilter | null | undefined;
}>;


export type ComplianceReportQuery = { complianceReport: { rules: { requiredFields: Array<CustomerFieldKey>, coreDealMonths: number, highGrowthContactDays: number, coreShortDays: number, coreMidDays: number, highGrowthDays: number, minCore: number, minHighGrowth: number, reminderDays: number }, totals: { people: number, behind: number, customers: number, core: number, highGrowth: number, overdue: number, dueSoon: number, criteria: number }, people: Array<{ behind: boolean, customers: number, core: number, highGrowth: number, overdue: number, dueSoon: number, criteria: number, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } }>, departments: Array<{ people: number, behind: number, customers: number, core: number, highGrowth: number, overdue: number, dueSoon: number, criteria: number, department: { id: string, name: string } }> } };

export type ComplianceCustomersQueryVariables = Exact<{
  filter?: ComplianceFilter | null | undefined;
  state?: ComplianceState | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ComplianceCustomersQuery = { complianceCustomers: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, level: CustomerLevel, type: CustomerType, rule: FrequencyRule | null, intervalDays: number | null, lastContactAt: string | null, dueAt: string | null, overdueDays: number | null, problems: Array<ComplianceProblem>, missingFields: Array<CustomerFieldKey>, owner: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } | null }> } };

export type ComplianceMonthlyQueryVariables = Exact<{
  month: string;
  filter?: ComplianceFilter | null | undefined;
}>;


export type ComplianceMonthlyQuery = { complianceMonthly: { month: string, rows: Array<{ behind: boolean, customers: number, core: number, highGrowth: number, overdue: number, dueSoon: number, criteria: number, followUps: number, substantive: number, newCustomers: number, contractAmount: string, receivableAmount: string, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } }> } };

export type ComplianceRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceRulesQuery = { complianceRules: { requiredFields: Array<CustomerFieldKey>, coreDealMonths: number, highGrowthContactDays: number, coreShortDays: number, coreMidDays: number, highGrowthDays: number, minCore: number, minHighGrowth: number, reminderDays: number } };

export type UpdateComplianceRulesMutationVariables = Exact<{
  input: UpdateComplianceRulesInput;
}>;


export type UpdateComplianceRulesMutation = { updateComplianceRules: { requiredFields: Array<CustomerFieldKey>, coreDealMonths: number, highGrowthContactDays: number, coreShortDays: number, coreMidDays: number, highGrowthDays: number, minCore: number, minHighGrowth: number, reminderDays: number } };

export type ContractReportQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
}>;


export type ContractReportQuery = { statistics: { contracts: { contracts: number, amount: string, received: string, overdueTotal: string, months: Array<{ month: string, planned: string, received: string }>, overduePlans: Array<{ planId: string, contractId: string, contractCode: string, contractTitle: string, term: number, plannedDate: string, planned: string, received: string, outstanding: string, owner: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } | null }>, byPerson: Array<{ contracts: number, amount: string, received: string, outstanding: string, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } }> } } };

export type CustomerReportQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
  basis?: CustomerBasis | null | undefined;
}>;


export type CustomerReportQuery = { statistics: { customers: { total: number, byLevel: Array<{ key: string | null, count: number }>, byType: Array<{ key: string | null, count: number }>, bySource: Array<{ key: string | null, count: number }>, byIndustry: Array<{ key: string | null, count: number }>, byRegion: Array<{ key: string | null, count: number }>, newByMonth: Array<{ month: string, count: number }> } } };

export type FollowUpReportQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
}>;


export type FollowUpReportQuery = { statistics: { followUps: { total: number, substantive: number, byMethod: Array<{ key: string | null, count: number, extra: number | null }>, byPerson: Array<{ count: number, substantive: number, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } }> } } };

export type OpportunityReportQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
}>;


export type OpportunityReportQuery = { statistics: { opportunities: { created: number, byStage: Array<{ count: number, amount: string | null, stage: { sort: number, name: string } | null }>, byCategory: Array<{ key: string | null, count: number, amount: string | null }>, won: { count: number, amount: string | null }, lost: { count: number, amount: string | null }, lossReasons: Array<{ key: string | null, count: number, amount: string | null }>, monthly: Array<{ month: string, longTerm: number, midTerm: number, shortTerm: number, won: number, lost: number }> } } };

export type ProductReportQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
}>;


export type ProductReportQuery = { statistics: { products: { amount: string, byProduct: Array<{ id: string | null, name: string | null, contracts: number, quantity: string, amount: string }>, byCategory: Array<{ id: string | null, name: string | null, contracts: number, quantity: string, amount: string }> } } };

export type FigureCustomersQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureCustomersQuery = { customers: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, level: CustomerLevel, createdAt: string, owner: { name: string } | null }> } };

export type FigureContactsQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureContactsQuery = { contacts: { totalCount: number, nodes: Array<{ id: string, name: string, position: string | null, createdAt: string, customer: { id: string, name: string } | null, owner: { name: string } | null }> } };

export type FigureOpportunitiesQueryVariables = Exact<{
  filter?: OpportunityFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureOpportunitiesQuery = { opportunities: { totalCount: number, nodes: Array<{ id: string, name: string, amount: string, category: OpportunityCategory, createdAt: string, customer: { id: string, name: string } | null, owner: { name: string } | null }> } };

export type FigureContractsQueryVariables = Exact<{
  filter?: ContractFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureContractsQuery = { contracts: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, amount: string, signDate: string | null, customer: { id: string, name: string } | null, owner: { name: string } | null }> } };

export type FigureReceivablesQueryVariables = Exact<{
  filter?: ReceivableFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureReceivablesQuery = { receivables: { totalCount: number, nodes: Array<{ id: string, code: string, amount: string, receivedDate: string, contract: { id: string, code: string, title: string } | null }> } };

export type FigureFollowUpsQueryVariables = Exact<{
  filter?: FollowUpFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureFollowUpsQuery = { followUps: { totalCount: number, nodes: Array<{ id: string, subject: string, result: string, substantive: boolean, occurredAt: string, author: { name: string } | null, parent: { type: string, id: string, title: string } | null }> } };

export type TargetSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetSubjectsQuery = { targetSubjects: { departments: Array<{ id: string, name: string, parentId: string | null }>, people: Array<{ id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null }> }, me: { user: { id: string, name: string, departmentId: string } } };

export type KpiTargetsQueryVariables = Exact<{
  type: KpiSubject;
  id: string;
  year: number;
}>;


export type KpiTargetsQuery = { kpiTargets: { subjectName: string, editable: boolean, own: Array<{ month: string, metric: KpiMetric, value: string | null }>, effective: Array<{ month: string, metric: KpiMetric, value: string | null }> } };

export type SetKpiTargetsMutationVariables = Exact<{
  input: SetKpiTargetsInput;
}>;


export type SetKpiTargetsMutation = { setKpiTargets: { subjectName: string } };

export type SupervisedPersonFieldsFragment = { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null };

export type SupervisionScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionScopeQuery = { supervisionScope: { supervisesOthers: boolean, people: Array<{ id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null }>, departments: Array<{ id: string, name: string, parentId: string | null }> } };

export type SupervisionOverviewQueryVariables = Exact<{
  filter?: SupervisionFilter | null | undefined;
  orderBy?: PersonActivityOrder | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SupervisionOverviewQuery = { supervisionOverview: { totalCount: number, totals: { followUps: number, substantiveFollowUps: number, openTasks: number, overdueTasks: number, reports: number }, nodes: Array<{ followUps: number, substantiveFollowUps: number, openTasks: number, overdueTasks: number, reports: number, lastFollowUpAt: string | null, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null } }> } };

export type SupervisedFollowUpsQueryVariables = Exact<{
  filter?: SupervisedFollowUpFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SupervisedFollowUpsQuery = { supervisedFollowUps: { totalCount: number, nodes: Array<{ id: string, parentType: string, parentId: string, subject: string, method: string, participants: string | null, objective: string, result: string, nextStep: string | null, occurredAt: string, nextContactAt: string | null, substantive: boolean, createdAt: string, viewerCanEdit: boolean, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, parent: { type: string, id: string, title: string } | null, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }> }> } };

export type SupervisedTasksQueryVariables = Exact<{
  filter?: SupervisedTaskFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SupervisedTasksQuery = { supervisedTasks: { totalCount: number, nodes: Array<{ id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null }> } };

export type SupervisedReportsQueryVariables = Exact<{
  filter?: SupervisedReportFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SupervisedReportsQuery = { supervisedReports: { totalCount: number, nodes: Array<{ id: string, kind: ReportKind, subject: string, periodStart: string, periodEnd: string, createdAt: string, unread: boolean, readCount: number, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, recipients: Array<{ readAt: string | null, user: { id: string, name: string, username: string } | null }> }> } };

export type PersonNowQueryVariables = Exact<{
  userId: string;
}>;


export type PersonNowQuery = { personNow: { lastLoginAt: string | null, openTaskCount: number, overdueTaskCount: number, person: { id: string, username: string, name: string, status: UserStatus, departmentId: string, departmentName: string | null }, todaySchedule: Array<{ id: string, title: string, startAt: string, endAt: string, allDay: boolean }>, openTasks: Array<{ id: string, title: string, dueAt: string | null, overdue: boolean, priority: TaskPriority }>, latestFollowUps: Array<{ id: string, parentType: string, parentId: string, subject: string, method: string, participants: string | null, objective: string, result: string, nextStep: string | null, occurredAt: string, nextContactAt: string | null, substantive: boolean, createdAt: string, viewerCanEdit: boolean, commentCount: number, unreadCommentCount: number, author: { id: string, name: string, username: string } | null, parent: { type: string, id: string, title: string } | null, attachments: Array<{ id: string, fileName: string, size: number, mimeType: string, url: string }> }>, latestReports: Array<{ id: string, kind: ReportKind, subject: string, createdAt: string }> } };

export type TaskOpportunityOptionsQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type TaskOpportunityOptionsQuery = { opportunities: { nodes: Array<{ id: string, name: string }> } };

export type TaskFieldsFragment = { id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: { inboxCount: number, todayCount: number, nextCount: number, futureCount: number, inbox: Array<{ id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null }>, today: Array<{ id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null }>, next: Array<{ id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null }>, future: Array<{ id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null }> } };

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  orderBy?: TaskOrder | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, nodes: Array<{ id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null }> } };

export type TaskQueryVariables = Exact<{
  id: string;
}>;


export type TaskQuery = { task: { id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null } | null };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null } };

export type UpdateTaskMutationVariables = Exact<{
  id: string;
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null } };

export type SetTaskStatusMutationVariables = Exact<{
  id: string;
  status: TaskStatus;
}>;


export type SetTaskStatusMutation = { setTaskStatus: { id: string, title: string, description: string | null, dueAt: string | null, priority: TaskPriority, status: TaskStatus, overdue: boolean, completedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, relatedType: string | null, relatedId: string | null, assignee: { id: string, name: string, username: string } | null, createdBy: { id: string, name: string, username: string } | null, related: { type: string, id: string, title: string } | null } };

export type DeleteTasksMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteTasksMutation = { deleteTasks: { ids: Array<string> } };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string } };

export type AdminDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDepartmentsQuery = { departments: Array<{ id: string, name: string, parentId: string | null, enabled: boolean, sortOrder: number, headId: string | null, head: { id: string, name: string } | null }> };

export type PositionsQueryVariables = Exact<{
  departmentId: string;
}>;


export type PositionsQuery = { positions: Array<{ id: string, name: string, departmentId: string }> };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string } };

export type UpdateDepartmentMutationVariables = Exact<{
  id: string;
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { id: string } };

export type DisableDepartmentMutationVariables = Exact<{
  id: string;
}>;


export type DisableDepartmentMutation = { disableDepartment: { id: string, enabled: boolean } };

export type EnableDepartmentMutationVariables = Exact<{
  id: string;
}>;


export type EnableDepartmentMutation = { enableDepartment: { id: string, enabled: boolean } };

export type CreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionMutation = { createPosition: { id: string } };

export type UpdatePositionMutationVariables = Exact<{
  id: string;
  input: UpdatePositionInput;
}>;


export type UpdatePositionMutation = { updatePosition: { id: string } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, name: string, status: UserStatus, mustChangePassword: boolean, phone: string | null, email: string | null, address: string | null, lastLoginAt: string | null, createdAt: string, departmentId: string, positionId: string | null, viewerCanAdminister: boolean, viewerCanResetPassword: boolean, department: { id: string, name: string } | null, position: { id: string, name: string } | null, roles: Array<{ id: string, name: string }> }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string } };

export type EnableUserMutationVariables = Exact<{
  id: string;
}>;


export type EnableUserMutation = { enableUser: { id: string, status: UserStatus } };

export type ResetPasswordMutationVariables = Exact<{
  id: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: { id: string } };

export type RolesQueryVariables = Exact<{
  assignable?: boolean | null | undefined;
}>;


export type RolesQuery = { roles: Array<{ id: string, name: string, code: string | null, description: string | null, builtin: boolean, permissions: Array<string>, viewerCanEdit: boolean, defaultScope: { read: ScopeLevel, write: ScopeLevel, transfer: ScopeLevel }, moduleScopes: Array<{ module: string, read: ScopeLevel, write: ScopeLevel, transfer: ScopeLevel }>, customDepartments: Array<{ departmentId: string, includeChildren: boolean, department: { id: string, name: string } | null }>, fieldPermissions: Array<{ module: string, field: string, mode: FieldMode }> }> };

export type PermissionCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionCatalogQuery = { permissionCatalog: { modules: Array<string>, scopeLevels: Array<ScopeLevel>, groups: Array<{ name: string, permissions: Array<string> }>, fieldModules: Array<{ module: string, label: string, labelEn: string, fields: Array<{ key: string, label: string, labelEn: string, mask: string }> }> } };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string } };

export type UpdateRoleMutationVariables = Exact<{
  id: string;
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string } };

export type AuditLogsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogsQuery = { auditLogs: { totalCount: number, nodes: Array<{ id: string, action: string, entityType: string, entityId: string | null, changes: string | null, ip: string | null, createdAt: string, actor: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }> } };

export type LoginLogsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: LoginLogFilter | null | undefined;
}>;


export type LoginLogsQuery = { loginLogs: { totalCount: number, nodes: Array<{ id: string, username: string, userId: string | null, success: boolean, reason: string | null, ip: string | null, userAgent: string | null, createdAt: string }> } };

export type ContractRowFieldsFragment = { id: string, code: string, title: string, status: ContractStatus, amount: string, receivedAmount: string, outstandingAmount: string, signDate: string | null, customerId: string, updatedAt: string, viewerCanDelete: boolean, viewerCanTransfer: boolean, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> };

export type ApprovalRunFieldsFragment = { id: string, documentType: ApprovalDocumentType, status: ApprovalStatus, flowName: string | null, createdAt: string, decidedAt: string | null, submitter: { id: string, name: string } | null, steps: Array<{ id: string, position: number, name: string, approverType: ApproverType, approverLabel: string, status: ApprovalStepStatus, comment: string | null, activatedAt: string | null, decidedAt: string | null, decidedBy: { id: string, name: string } | null, approvers: Array<{ id: string, name: string }> }> };

export type ContractsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ContractFilter | null | undefined;
  orderBy?: ContractOrder | null | undefined;
}>;


export type ContractsQuery = { contracts: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, code: string, title: string, status: ContractStatus, amount: string, receivedAmount: string, outstandingAmount: string, signDate: string | null, customerId: string, updatedAt: string, viewerCanDelete: boolean, viewerCanTransfer: boolean, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ContractDetailQueryVariables = Exact<{
  id: string;
}>;


export type ContractDetailQuery = { contract: { opportunityId: string | null, startDate: string | null, endDate: string | null, remarks: string | null, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, voidedAt: string | null, voidReason: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanSubmit: boolean, viewerCanVoid: boolean, viewerCanRecordReceivable: boolean, viewerCanEditPlans: boolean, id: string, code: string, title: string, status: ContractStatus, amount: string, receivedAmount: string, outstandingAmount: string, signDate: string | null, customerId: string, updatedAt: string, viewerCanDelete: boolean, viewerCanTransfer: boolean, opportunity: { id: string, name: string } | null, createdBy: { id: string, name: string } | null, lines: Array<{ id: string, productId: string, productName: string, model: string | null, unit: string | null, quantity: string, unitPrice: string, amount: string }>, paymentPlans: Array<{ id: string, term: number, amount: string, plannedDate: string, method: string | null, reminderDays: number | null, remarks: string | null, receivedAmount: string }>, receivables: Array<{ id: string, code: string, amount: string, receivedDate: string, method: string | null, status: ReceivableStatus, remarks: string | null, planId: string | null, createdAt: string, recordedBy: { id: string, name: string } | null, approvals: Array<{ id: string, documentType: ApprovalDocumentType, status: ApprovalStatus, flowName: string | null, createdAt: string, decidedAt: string | null, submitter: { id: string, name: string } | null, steps: Array<{ id: string, position: number, name: string, approverType: ApproverType, approverLabel: string, status: ApprovalStepStatus, comment: string | null, activatedAt: string | null, decidedAt: string | null, decidedBy: { id: string, name: string } | null, approvers: Array<{ id: string, name: string }> }> }> }>, approvals: Array<{ id: string, documentType: ApprovalDocumentType, status: ApprovalStatus, flowName: string | null, createdAt: string, decidedAt: string | null, submitter: { id: string, name: string } | null, steps: Array<{ id: string, position: number, name: string, approverType: ApproverType, approverLabel: string, status: ApprovalStepStatus, comment: string | null, activatedAt: string | null, decidedAt: string | null, decidedBy: { id: string, name: string } | null, approvers: Array<{ id: string, name: string }> }> }>, history: Array<{ id: string, action: string, entityType: string, entityId: string | null, changes: string | null, createdAt: string, actor: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }>, customFields: Array<{ key: string, values: Array<string>, display: string | null }>, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null } | null };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { id: string, code: string } };

export type UpdateContractMutationVariables = Exact<{
  id: string;
  input: UpdateContractInput;
}>;


export type UpdateContractMutation = { updateContract: { id: string } };

export type DeleteContractsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteContractsMutation = { deleteContracts: { ids: Array<string> } };

export type SubmitContractMutationVariables = Exact<{
  id: string;
}>;


export type SubmitContractMutation = { submitContract: { id: string, status: ContractStatus } };

export type VoidContractMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type VoidContractMutation = { voidContract: { id: string, status: ContractStatus } };

export type TransferContractsMutationVariables = Exact<{
  input: TransferContractsInput;
}>;


export type TransferContractsMutation = { transferContracts: Array<{ id: string }> };

export type CreatePaymentPlanMutationVariables = Exact<{
  input: CreatePaymentPlanInput;
}>;


export type CreatePaymentPlanMutation = { createPaymentPlan: { id: string } };

export type UpdatePaymentPlanMutationVariables = Exact<{
  id: string;
  input: UpdatePaymentPlanInput;
}>;


export type UpdatePaymentPlanMutation = { updatePaymentPlan: { id: string } };

export type DeletePaymentPlanMutationVariables = Exact<{
  id: string;
}>;


export type DeletePaymentPlanMutation = { deletePaymentPlan: string };

export type CreateReceivableMutationVariables = Exact<{
  input: CreateReceivableInput;
}>;


export type CreateReceivableMutation = { createReceivable: { id: string, code: string, status: ReceivableStatus } };

export type DeleteReceivablesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteReceivablesMutation = { deleteReceivables: { ids: Array<string> } };

export type ContractCustomerOptionsQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type ContractCustomerOptionsQuery = { customers: { nodes: Array<{ id: string, code: string, name: string }> } };

export type MyPendingApprovalsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type MyPendingApprovalsQuery = { myPendingApprovals: { totalCount: number, nodes: Array<{ id: string, documentType: ApprovalDocumentType, position: number, name: string, activatedAt: string | null, approval: { id: string, createdAt: string, submitter: { id: string, name: string } | null, steps: Array<{ id: string }> } | null, contract: { id: string, code: string, title: string, amount: string, status: ContractStatus, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null } | null, receivable: { id: string, code: string, amount: string, receivedDate: string, method: string | null } | null, ownershipRequest: { id: string, customerCode: string, customerName: string, ownerName: string | null, departmentName: string | null, reason: string, withContacts: boolean, withOpportunities: boolean, withContracts: boolean } | null }> } };

export type MyPendingApprovalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPendingApprovalCountQuery = { myPendingApprovalCount: number };

export type ApproveApprovalMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ApproveApprovalMutation = { approveApproval: { id: string, status: ApprovalStepStatus } };

export type RejectApprovalMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type RejectApprovalMutation = { rejectApproval: { id: string, status: ApprovalStepStatus } };

export type ApprovalFlowsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalFlowsQuery = { approvalFlows: Array<{ id: string | null, documentType: ApprovalDocumentType, name: string, enabled: boolean, version: number, updatedAt: string | null, fallbackUserId: string | null, updatedBy: { id: string, name: string } | null, steps: Array<{ position: number, name: string, approverType: ApproverType, roleId: string | null, userId: string | null, roleName: string | null, user: { id: string, name: string } | null }>, fallbackUser: { id: string, name: string } | null, warnings: Array<{ position: number, stepName: string, reason: ApprovalFlowWarningReason, covered: boolean }> }>, approvalRoleOptions: Array<{ id: string, name: string }> };

export type ApprovalUserOptionsQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type ApprovalUserOptionsQuery = { approvalUserOptions: Array<{ id: string, name: string, username: string }> };

export type SaveApprovalFlowMutationVariables = Exact<{
  input: SaveApprovalFlowInput;
}>;


export type SaveApprovalFlowMutation = { saveApprovalFlow: { id: string | null, version: number } };

export type ContractProductOptionsQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type ContractProductOptionsQuery = { products: { nodes: Array<{ id: string, name: string, model: string | null, unit: string | null, price: string }> } };

export type ContractOpportunityOptionsQueryVariables = Exact<{
  customerId?: string | null | undefined;
}>;


export type ContractOpportunityOptionsQuery = { opportunities: { nodes: Array<{ id: string, name: string, category: OpportunityCategory }> } };

export type CustomerRowFieldsFragment = { id: string, code: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, contactName: string | null, mobile: string | null, dealStatus: DealStatus, locked: boolean, lastFollowUpAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> };

export type ContactFieldsFragment = { id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, code: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, contactName: string | null, mobile: string | null, dealStatus: DealStatus, locked: boolean, lastFollowUpAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerDetailQueryVariables = Exact<{
  id: string;
}>;


export type CustomerDetailQuery = { customer: { address: string | null, postcode: string | null, profile: string | null, contactPosition: string | null, phone: string | null, email: string | null, website: string | null, remarks: string | null, nextFollowUpAt: string | null, id: string, code: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, contactName: string | null, mobile: string | null, dealStatus: DealStatus, locked: boolean, lastFollowUpAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, createdBy: { id: string, name: string } | null, contacts: Array<{ id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, team: Array<{ userId: string, canEdit: boolean, createdAt: string, user: { id: string, name: string, username: string } | null }>, history: Array<{ id: string, action: string, entityType: string, entityId: string | null, changes: string | null, createdAt: string, actor: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }>, sourceLeads: Array<{ id: string, name: string }>, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> } | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { id: string, code: string } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { id: string } };

export type DeleteCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteCustomersMutation = { deleteCustomers: { ids: Array<string> } };

export type RestoreCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RestoreCustomersMutation = { restoreCustomers: Array<{ id: string }> };

export type LockCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type LockCustomersMutation = { lockCustomers: Array<{ id: string, locked: boolean }> };

export type UnlockCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type UnlockCustomersMutation = { unlockCustomers: Array<{ id: string, locked: boolean }> };

export type TransferCustomersMutationVariables = Exact<{
  input: TransferCustomersInput;
}>;


export type TransferCustomersMutation = { transferCustomers: Array<{ id: string, owner: { id: string, name: string } | null }> };

export type SetTeamMemberMutationVariables = Exact<{
  customerId: string;
  userId: string;
  canEdit: boolean;
}>;


export type SetTeamMemberMutation = { setCustomerTeamMember: { userId: string, canEdit: boolean } };

export type RemoveTeamMemberMutationVariables = Exact<{
  customerId: string;
  userId: string;
}>;


export type RemoveTeamMemberMutation = { removeCustomerTeamMember: boolean };

export type ContactsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ContactFilter | null | undefined;
}>;


export type ContactsQuery = { contacts: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { createContact: { id: string } };

export type UpdateContactMutationVariables = Exact<{
  id: string;
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { id: string } };

export type DeleteContactsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteContactsMutation = { deleteContacts: { ids: Array<string> } };

export type DuplicateCustomersQueryVariables = Exact<{
  input: DuplicateSearchInput;
}>;


export type DuplicateCustomersQuery = { duplicateCustomers: Array<{ code: string, name: string, ownerName: string | null, departmentName: string | null, matchedBy: Array<DuplicateMatch>, viewerIsOwner: boolean }> };

export type RequestOwnershipMutationVariables = Exact<{
  input: RequestOwnershipInput;
}>;


export type RequestOwnershipMutation = { requestOwnership: { id: string, status: string, customerCode: string } };

export type MergeCandidateQueryVariables = Exact<{
  id: string;
}>;


export type MergeCandidateQuery = { customer: { id: string, code: string, createdAt: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, address: string | null, postcode: string | null, profile: string | null, contactName: string | null, contactPosition: string | null, mobile: string | null, phone: string | null, email: string | null, website: string | null, remarks: string | null, owner: { id: string, name: string } | null } | null };

export type MergeCustomersMutationVariables = Exact<{
  input: MergeCustomersInput;
}>;


export type MergeCustomersMutation = { mergeCustomers: { mergedIds: Array<string>, kept: { id: string, code: string, name: string } } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, parentId: string | null, enabled: boolean, sortOrder: number, headId: string | null }> };

export type ExportLinkFieldsFragment = { url: string, fileName: string, count: number };

export type ExportCustomersLinkMutationVariables = Exact<{
  input: ExportCustomersInput;
}>;


export type ExportCustomersLinkMutation = { exportCustomersLink: { url: string, fileName: string, count: number } };

export type ExportContactsLinkMutationVariables = Exact<{
  input: ExportContactsInput;
}>;


export type ExportContactsLinkMutation = { exportContactsLink: { url: string, fileName: string, count: number } };

export type ExportOpportunitiesLinkMutationVariables = Exact<{
  input: ExportOpportunitiesInput;
}>;


export type ExportOpportunitiesLinkMutation = { exportOpportunitiesLink: { url: string, fileName: string, count: number } };

export type ExportContractsLinkMutationVariables = Exact<{
  input: ExportContractsInput;
}>;


export type ExportContractsLinkMutation = { exportContractsLink: { url: string, fileName: string, count: number } };

export type ExportReceivablesLinkMutationVariables = Exact<{
  input: ExportReceivablesInput;
}>;


export type ExportReceivablesLinkMutation = { exportReceivablesLink: { url: string, fileName: string, count: number } };

export type ExportFollowUpsLinkMutationVariables = Exact<{
  input: ExportFollowUpsInput;
}>;


export type ExportFollowUpsLinkMutation = { exportFollowUpsLink: { url: string, fileName: string, count: number } };

export type DataImportFieldsFragment = { id: string, module: ImportModule, status: ImportStatus, fileName: string, fileFormat: string, totalRows: number | null, processedRows: number, progress: number, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, warningCount: number, failure: string | null, createdAt: string, validatedAt: string | null, finishedAt: string | null, headers: Array<string>, mapping: Array<string | null>, viewerCanUndo: boolean, problemFileUrl: string | null, options: { owner: ImportOwnerChoice, ownerId: string | null, duplicates: ImportDuplicates, allOrNothing: boolean }, fields: Array<{ key: string, label: string, required: boolean, hint: string | null, choices: Array<string> }>, createdBy: { id: string, name: string } };

export type DataImportQueryVariables = Exact<{
  id: string;
}>;


export type DataImportQuery = { dataImport: { id: string, module: ImportModule, status: ImportStatus, fileName: string, fileFormat: string, totalRows: number | null, processedRows: number, progress: number, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, warningCount: number, failure: string | null, createdAt: string, validatedAt: string | null, finishedAt: string | null, headers: Array<string>, mapping: Array<string | null>, viewerCanUndo: boolean, problemFileUrl: string | null, options: { owner: ImportOwnerChoice, ownerId: string | null, duplicates: ImportDuplicates, allOrNothing: boolean }, fields: Array<{ key: string, label: string, required: boolean, hint: string | null, choices: Array<string> }>, createdBy: { id: string, name: string } } | null };

export type DataImportProblemsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  kind?: ImportProblemKind | null | undefined;
}>;


export type DataImportProblemsQuery = { dataImport: { id: string, problems: { totalCount: number, nodes: Array<{ rowNumber: number, kind: ImportProblemKind, cells: Array<string>, messages: Array<{ column: string | null, message: string }> }> } } | null };

export type DataImportsQueryVariables = Exact<{
  module?: ImportModule | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DataImportsQuery = { dataImports: { totalCount: number, nodes: Array<{ id: string, module: ImportModule, status: ImportStatus, fileName: string, createdAt: string, finishedAt: string | null, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, problemFileUrl: string | null, viewerCanUndo: boolean, createdBy: { id: string, name: string } }> } };

export type StartDataImportMutationVariables = Exact<{
  id: string;
  input: StartDataImportInput;
}>;


export type StartDataImportMutation = { startDataImport: { id: string, module: ImportModule, status: ImportStatus, fileName: string, fileFormat: string, totalRows: number | null, processedRows: number, progress: number, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, warningCount: number, failure: string | null, createdAt: string, validatedAt: string | null, finishedAt: string | null, headers: Array<string>, mapping: Array<string | null>, viewerCanUndo: boolean, problemFileUrl: string | null, options: { owner: ImportOwnerChoice, ownerId: string | null, duplicates: ImportDuplicates, allOrNothing: boolean }, fields: Array<{ key: string, label: string, required: boolean, hint: string | null, choices: Array<string> }>, createdBy: { id: string, name: string } } };

export type CommitDataImportMutationVariables = Exact<{
  id: string;
}>;


export type CommitDataImportMutation = { commitDataImport: { id: string, module: ImportModule, status: ImportStatus, fileName: string, fileFormat: string, totalRows: number | null, processedRows: number, progress: number, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, warningCount: number, failure: string | null, createdAt: string, validatedAt: string | null, finishedAt: string | null, headers: Array<string>, mapping: Array<string | null>, viewerCanUndo: boolean, problemFileUrl: string | null, options: { owner: ImportOwnerChoice, ownerId: string | null, duplicates: ImportDuplicates, allOrNothing: boolean }, fields: Array<{ key: string, label: string, required: boolean, hint: string | null, choices: Array<string> }>, createdBy: { id: string, name: string } } };

export type CancelDataImportMutationVariables = Exact<{
  id: string;
}>;


export type CancelDataImportMutation = { cancelDataImport: { id: string, module: ImportModule, status: ImportStatus, fileName: string, fileFormat: string, totalRows: number | null, processedRows: number, progress: number, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, warningCount: number, failure: string | null, createdAt: string, validatedAt: string | null, finishedAt: string | null, headers: Array<string>, mapping: Array<string | null>, viewerCanUndo: boolean, problemFileUrl: string | null, options: { owner: ImportOwnerChoice, ownerId: string | null, duplicates: ImportDuplicates, allOrNothing: boolean }, fields: Array<{ key: string, label: string, required: boolean, hint: string | null, choices: Array<string> }>, createdBy: { id: string, name: string } } };

export type UndoDataImportMutationVariables = Exact<{
  id: string;
}>;


export type UndoDataImportMutation = { undoDataImport: { id: string, module: ImportModule, status: ImportStatus, fileName: string, fileFormat: string, totalRows: number | null, processedRows: number, progress: number, createdCount: number, updatedCount: number, duplicateCount: number, errorCount: number, warningCount: number, failure: string | null, createdAt: string, validatedAt: string | null, finishedAt: string | null, headers: Array<string>, mapping: Array<string | null>, viewerCanUndo: boolean, problemFileUrl: string | null, options: { owner: ImportOwnerChoice, ownerId: string | null, duplicates: ImportDuplicates, allOrNothing: boolean }, fields: Array<{ key: string, label: string, required: boolean, hint: string | null, choices: Array<string> }>, createdBy: { id: string, name: string } } };

export type LeadRowFieldsFragment = { id: string, name: string, company: string | null, mobile: string | null, phone: string | null, email: string | null, source: string | null, status: LeadStatus, nextContactAt: string | null, convertedAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, owner: { id: string, name: string } | null, customer: { id: string, code: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> };

export type LeadsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, name: string, company: string | null, mobile: string | null, phone: string | null, email: string | null, source: string | null, status: LeadStatus, nextContactAt: string | null, convertedAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, owner: { id: string, name: string } | null, customer: { id: string, code: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LeadDetailQueryVariables = Exact<{
  id: string;
}>;


export type LeadDetailQuery = { lead: { address: string | null, remarks: string | null, id: string, name: string, company: string | null, mobile: string | null, phone: string | null, email: string | null, source: string | null, status: LeadStatus, nextContactAt: string | null, convertedAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, createdBy: { id: string, name: string } | null, history: Array<{ id: string, action: string, changes: string | null, createdAt: string, actor: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }>, owner: { id: string, name: string } | null, customer: { id: string, code: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> } | null };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, name: string } };

export type UpdateLeadMutationVariables = Exact<{
  id: string;
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string } };

export type DeleteLeadsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteLeadsMutation = { deleteLeads: { ids: Array<string> } };

export type RestoreLeadsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RestoreLeadsMutation = { restoreLeads: Array<{ id: string }> };

export type TransferLeadsMutationVariables = Exact<{
  input: TransferLeadsInput;
}>;


export type TransferLeadsMutation = { transferLeads: Array<{ id: string, owner: { id: string, name: string } | null }> };

export type ConvertLeadsMutationVariables = Exact<{
  input: ConvertLeadsInput;
}>;


export type ConvertLeadsMutation = { convertLeads: Array<{ id: string, status: LeadStatus, customer: { id: string, code: string, name: string } | null }> };

export type ExportLeadsLinkMutationVariables = Exact<{
  input: ExportLeadsInput;
}>;


export type ExportLeadsLinkMutation = { exportLeadsLink: { url: string, fileName: string, count: number } };

export type OffboardingCountsFieldsFragment = { customers: number, contacts: number, opportunities: number, contracts: number, leads: number, openTasks: number, total: number };

export type OffboardingPreviewQueryVariables = Exact<{
  userId: string;
}>;


export type OffboardingPreviewQuery = { offboardingPreview: { user: { id: string, name: string, status: UserStatus }, records: { customers: number, contacts: number, opportunities: number, contracts: number, leads: number, openTasks: number, total: number } } };

export type OffboardUserMutationVariables = Exact<{
  input: OffboardUserInput;
}>;


export type OffboardUserMutation = { offboardUser: { customersReleased: number, user: { id: string, name: string, status: UserStatus }, successor: { id: string, name: string } | null, transferred: { customers: number, contacts: number, opportunities: number, contracts: number, leads: number, openTasks: number, total: number }, kept: { customers: number, contacts: number, opportunities: number, contracts: number, leads: number, openTasks: number, total: number } } };

export type StageFieldsFragment = { id: string, name: string, probability: number, sort: number, enabled: boolean };

export type OpportunityRowFieldsFragment = { id: string, name: string, amount: string, category: OpportunityCategory, expectedCloseDate: string, followUpDueAt: string | null, updatedAt: string, createdAt: string, deletedAt: string | null, probability: number, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> };

export type OpportunityStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunityStagesQuery = { opportunityStages: Array<{ id: string, name: string, probability: number, sort: number, enabled: boolean }> };

export type OpportunitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OpportunityFilter | null | undefined;
  orderBy?: OpportunityOrder | null | undefined;
}>;


export type OpportunitiesQuery = { opportunities: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, name: string, amount: string, category: OpportunityCategory, expectedCloseDate: string, followUpDueAt: string | null, updatedAt: string, createdAt: string, deletedAt: string | null, probability: number, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpportunityDetailQueryVariables = Exact<{
  id: string;
}>;


export type OpportunityDetailQuery = { opportunity: { customerId: string, partnerCustomerId: string | null, intentCategory: string | null, purchaseReason: string | null, purchaseForm: string | null, budget: string | null, requirements: string | null, executionTime: string | null, competitors: string | null, lostReason: string | null, closedAt: string | null, lastProgressAt: string | null, id: string, name: string, amount: string, category: OpportunityCategory, expectedCloseDate: string, followUpDueAt: string | null, updatedAt: string, createdAt: string, deletedAt: string | null, probability: number, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, partnerCustomer: { id: string, name: string } | null, createdBy: { id: string, name: string } | null, products: Array<{ productId: string, productName: string, model: string | null, unit: string | null, quantity: string, unitPrice: string, amount: string }>, contacts: Array<{ id: string, name: string, position: string | null, mobile: string | null }>, progress: Array<{ id: string, content: string, nextPlan: string | null, countsAsContact: boolean, createdAt: string, author: { id: string, name: string } | null, stage: { sort: number, name: string } | null }>, history: Array<{ id: string, action: string, changes: string | null, createdAt: string, actor: { id: string, name: string } | null, people: Array<{ id: string, name: string }> }>, customFields: Array<{ key: string, values: Array<string>, display: string | null }>, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null } | null };

export type OpportunityBoardQueryVariables = Exact<{
  filter?: OpportunityFilter | null | undefined;
  cards?: number | null | undefined;
}>;


export type OpportunityBoardQuery = { opportunityBoard: { totalCount: number, totalAmount: string, columns: Array<{ count: number, amount: string, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, cards: Array<{ id: string, name: string, amount: string, category: OpportunityCategory, expectedCloseDate: string, followUpDueAt: string | null, updatedAt: string, createdAt: string, deletedAt: string | null, probability: number, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }> }> } };

export type DueOpportunitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DueOpportunitiesQuery = { opportunitiesDueForFollowUp: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, name: string, amount: string, category: OpportunityCategory, expectedCloseDate: string, followUpDueAt: string | null, updatedAt: string, createdAt: string, deletedAt: string | null, probability: number, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type CreateOpportunityMutation = { createOpportunity: { id: string } };

export type UpdateOpportunityMutationVariables = Exact<{
  id: string;
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityMutation = { updateOpportunity: { id: string } };

export type UpdateOpportunityCategoryMutationVariables = Exact<{
  id: string;
  input: UpdateOpportunityCategoryInput;
}>;


export type UpdateOpportunityCategoryMutation = { updateOpportunityCategory: { id: string } };

export type DeleteOpportunitiesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteOpportunitiesMutation = { deleteOpportunities: { ids: Array<string> } };

export type RestoreOpportunitiesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RestoreOpportunitiesMutation = { restoreOpportunities: Array<{ id: string }> };

export type TransferOpportunitiesMutationVariables = Exact<{
  input: TransferOpportunitiesInput;
}>;


export type TransferOpportunitiesMutation = { transferOpportunities: Array<{ id: string, owner: { id: string, name: string } | null }> };

export type AddOpportunityProgressMutationVariables = Exact<{
  input: AddOpportunityProgressInput;
}>;


export type AddOpportunityProgressMutation = { addOpportunityProgress: { id: string } };

export type OpportunityCustomerChoicesQueryVariables = Exact<{
  keyword?: string | null | undefined;
  type?: CustomerType | null | undefined;
  inPool?: boolean | null | undefined;
}>;


export type OpportunityCustomerChoicesQuery = { customers: { nodes: Array<{ id: string, code: string, name: string }> } };

export type OpportunityCustomerContactsQueryVariables = Exact<{
  id: string;
}>;


export type OpportunityCustomerContactsQuery = { customer: { id: string, contacts: Array<{ id: string, name: string, position: string | null }> } | null };

export type CustomerOpportunitiesQueryVariables = Exact<{
  id: string;
}>;


export type CustomerOpportunitiesQuery = { customer: { id: string, opportunities: Array<{ id: string, name: string, amount: string, category: OpportunityCategory, expectedCloseDate: string, followUpDueAt: string | null, updatedAt: string, createdAt: string, deletedAt: string | null, probability: number, viewerCanEdit: boolean, viewerCanManage: boolean, viewerCanTransfer: boolean, stage: { id: string, name: string, probability: number, sort: number, enabled: boolean }, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, customFields: Array<{ key: string, values: Array<string>, display: string | null }> }> } | null };

export type CreateOpportunityStageMutationVariables = Exact<{
  input: OpportunityStageInput;
}>;


export type CreateOpportunityStageMutation = { createOpportunityStage: { id: string } };

export type UpdateOpportunityStageMutationVariables = Exact<{
  id: string;
  input: OpportunityStageInput;
}>;


export type UpdateOpportunityStageMutation = { updateOpportunityStage: { id: string } };

export type ProductRowFieldsFragment = { id: string, name: string, model: string | null, unit: string | null, price: string, status: ProductStatus, categoryId: string | null, description: string | null, deletedAt: string | null, updatedAt: string, category: { id: string, name: string } | null };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, name: string, model: string | null, unit: string | null, price: string, status: ProductStatus, categoryId: string | null, description: string | null, deletedAt: string | null, updatedAt: string, category: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProductCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductCategoriesQuery = { productCategories: Array<{ id: string, name: string, parentId: string | null, sort: number }> };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string } };

export type UpdateProductMutationVariables = Exact<{
  id: string;
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string } };

export type DeleteProductsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DeleteProductsMutation = { deleteProducts: { ids: Array<string> } };

export type RestoreProductsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RestoreProductsMutation = { restoreProducts: Array<{ id: string }> };

export type CreateProductCategoryMutationVariables = Exact<{
  input: ProductCategoryInput;
}>;


export type CreateProductCategoryMutation = { createProductCategory: { id: string } };

export type UpdateProductCategoryMutationVariables = Exact<{
  id: string;
  input: ProductCategoryInput;
}>;


export type UpdateProductCategoryMutation = { updateProductCategory: { id: string } };

export type DeleteProductCategoryMutationVariables = Exact<{
  id: string;
}>;


export type DeleteProductCategoryMutation = { deleteProductCategory: boolean };

export type PoolSummaryFieldsFragment = { id: string, name: string, isDefault: boolean, recycleEnabled: boolean, exemptDealCustomers: boolean, exemptOpenOpportunities: boolean, warnDays: number, customerCount: number | null, viewerCanList: boolean, viewerCanClaim: boolean, viewerCanAdminister: boolean, rules: Array<{ level: CustomerLevel, noFollowUpDays: number | null, noOpportunityDays: number | null, noDealDays: number | null }> };

export type PoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolsQuery = { pools: Array<{ id: string, name: string, isDefault: boolean, recycleEnabled: boolean, exemptDealCustomers: boolean, exemptOpenOpportunities: boolean, warnDays: number, customerCount: number | null, viewerCanList: boolean, viewerCanClaim: boolean, viewerCanAdminister: boolean, rules: Array<{ level: CustomerLevel, noFollowUpDays: number | null, noOpportunityDays: number | null, noDealDays: number | null }> }> };

export type PoolsDetailQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolsDetailQuery = { pools: Array<{ id: string, name: string, isDefault: boolean, recycleEnabled: boolean, exemptDealCustomers: boolean, exemptOpenOpportunities: boolean, warnDays: number, customerCount: number | null, viewerCanList: boolean, viewerCanClaim: boolean, viewerCanAdminister: boolean, administrators: Array<{ id: string, name: string }>, memberUsers: Array<{ id: string, name: string }>, memberDepartments: Array<{ includeChildren: boolean, department: { id: string, name: string } | null }>, rules: Array<{ level: CustomerLevel, noFollowUpDays: number | null, noOpportunityDays: number | null, noDealDays: number | null }> }>, poolSettings: { maxOwnedCustomers: number | null, maxClaimsPerDay: number | null, reclaimBarDays: number, maxLockedCustomers: number | null, opportunityChecksAvailable: boolean, contractChecksAvailable: boolean } };

export type PoolCustomersQueryVariables = Exact<{
  poolId: string;
  filter?: PoolCustomerFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PoolCustomersQuery = { poolCustomers: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: CustomerLevel, region: string | null, industry: string | null, contactName: string | null, poolReason: PoolReason | null, poolNote: string | null, poolEnteredAt: string | null, previousOwner: { id: string, name: string } | null }> } };

export type PoolClaimQuotaQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolClaimQuotaQuery = { poolClaimQuota: { ownedCustomers: number, maxOwnedCustomers: number | null, claimedToday: number, maxClaimsPerDay: number | null, reclaimBarDays: number } };

export type PoolSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolSettingsQuery = { poolSettings: { maxOwnedCustomers: number | null, maxClaimsPerDay: number | null, reclaimBarDays: number, maxLockedCustomers: number | null, opportunityChecksAvailable: boolean, contractChecksAvailable: boolean } };

export type CustomerPoolQueryVariables = Exact<{
  id: string;
}>;


export type CustomerPoolQuery = { customer: { id: string, ownerId: string | null, locked: boolean, viewerCanManage: boolean, poolReason: PoolReason | null, poolNote: string | null, poolEnteredAt: string | null, previousOwner: { id: string, name: string } | null, pool: { id: string, name: string, viewerCanClaim: boolean } | null, poolHistory: Array<{ id: string, event: PoolEvent, reason: PoolReason | null, note: string | null, createdAt: string, pool: { id: string, name: string } | null, fromPool: { id: string, name: string } | null, fromOwner: { id: string, name: string } | null, toOwner: { id: string, name: string } | null, actor: { id: string, name: string } | null }> } | null };

export type ClaimCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ClaimCustomersMutation = { claimCustomers: Array<{ id: string }> };

export type AssignCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
  userId: string;
}>;


export type AssignCustomersMutation = { assignCustomers: Array<{ id: string }> };

export type ReturnCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
  reason: string;
}>;


export type ReturnCustomersMutation = { returnCustomersToPool: Array<{ id: string }> };

export type MoveCustomersMutationVariables = Exact<{
  ids: Array<string> | string;
  poolId: string;
}>;


export type MoveCustomersMutation = { moveCustomersToPool: Array<{ id: string }> };

export type CreatePoolMutationVariables = Exact<{
  input: CreatePoolInput;
}>;


export type CreatePoolMutation = { createPool: { id: string } };

export type UpdatePoolMutationVariables = Exact<{
  id: string;
  input: UpdatePoolInput;
}>;


export type UpdatePoolMutation = { updatePool: { id: string } };

export type UpdatePoolRulesMutationVariables = Exact<{
  poolId: string;
  input: UpdatePoolRulesInput;
}>;


export type UpdatePoolRulesMutation = { updatePoolRules: { id: string } };

export type UpdatePoolSettingsMutationVariables = Exact<{
  input: UpdatePoolSettingsInput;
}>;


export type UpdatePoolSettingsMutation = { updatePoolSettings: { maxOwnedCustomers: number | null } };

export type RecycleBinQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter: RecycleBinFilter;
}>;


export type RecycleBinQuery = { recycleBin: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: RecycleBinType, code: string | null, title: string, deletedAt: string, viewerCanRestore: boolean, deletedWithCount: number, deletedBy: { id: string, name: string } | null }> } };

export type RestoreRecordsMutationVariables = Exact<{
  input: RestoreRecordsInput;
}>;


export type RestoreRecordsMutation = { restoreRecords: { type: RecycleBinType, ids: Array<string> } };

export type UserDirectoryQueryVariables = Exact<{
  keyword?: string | null | undefined;
}>;


export type UserDirectoryQuery = { userDirectory: Array<{ id: string, name: string, username: string }> };

export type TransferTargetsQueryVariables = Exact<{
  module: string;
  keyword?: string | null | undefined;
}>;


export type TransferTargetsQuery = { transferTargets: Array<{ id: string, name: string, username: string }> };

export type CustomFieldsQueryVariables = Exact<{
  module: string;
  withDisabled?: boolean | null | undefined;
}>;


export type CustomFieldsQuery = { customFields: Array<{ id: string, module: string, key: string, label: string, type: CustomFieldType, required: boolean, enabled: boolean, sortOrder: number, dictionaryKind: string | null, viewerMode: FieldMode, options: Array<{ id: string, code: string, name: string, path: string, enabled: boolean }> }> };

export type DictionariesQueryVariables = Exact<{ [key: string]: never; }>;


export type DictionariesQuery = { dictionaries: Array<{ kind: string, name: string, tree: boolean, options: Array<{ id: string, kind: string, code: string, name: string, parentId: string | null, path: string, sortOrder: number, enabled: boolean }> }> };

export type MyFieldPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFieldPermissionsQuery = { myFieldPermissions: Array<{ module: string, field: string, mode: FieldMode }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, readableModules: Array<string>, mustChangePassword: boolean, superAdmin: boolean, supervisesOthers: boolean, user: { id: string, username: string, name: string, departmentId: string, phone: string | null, email: string | null, address: string | null, status: UserStatus } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const FollowUpFieldsFragmentDoc = new TypedDocumentString(`
    fragment FollowUpFields on FollowUp {
  id
  parentType
  parentId
  subject
  method
  participants
  objective
  result
  nextStep
  occurredAt
  nextContactAt
  substantive
  createdAt
  viewerCanEdit
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  parent {
    type
    id
    title
  }
  attachments {
    ...AttachmentFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}`, {"fragmentName":"FollowUpFields"}) as unknown as TypedDocumentString<FollowUpFieldsFragment, unknown>;
export const InsightPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}
    `, {"fragmentName":"InsightPersonFields"}) as unknown as TypedDocumentString<InsightPersonFieldsFragment, unknown>;
export const BriefFieldsFragmentDoc = new TypedDocumentString(`
    fragment BriefFields on BriefFigures {
  newCustomers
  newContacts
  newOpportunities
  newOpportunityAmount
  newContracts
  contractAmount
  receivables
  receivableAmount
  followUps
  substantiveFollowUps
}
    `, {"fragmentName":"BriefFields"}) as unknown as TypedDocumentString<BriefFieldsFragment, unknown>;
export const KpiFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiFigureFields on KpiFigure {
  metric
  target
  actual
  completion
}
    `, {"fragmentName":"KpiFigureFields"}) as unknown as TypedDocumentString<KpiFigureFieldsFragment, unknown>;
export const InsightStageFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightStageFields on OpportunityStage {
  id
  name
  sort
  probability
}
    `, {"fragmentName":"InsightStageFields"}) as unknown as TypedDocumentString<InsightStageFieldsFragment, unknown>;
export const ReceivableRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReceivableRowFields on Receivable {
  id
  code
  amount
  receivedDate
  method
  status
  remarks
  createdAt
  contract {
    id
    code
    title
    customer {
      id
      name
    }
    owner {
      id
      name
    }
  }
  plan {
    id
    term
  }
  recordedBy {
    id
    name
  }
}
    `, {"fragmentName":"ReceivableRowFields"}) as unknown as TypedDocumentString<ReceivableRowFieldsFragment, unknown>;
export const ReportRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}
    `, {"fragmentName":"ReportRowFields"}) as unknown as TypedDocumentString<ReportRowFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const ReportDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportDetailFields on Report {
  ...ReportRowFields
  content
  viewerCanEdit
  attachments {
    ...AttachmentFields
  }
  comments {
    ...CommentFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}`, {"fragmentName":"ReportDetailFields"}) as unknown as TypedDocumentString<ReportDetailFieldsFragment, unknown>;
export const ScheduleEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleEntryFields on ScheduleEntry {
  id
  title
  description
  startAt
  endAt
  allDay
  reminderMinutes
  source
  followUpId
  viewerCanEdit
  owner {
    id
    name
    username
  }
  participants {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}
    `, {"fragmentName":"ScheduleEntryFields"}) as unknown as TypedDocumentString<ScheduleEntryFieldsFragment, unknown>;
export const ComplianceRulesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplianceRulesFields on ComplianceRules {
  requiredFields
  coreDealMonths
  highGrowthContactDays
  coreShortDays
  coreMidDays
  highGrowthDays
  minCore
  minHighGrowth
  reminderDays
}
    `, {"fragmentName":"ComplianceRulesFields"}) as unknown as TypedDocumentString<ComplianceRulesFieldsFragment, unknown>;
export const SupervisedPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupervisedPersonFields on SupervisedPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}
    `, {"fragmentName":"SupervisedPersonFields"}) as unknown as TypedDocumentString<SupervisedPersonFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}
    `, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const ContractRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContractRowFields on Contract {
  id
  code
  title
  status
  amount
  receivedAmount
  outstandingAmount
  signDate
  customerId
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  updatedAt
  viewerCanDelete
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}
    `, {"fragmentName":"ContractRowFields"}) as unknown as TypedDocumentString<ContractRowFieldsFragment, unknown>;
export const ApprovalRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalRunFields on Approval {
  id
  documentType
  status
  flowName
  createdAt
  decidedAt
  submitter {
    id
    name
  }
  steps {
    id
    position
    name
    approverType
    approverLabel
    status
    comment
    activatedAt
    decidedAt
    decidedBy {
      id
      name
    }
    approvers {
      id
      name
    }
  }
}
    `, {"fragmentName":"ApprovalRunFields"}) as unknown as TypedDocumentString<ApprovalRunFieldsFragment, unknown>;
export const CustomerRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerRowFields on Customer {
  id
  code
  name
  type
  level
  industry
  source
  region
  contactName
  mobile
  dealStatus
  locked
  lastFollowUpAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}
    `, {"fragmentName":"CustomerRowFields"}) as unknown as TypedDocumentString<CustomerRowFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
  customFields {
    key
    values
    display
  }
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const ExportLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}
    `, {"fragmentName":"ExportLinkFields"}) as unknown as TypedDocumentString<ExportLinkFieldsFragment, unknown>;
export const DataImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment DataImportFields on DataImport {
  id
  module
  status
  fileName
  fileFormat
  totalRows
  processedRows
  progress
  createdCount
  updatedCount
  duplicateCount
  errorCount
  warningCount
  failure
  createdAt
  validatedAt
  finishedAt
  headers
  mapping
  options {
    owner
    ownerId
    duplicates
    allOrNothing
  }
  fields {
    key
    label
    required
    hint
    choices
  }
  viewerCanUndo
  problemFileUrl
  createdBy {
    id
    name
  }
}
    `, {"fragmentName":"DataImportFields"}) as unknown as TypedDocumentString<DataImportFieldsFragment, unknown>;
export const LeadRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadRowFields on Lead {
  id
  name
  company
  mobile
  phone
  email
  source
  status
  nextContactAt
  convertedAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  customer {
    id
    code
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}
    `, {"fragmentName":"LeadRowFields"}) as unknown as TypedDocumentString<LeadRowFieldsFragment, unknown>;
export const OffboardingCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment OffboardingCountsFields on OffboardingCounts {
  customers
  contacts
  opportunities
  contracts
  leads
  openTasks
  total
}
    `, {"fragmentName":"OffboardingCountsFields"}) as unknown as TypedDocumentString<OffboardingCountsFieldsFragment, unknown>;
export const StageFieldsFragmentDoc = new TypedDocumentString(`
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}
    `, {"fragmentName":"StageFields"}) as unknown as TypedDocumentString<StageFieldsFragment, unknown>;
export const OpportunityRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment OpportunityRowFields on Opportunity {
  id
  name
  amount
  category
  expectedCloseDate
  followUpDueAt
  updatedAt
  createdAt
  deletedAt
  probability
  stage {
    ...StageFields
  }
  customer {
    id
    code
    name
  }
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}`, {"fragmentName":"OpportunityRowFields"}) as unknown as TypedDocumentString<OpportunityRowFieldsFragment, unknown>;
export const ProductRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductRowFields on Product {
  id
  name
  model
  unit
  price
  status
  categoryId
  description
  deletedAt
  updatedAt
  category {
    id
    name
  }
}
    `, {"fragmentName":"ProductRowFields"}) as unknown as TypedDocumentString<ProductRowFieldsFragment, unknown>;
export const PoolSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PoolSummaryFields on Pool {
  id
  name
  isDefault
  recycleEnabled
  exemptDealCustomers
  exemptOpenOpportunities
  warnDays
  customerCount
  viewerCanList
  viewerCanClaim
  viewerCanAdminister
  rules {
    level
    noFollowUpDays
    noOpportunityDays
    noDealDays
  }
}
    `, {"fragmentName":"PoolSummaryFields"}) as unknown as TypedDocumentString<PoolSummaryFieldsFragment, unknown>;
export const FollowUpDetailDocument = new TypedDocumentString(`
    query FollowUpDetail($id: ID!) {
  followUp(id: $id) {
    ...FollowUpFields
    comments {
      ...CommentFields
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
fragment FollowUpFields on FollowUp {
  id
  parentType
  parentId
  subject
  method
  participants
  objective
  result
  nextStep
  occurredAt
  nextContactAt
  substantive
  createdAt
  viewerCanEdit
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  parent {
    type
    id
    title
  }
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<FollowUpDetailQuery, FollowUpDetailQueryVariables>;
export const FollowUpsDocument = new TypedDocumentString(`
    query FollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {
  followUps(filter: $filter, first: $first, offset: $offset) {
    totalCount
    totalCountExact
    nodes {
      ...FollowUpFields
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment FollowUpFields on FollowUp {
  id
  parentType
  parentId
  subject
  method
  participants
  objective
  result
  nextStep
  occurredAt
  nextContactAt
  substantive
  createdAt
  viewerCanEdit
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  parent {
    type
    id
    title
  }
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<FollowUpsQuery, FollowUpsQueryVariables>;
export const CreateFollowUpDocument = new TypedDocumentString(`
    mutation CreateFollowUp($input: CreateFollowUpInput!) {
  createFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFollowUpMutation, CreateFollowUpMutationVariables>;
export const UpdateFollowUpDocument = new TypedDocumentString(`
    mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) {
  updateFollowUp(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateFollowUpMutation, UpdateFollowUpMutationVariables>;
export const DeleteFollowUpDocument = new TypedDocumentString(`
    mutation DeleteFollowUp($id: ID!) {
  deleteFollowUp(id: $id) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteFollowUpMutation, DeleteFollowUpMutationVariables>;
export const DeleteAttachmentDocument = new TypedDocumentString(`
    mutation DeleteAttachment($id: ID!) {
  deleteAttachment(id: $id) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteAttachmentMutation, DeleteAttachmentMutationVariables>;
export const CommentOnDocument = new TypedDocumentString(`
    mutation CommentOn($input: CommentOnInput!) {
  commentOn(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentOnMutation, CommentOnMutationVariables>;
export const ReplyToCommentDocument = new TypedDocumentString(`
    mutation ReplyToComment($input: ReplyToCommentInput!) {
  replyToComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplyToCommentMutation, ReplyToCommentMutationVariables>;
export const MarkCommentsReadDocument = new TypedDocumentString(`
    mutation MarkCommentsRead($targetType: String!, $targetId: ID!) {
  markCommentsRead(targetType: $targetType, targetId: $targetId)
}
    `) as unknown as TypedDocumentString<MarkCommentsReadMutation, MarkCommentsReadMutationVariables>;
export const UnreadCommentCountDocument = new TypedDocumentString(`
    query UnreadCommentCount {
  unreadCommentCount
}
    `) as unknown as TypedDocumentString<UnreadCommentCountQuery, UnreadCommentCountQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($targetType: String!, $targetId: ID!, $first: Int, $kinds: [String!]) {
  timeline(
    targetType: $targetType
    targetId: $targetId
    first: $first
    kinds: $kinds
  ) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      kind
      entityId
      at
      targetType
      targetId
      title
      summary
      status
      actor {
        id
        name
        username
      }
      target {
        type
        id
        title
      }
      followUp {
        ...FollowUpFields
      }
      comment {
        ...CommentFields
      }
      auditEntry {
        id
        action
        entityType
        entityId
        changes
      }
    }
  }
  timelineKinds
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
fragment FollowUpFields on FollowUp {
  id
  parentType
  parentId
  subject
  method
  participants
  objective
  result
  nextStep
  occurredAt
  nextContactAt
  substantive
  createdAt
  viewerCanEdit
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  parent {
    type
    id
    title
  }
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const MentionDirectoryDocument = new TypedDocumentString(`
    query MentionDirectory($keyword: String) {
  userDirectory(keyword: $keyword) {
    id
    name
    username
  }
}
    `) as unknown as TypedDocumentString<MentionDirectoryQuery, MentionDirectoryQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $offset: Int, $unreadOnly: Boolean) {
  notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {
    totalCount
    totalCountExact
    nodes {
      id
      kind
      title
      body
      entityType
      entityId
      readAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const InsightScopeDocument = new TypedDocumentString(`
    query InsightScope {
  insightScope {
    everyone
    canSetTargets
    people {
      ...InsightPersonFields
    }
    departments {
      id
      name
      parentId
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<InsightScopeQuery, InsightScopeQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($filter: InsightFilter, $metric: KpiMetric!) {
  dashboard(filter: $filter) {
    period {
      preset
      from
      to
      start
      end
      previousFrom
      previousTo
      months
    }
    selection {
      everyone
      department {
        id
        name
        parentId
      }
      person {
        ...InsightPersonFields
      }
    }
    brief {
      current {
        ...BriefFields
      }
      previous {
        ...BriefFields
      }
    }
    kpi {
      months
      figures {
        ...KpiFigureFields
      }
      people {
        person {
          ...InsightPersonFields
        }
        figures {
          ...KpiFigureFields
        }
      }
    }
    funnel {
      stages {
        stage {
          ...InsightStageFields
        }
        count
        amount
        weightedAmount
      }
      categories {
        category
        count
        amount
        weightedAmount
      }
      open {
        count
        amount
        weightedAmount
      }
      won {
        count
        amount
      }
      lost {
        count
        amount
      }
      conversion {
        stage {
          ...InsightStageFields
        }
        reached
        conversion
      }
    }
    trend {
      month
      contractAmount
      receivableAmount
      newCustomers
      lastYearContractAmount
      lastYearReceivableAmount
      lastYearNewCustomers
    }
    ranking(metric: $metric) {
      metric
      people {
        rank
        person {
          ...InsightPersonFields
        }
        value
      }
      departments {
        rank
        department {
          id
          name
        }
        value
      }
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}
fragment BriefFields on BriefFigures {
  newCustomers
  newContacts
  newOpportunities
  newOpportunityAmount
  newContracts
  contractAmount
  receivables
  receivableAmount
  followUps
  substantiveFollowUps
}
fragment KpiFigureFields on KpiFigure {
  metric
  target
  actual
  completion
}
fragment InsightStageFields on OpportunityStage {
  id
  name
  sort
  probability
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const InsightSelectionDocument = new TypedDocumentString(`
    query InsightSelection($filter: InsightFilter) {
  dashboard(filter: $filter) {
    period {
      preset
      from
      to
      start
      end
      months
    }
    selection {
      everyone
      department {
        id
        name
        parentId
      }
      person {
        ...InsightPersonFields
      }
    }
    ownerIds
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<InsightSelectionQuery, InsightSelectionQueryVariables>;
export const MySubmittedApprovalsDocument = new TypedDocumentString(`
    query MySubmittedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {
  mySubmittedApprovals(
    first: $first
    offset: $offset
    documentType: $documentType
  ) {
    totalCount
    nodes {
      id
      documentType
      status
      flowName
      createdAt
      decidedAt
      contract {
        id
        code
        title
        amount
        customer {
          id
          name
        }
      }
      receivable {
        id
        code
        amount
      }
      ownershipRequest {
        id
        customerCode
        customerName
        reason
        customer {
          id
        }
      }
      steps {
        id
        position
        name
        status
        approverLabel
        decidedBy {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MySubmittedApprovalsQuery, MySubmittedApprovalsQueryVariables>;
export const MyDecidedApprovalsDocument = new TypedDocumentString(`
    query MyDecidedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {
  myDecidedApprovals(first: $first, offset: $offset, documentType: $documentType) {
    totalCount
    nodes {
      id
      documentType
      position
      name
      status
      comment
      decidedAt
      approval {
        id
        status
        submitter {
          id
          name
        }
      }
      contract {
        id
        code
        title
        amount
        customer {
          id
          name
        }
      }
      receivable {
        id
        code
        amount
      }
      ownershipRequest {
        id
        customerCode
        customerName
        reason
        customer {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyDecidedApprovalsQuery, MyDecidedApprovalsQueryVariables>;
export const ContactDetailDocument = new TypedDocumentString(`
    query ContactDetail($id: ID!) {
  contact(id: $id) {
    ...ContactFields
    createdAt
    customer {
      id
      code
      name
      viewerCanEdit
    }
  }
}
    fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<ContactDetailQuery, ContactDetailQueryVariables>;
export const CustomerFinanceDocument = new TypedDocumentString(`
    query CustomerFinance($customerId: ID!) {
  contracts(first: 50, filter: {customerId: $customerId}) {
    nodes {
      id
      code
      title
      status
      paymentPlans {
        id
        term
        amount
        plannedDate
        receivedAmount
      }
    }
  }
  receivables(first: 10, filter: {customerId: $customerId}) {
    totalCount
    nodes {
      id
      code
      amount
      receivedDate
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerFinanceQuery, CustomerFinanceQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    id
    phone
    email
    address
  }
}
    `) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ReceivablesDocument = new TypedDocumentString(`
    query Receivables($first: Int, $offset: Int, $after: String, $filter: ReceivableFilter, $orderBy: ReceivableOrder) {
  receivables(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...ReceivableRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReceivableRowFields on Receivable {
  id
  code
  amount
  receivedDate
  method
  status
  remarks
  createdAt
  contract {
    id
    code
    title
    customer {
      id
      name
    }
    owner {
      id
      name
    }
  }
  plan {
    id
    term
  }
  recordedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReceivablesQuery, ReceivablesQueryVariables>;
export const ReceivableDetailDocument = new TypedDocumentString(`
    query ReceivableDetail($id: ID!) {
  receivable(id: $id) {
    ...ReceivableRowFields
    plan {
      id
      term
      amount
      plannedDate
    }
    approvals {
      ...ApprovalRunFields
    }
  }
}
    fragment ReceivableRowFields on Receivable {
  id
  code
  amount
  receivedDate
  method
  status
  remarks
  createdAt
  contract {
    id
    code
    title
    customer {
      id
      name
    }
    owner {
      id
      name
    }
  }
  plan {
    id
    term
  }
  recordedBy {
    id
    name
  }
}
fragment ApprovalRunFields on Approval {
  id
  documentType
  status
  flowName
  createdAt
  decidedAt
  submitter {
    id
    name
  }
  steps {
    id
    position
    name
    approverType
    approverLabel
    status
    comment
    activatedAt
    decidedAt
    decidedBy {
      id
      name
    }
    approvers {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReceivableDetailQuery, ReceivableDetailQueryVariables>;
export const ReceivableContractOptionsDocument = new TypedDocumentString(`
    query ReceivableContractOptions($keyword: String) {
  contracts(first: 20, filter: {keyword: $keyword}) {
    nodes {
      id
      code
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ReceivableContractOptionsQuery, ReceivableContractOptionsQueryVariables>;
export const ReportsDocument = new TypedDocumentString(`
    query Reports($filter: ReportFilter, $first: Int, $offset: Int) {
  reports(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...ReportRowFields
    }
  }
}
    fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}`) as unknown as TypedDocumentString<ReportsQuery, ReportsQueryVariables>;
export const ReceivedReportsDocument = new TypedDocumentString(`
    query ReceivedReports($unreadOnly: Boolean, $kind: ReportKind, $first: Int, $offset: Int) {
  myReceivedReports(
    unreadOnly: $unreadOnly
    kind: $kind
    first: $first
    offset: $offset
  ) {
    totalCount
    nodes {
      ...ReportRowFields
    }
  }
}
    fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}`) as unknown as TypedDocumentString<ReceivedReportsQuery, ReceivedReportsQueryVariables>;
export const ReportDetailDocument = new TypedDocumentString(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    ...ReportDetailFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}
fragment ReportDetailFields on Report {
  ...ReportRowFields
  content
  viewerCanEdit
  attachments {
    ...AttachmentFields
  }
  comments {
    ...CommentFields
  }
}`) as unknown as TypedDocumentString<ReportDetailQuery, ReportDetailQueryVariables>;
export const ReportDraftDocument = new TypedDocumentString(`
    query ReportDraft($kind: ReportKind!, $date: String) {
  reportDraft(kind: $kind, date: $date) {
    kind
    periodStart
    periodEnd
    subject
    content
    leader {
      id
      name
      username
    }
    existingReportId
    sections {
      section
      title
    }
    figures {
      from
      to
      followUps
      substantiveFollowUps
      newCustomers
      opportunitiesMoved
      stageChanges
      newContracts
      contractAmount
      receivables
      receivableAmount
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDraftQuery, ReportDraftQueryVariables>;
export const CreateReportDocument = new TypedDocumentString(`
    mutation CreateReport($input: CreateReportInput!) {
  createReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReportMutation, CreateReportMutationVariables>;
export const UpdateReportDocument = new TypedDocumentString(`
    mutation UpdateReport($id: ID!, $input: UpdateReportInput!) {
  updateReport(id: $id, input: $input) {
    ...ReportDetailFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}
fragment ReportDetailFields on Report {
  ...ReportRowFields
  content
  viewerCanEdit
  attachments {
    ...AttachmentFields
  }
  comments {
    ...CommentFields
  }
}`) as unknown as TypedDocumentString<UpdateReportMutation, UpdateReportMutationVariables>;
export const DeleteReportDocument = new TypedDocumentString(`
    mutation DeleteReport($id: ID!) {
  deleteReport(id: $id) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteReportMutation, DeleteReportMutationVariables>;
export const MarkReportReadDocument = new TypedDocumentString(`
    mutation MarkReportRead($id: ID!) {
  markReportRead(id: $id) {
    ...ReportDetailFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  unread
  replyToId
  viewerCanReply
  author {
    id
    name
    username
  }
  target {
    type
    id
    title
  }
}
fragment ReportRowFields on Report {
  id
  kind
  subject
  periodStart
  periodEnd
  createdAt
  unread
  readCount
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  recipients {
    user {
      id
      name
      username
    }
    readAt
  }
}
fragment ReportDetailFields on Report {
  ...ReportRowFields
  content
  viewerCanEdit
  attachments {
    ...AttachmentFields
  }
  comments {
    ...CommentFields
  }
}`) as unknown as TypedDocumentString<MarkReportReadMutation, MarkReportReadMutationVariables>;
export const ScheduleEntriesDocument = new TypedDocumentString(`
    query ScheduleEntries($from: DateTimeISO!, $to: DateTimeISO!, $userId: ID) {
  scheduleEntries(from: $from, to: $to, userId: $userId) {
    ...ScheduleEntryFields
  }
}
    fragment ScheduleEntryFields on ScheduleEntry {
  id
  title
  description
  startAt
  endAt
  allDay
  reminderMinutes
  source
  followUpId
  viewerCanEdit
  owner {
    id
    name
    username
  }
  participants {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<ScheduleEntriesQuery, ScheduleEntriesQueryVariables>;
export const ScheduleEntryDocument = new TypedDocumentString(`
    query ScheduleEntry($id: ID!) {
  scheduleEntry(id: $id) {
    ...ScheduleEntryFields
  }
}
    fragment ScheduleEntryFields on ScheduleEntry {
  id
  title
  description
  startAt
  endAt
  allDay
  reminderMinutes
  source
  followUpId
  viewerCanEdit
  owner {
    id
    name
    username
  }
  participants {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<ScheduleEntryQuery, ScheduleEntryQueryVariables>;
export const CreateScheduleEntryDocument = new TypedDocumentString(`
    mutation CreateScheduleEntry($input: CreateScheduleEntryInput!) {
  createScheduleEntry(input: $input) {
    ...ScheduleEntryFields
  }
}
    fragment ScheduleEntryFields on ScheduleEntry {
  id
  title
  description
  startAt
  endAt
  allDay
  reminderMinutes
  source
  followUpId
  viewerCanEdit
  owner {
    id
    name
    username
  }
  participants {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateScheduleEntryMutation, CreateScheduleEntryMutationVariables>;
export const UpdateScheduleEntryDocument = new TypedDocumentString(`
    mutation UpdateScheduleEntry($id: ID!, $input: UpdateScheduleEntryInput!) {
  updateScheduleEntry(id: $id, input: $input) {
    ...ScheduleEntryFields
  }
}
    fragment ScheduleEntryFields on ScheduleEntry {
  id
  title
  description
  startAt
  endAt
  allDay
  reminderMinutes
  source
  followUpId
  viewerCanEdit
  owner {
    id
    name
    username
  }
  participants {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateScheduleEntryMutation, UpdateScheduleEntryMutationVariables>;
export const DeleteScheduleEntryDocument = new TypedDocumentString(`
    mutation DeleteScheduleEntry($id: ID!) {
  deleteScheduleEntry(id: $id) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteScheduleEntryMutation, DeleteScheduleEntryMutationVariables>;
export const CadenceSettingsDocument = new TypedDocumentString(`
    query CadenceSettings {
  cadenceSettings {
    shortTermFollowUpDays
    midTermFollowUpDays
    longTermFollowUpDays
    paymentPlanReminderDays
    taskReminderDays
    followUpReminderMinutes
  }
}
    `) as unknown as TypedDocumentString<CadenceSettingsQuery, CadenceSettingsQueryVariables>;
export const UpdateCadenceSettingsDocument = new TypedDocumentString(`
    mutation UpdateCadenceSettings($input: UpdateCadenceSettingsInput!) {
  updateCadenceSettings(input: $input) {
    shortTermFollowUpDays
    midTermFollowUpDays
    longTermFollowUpDays
    paymentPlanReminderDays
    taskReminderDays
    followUpReminderMinutes
  }
}
    `) as unknown as TypedDocumentString<UpdateCadenceSettingsMutation, UpdateCadenceSettingsMutationVariables>;
export const CreateCustomFieldDocument = new TypedDocumentString(`
    mutation CreateCustomField($input: CreateCustomFieldInput!) {
  createCustomField(input: $input) {
    id
    key
  }
}
    `) as unknown as TypedDocumentString<CreateCustomFieldMutation, CreateCustomFieldMutationVariables>;
export const UpdateCustomFieldDocument = new TypedDocumentString(`
    mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) {
  updateCustomField(id: $id, input: $input) {
    id
    label
    required
    enabled
    sortOrder
  }
}
    `) as unknown as TypedDocumentString<UpdateCustomFieldMutation, UpdateCustomFieldMutationVariables>;
export const ReorderCustomFieldsDocument = new TypedDocumentString(`
    mutation ReorderCustomFields($module: String!, $ids: [ID!]!) {
  reorderCustomFields(module: $module, ids: $ids) {
    id
    sortOrder
  }
}
    `) as unknown as TypedDocumentString<ReorderCustomFieldsMutation, ReorderCustomFieldsMutationVariables>;
export const AddDictionaryOptionDocument = new TypedDocumentString(`
    mutation AddDictionaryOption($input: AddDictionaryOptionInput!) {
  addDictionaryOption(input: $input) {
    id
    name
    enabled
  }
}
    `) as unknown as TypedDocumentString<AddDictionaryOptionMutation, AddDictionaryOptionMutationVariables>;
export const UpdateDictionaryOptionDocument = new TypedDocumentString(`
    mutation UpdateDictionaryOption($id: ID!, $input: UpdateDictionaryOptionInput!) {
  updateDictionaryOption(id: $id, input: $input) {
    id
    name
    enabled
  }
}
    `) as unknown as TypedDocumentString<UpdateDictionaryOptionMutation, UpdateDictionaryOptionMutationVariables>;
export const ReorderDictionaryOptionsDocument = new TypedDocumentString(`
    mutation ReorderDictionaryOptions($input: ReorderDictionaryOptionsInput!) {
  reorderDictionaryOptions(input: $input) {
    id
    sortOrder
  }
}
    `) as unknown as TypedDocumentString<ReorderDictionaryOptionsMutation, ReorderDictionaryOptionsMutationVariables>;
export const NumberingRulesDocument = new TypedDocumentString(`
    query NumberingRules {
  numberingRules {
    module
    prefix
    datePart
    resetPeriod
    sequenceLength
    nextNumber
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<NumberingRulesQuery, NumberingRulesQueryVariables>;
export const UpdateNumberingRuleDocument = new TypedDocumentString(`
    mutation UpdateNumberingRule($module: String!, $input: UpdateNumberingRuleInput!) {
  updateNumberingRule(module: $module, input: $input) {
    module
    prefix
    datePart
    resetPeriod
    sequenceLength
    nextNumber
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateNumberingRuleMutation, UpdateNumberingRuleMutationVariables>;
export const ExportStatisticsDocument = new TypedDocumentString(`
    mutation ExportStatistics($report: StatisticsReport!, $filter: InsightFilter, $basis: CustomerBasis, $month: String) {
  exportStatistics(report: $report, filter: $filter, basis: $basis, month: $month) {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportStatisticsMutation, ExportStatisticsMutationVariables>;
export const ComplianceReportDocument = new TypedDocumentString(`
    query ComplianceReport($filter: ComplianceFilter) {
  complianceReport(filter: $filter) {
    rules {
      ...ComplianceRulesFields
    }
    totals {
      people
      behind
      customers
      core
      highGrowth
      overdue
      dueSoon
      criteria
    }
    people {
      person {
        ...InsightPersonFields
      }
      behind
      customers
      core
      highGrowth
      overdue
      dueSoon
      criteria
    }
    departments {
      department {
        id
        name
      }
      people
      behind
      customers
      core
      highGrowth
      overdue
      dueSoon
      criteria
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}
fragment ComplianceRulesFields on ComplianceRules {
  requiredFields
  coreDealMonths
  highGrowthContactDays
  coreShortDays
  coreMidDays
  highGrowthDays
  minCore
  minHighGrowth
  reminderDays
}`) as unknown as TypedDocumentString<ComplianceReportQuery, ComplianceReportQueryVariables>;
export const ComplianceCustomersDocument = new TypedDocumentString(`
    query ComplianceCustomers($filter: ComplianceFilter, $state: ComplianceState, $first: Int, $offset: Int) {
  complianceCustomers(
    filter: $filter
    state: $state
    first: $first
    offset: $offset
  ) {
    totalCount
    nodes {
      id
      code
      name
      level
      type
      owner {
        ...InsightPersonFields
      }
      rule
      intervalDays
      lastContactAt
      dueAt
      overdueDays
      problems
      missingFields
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<ComplianceCustomersQuery, ComplianceCustomersQueryVariables>;
export const ComplianceMonthlyDocument = new TypedDocumentString(`
    query ComplianceMonthly($month: String!, $filter: ComplianceFilter) {
  complianceMonthly(month: $month, filter: $filter) {
    month
    rows {
      person {
        ...InsightPersonFields
      }
      behind
      customers
      core
      highGrowth
      overdue
      dueSoon
      criteria
      followUps
      substantive
      newCustomers
      contractAmount
      receivableAmount
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<ComplianceMonthlyQuery, ComplianceMonthlyQueryVariables>;
export const ComplianceRulesDocument = new TypedDocumentString(`
    query ComplianceRules {
  complianceRules {
    ...ComplianceRulesFields
  }
}
    fragment ComplianceRulesFields on ComplianceRules {
  requiredFields
  coreDealMonths
  highGrowthContactDays
  coreShortDays
  coreMidDays
  highGrowthDays
  minCore
  minHighGrowth
  reminderDays
}`) as unknown as TypedDocumentString<ComplianceRulesQuery, ComplianceRulesQueryVariables>;
export const UpdateComplianceRulesDocument = new TypedDocumentString(`
    mutation UpdateComplianceRules($input: UpdateComplianceRulesInput!) {
  updateComplianceRules(input: $input) {
    ...ComplianceRulesFields
  }
}
    fragment ComplianceRulesFields on ComplianceRules {
  requiredFields
  coreDealMonths
  highGrowthContactDays
  coreShortDays
  coreMidDays
  highGrowthDays
  minCore
  minHighGrowth
  reminderDays
}`) as unknown as TypedDocumentString<UpdateComplianceRulesMutation, UpdateComplianceRulesMutationVariables>;
export const ContractReportDocument = new TypedDocumentString(`
    query ContractReport($filter: InsightFilter) {
  statistics(filter: $filter) {
    contracts {
      contracts
      amount
      received
      overdueTotal
      months {
        month
        planned
        received
      }
      overduePlans {
        planId
        contractId
        contractCode
        contractTitle
        term
        plannedDate
        planned
        received
        outstanding
        owner {
          ...InsightPersonFields
        }
      }
      byPerson {
        person {
          ...InsightPersonFields
        }
        contracts
        amount
        received
        outstanding
      }
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<ContractReportQuery, ContractReportQueryVariables>;
export const CustomerReportDocument = new TypedDocumentString(`
    query CustomerReport($filter: InsightFilter, $basis: CustomerBasis) {
  statistics(filter: $filter) {
    customers(basis: $basis) {
      total
      byLevel {
        key
        count
      }
      byType {
        key
        count
      }
      bySource {
        key
        count
      }
      byIndustry {
        key
        count
      }
      byRegion {
        key
        count
      }
      newByMonth {
        month
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerReportQuery, CustomerReportQueryVariables>;
export const FollowUpReportDocument = new TypedDocumentString(`
    query FollowUpReport($filter: InsightFilter) {
  statistics(filter: $filter) {
    followUps {
      total
      substantive
      byMethod {
        key
        count
        extra
      }
      byPerson {
        person {
          ...InsightPersonFields
        }
        count
        substantive
      }
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<FollowUpReportQuery, FollowUpReportQueryVariables>;
export const OpportunityReportDocument = new TypedDocumentString(`
    query OpportunityReport($filter: InsightFilter) {
  statistics(filter: $filter) {
    opportunities {
      created
      byStage {
        stage {
          sort
          name
        }
        count
        amount
      }
      byCategory {
        key
        count
        amount
      }
      won {
        count
        amount
      }
      lost {
        count
        amount
      }
      lossReasons {
        key
        count
        amount
      }
      monthly {
        month
        longTerm
        midTerm
        shortTerm
        won
        lost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpportunityReportQuery, OpportunityReportQueryVariables>;
export const ProductReportDocument = new TypedDocumentString(`
    query ProductReport($filter: InsightFilter) {
  statistics(filter: $filter) {
    products {
      amount
      byProduct {
        id
        name
        contracts
        quantity
        amount
      }
      byCategory {
        id
        name
        contracts
        quantity
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductReportQuery, ProductReportQueryVariables>;
export const FigureCustomersDocument = new TypedDocumentString(`
    query FigureCustomers($filter: CustomerFilter, $first: Int, $offset: Int) {
  customers(
    filter: $filter
    first: $first
    offset: $offset
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    nodes {
      id
      code
      name
      level
      owner {
        name
      }
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<FigureCustomersQuery, FigureCustomersQueryVariables>;
export const FigureContactsDocument = new TypedDocumentString(`
    query FigureContacts($filter: ContactFilter, $first: Int, $offset: Int) {
  contacts(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      name
      position
      customer {
        id
        name
      }
      owner {
        name
      }
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<FigureContactsQuery, FigureContactsQueryVariables>;
export const FigureOpportunitiesDocument = new TypedDocumentString(`
    query FigureOpportunities($filter: OpportunityFilter, $first: Int, $offset: Int) {
  opportunities(
    filter: $filter
    first: $first
    offset: $offset
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    nodes {
      id
      name
      amount
      category
      customer {
        id
        name
      }
      owner {
        name
      }
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<FigureOpportunitiesQuery, FigureOpportunitiesQueryVariables>;
export const FigureContractsDocument = new TypedDocumentString(`
    query FigureContracts($filter: ContractFilter, $first: Int, $offset: Int) {
  contracts(
    filter: $filter
    first: $first
    offset: $offset
    orderBy: {field: SIGN_DATE, direction: DESC}
  ) {
    totalCount
    nodes {
      id
      code
      title
      amount
      signDate
      customer {
        id
        name
      }
      owner {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FigureContractsQuery, FigureContractsQueryVariables>;
export const FigureReceivablesDocument = new TypedDocumentString(`
    query FigureReceivables($filter: ReceivableFilter, $first: Int, $offset: Int) {
  receivables(
    filter: $filter
    first: $first
    offset: $offset
    orderBy: {field: RECEIVED_DATE, direction: DESC}
  ) {
    totalCount
    nodes {
      id
      code
      amount
      receivedDate
      contract {
        id
        code
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FigureReceivablesQuery, FigureReceivablesQueryVariables>;
export const FigureFollowUpsDocument = new TypedDocumentString(`
    query FigureFollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {
  followUps(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      subject
      result
      substantive
      occurredAt
      author {
        name
      }
      parent {
        type
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FigureFollowUpsQuery, FigureFollowUpsQueryVariables>;
export const TargetSubjectsDocument = new TypedDocumentString(`
    query TargetSubjects {
  targetSubjects {
    departments {
      id
      name
      parentId
    }
    people {
      ...InsightPersonFields
    }
  }
  me {
    user {
      id
      name
      departmentId
    }
  }
}
    fragment InsightPersonFields on InsightPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<TargetSubjectsQuery, TargetSubjectsQueryVariables>;
export const KpiTargetsDocument = new TypedDocumentString(`
    query KpiTargets($type: KpiSubject!, $id: ID!, $year: Int!) {
  kpiTargets(subjectType: $type, subjectId: $id, year: $year) {
    subjectName
    editable
    own {
      month
      metric
      value
    }
    effective {
      month
      metric
      value
    }
  }
}
    `) as unknown as TypedDocumentString<KpiTargetsQuery, KpiTargetsQueryVariables>;
export const SetKpiTargetsDocument = new TypedDocumentString(`
    mutation SetKpiTargets($input: SetKpiTargetsInput!) {
  setKpiTargets(input: $input) {
    subjectName
  }
}
    `) as unknown as TypedDocumentString<SetKpiTargetsMutation, SetKpiTargetsMutationVariables>;
export const SupervisionScopeDocument = new TypedDocumentString(`
    query SupervisionScope {
  supervisionScope {
    supervisesOthers
    people {
      ...SupervisedPersonFields
    }
    departments {
      id
      name
      parentId
    }
  }
}
    fragment SupervisedPersonFields on SupervisedPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<SupervisionScopeQuery, SupervisionScopeQueryVariables>;
export const SupervisionOverviewDocument = new TypedDocumentString(`
    query SupervisionOverview($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {
  supervisionOverview(
    filter: $filter
    orderBy: $orderBy
    first: $first
    offset: $offset
  ) {
    totalCount
    totals {
      followUps
      substantiveFollowUps
      openTasks
      overdueTasks
      reports
    }
    nodes {
      person {
        ...SupervisedPersonFields
      }
      followUps
      substantiveFollowUps
      openTasks
      overdueTasks
      reports
      lastFollowUpAt
    }
  }
}
    fragment SupervisedPersonFields on SupervisedPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<SupervisionOverviewQuery, SupervisionOverviewQueryVariables>;
export const SupervisedFollowUpsDocument = new TypedDocumentString(`
    query SupervisedFollowUps($filter: SupervisedFollowUpFilter, $first: Int, $offset: Int) {
  supervisedFollowUps(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      ...FollowUpFields
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment FollowUpFields on FollowUp {
  id
  parentType
  parentId
  subject
  method
  participants
  objective
  result
  nextStep
  occurredAt
  nextContactAt
  substantive
  createdAt
  viewerCanEdit
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  parent {
    type
    id
    title
  }
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<SupervisedFollowUpsQuery, SupervisedFollowUpsQueryVariables>;
export const SupervisedTasksDocument = new TypedDocumentString(`
    query SupervisedTasks($filter: SupervisedTaskFilter, $first: Int, $offset: Int) {
  supervisedTasks(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      title
      description
      dueAt
      priority
      status
      overdue
      completedAt
      createdAt
      assignee {
        id
        name
        username
      }
      createdBy {
        id
        name
        username
      }
      related {
        type
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisedTasksQuery, SupervisedTasksQueryVariables>;
export const SupervisedReportsDocument = new TypedDocumentString(`
    query SupervisedReports($filter: SupervisedReportFilter, $first: Int, $offset: Int) {
  supervisedReports(filter: $filter, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      kind
      subject
      periodStart
      periodEnd
      createdAt
      unread
      readCount
      commentCount
      unreadCommentCount
      author {
        id
        name
        username
      }
      recipients {
        user {
          id
          name
          username
        }
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisedReportsQuery, SupervisedReportsQueryVariables>;
export const PersonNowDocument = new TypedDocumentString(`
    query PersonNow($userId: ID!) {
  personNow(userId: $userId) {
    person {
      ...SupervisedPersonFields
    }
    lastLoginAt
    openTaskCount
    overdueTaskCount
    todaySchedule {
      id
      title
      startAt
      endAt
      allDay
    }
    openTasks {
      id
      title
      dueAt
      overdue
      priority
    }
    latestFollowUps {
      ...FollowUpFields
    }
    latestReports {
      id
      kind
      subject
      createdAt
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  fileName
  size
  mimeType
  url
}
fragment FollowUpFields on FollowUp {
  id
  parentType
  parentId
  subject
  method
  participants
  objective
  result
  nextStep
  occurredAt
  nextContactAt
  substantive
  createdAt
  viewerCanEdit
  commentCount
  unreadCommentCount
  author {
    id
    name
    username
  }
  parent {
    type
    id
    title
  }
  attachments {
    ...AttachmentFields
  }
}
fragment SupervisedPersonFields on SupervisedPerson {
  id
  username
  name
  status
  departmentId
  departmentName
}`) as unknown as TypedDocumentString<PersonNowQuery, PersonNowQueryVariables>;
export const TaskOpportunityOptionsDocument = new TypedDocumentString(`
    query TaskOpportunityOptions($keyword: String) {
  opportunities(first: 20, filter: {keyword: $keyword}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TaskOpportunityOptionsQuery, TaskOpportunityOptionsQueryVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks {
  myTasks {
    inboxCount
    todayCount
    nextCount
    futureCount
    inbox {
      ...TaskFields
    }
    today {
      ...TaskFields
    }
    next {
      ...TaskFields
    }
    future {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($filter: TaskFilter, $first: Int, $offset: Int, $orderBy: TaskOrder) {
  tasks(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
    totalCount
    nodes {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  task(id: $id) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = new TypedDocumentString(`
    mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {
  updateTask(id: $id, input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const SetTaskStatusDocument = new TypedDocumentString(`
    mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {
  setTaskStatus(id: $id, status: $status) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  title
  description
  dueAt
  priority
  status
  overdue
  completedAt
  createdAt
  viewerCanEdit
  viewerCanChangeStatus
  relatedType
  relatedId
  assignee {
    id
    name
    username
  }
  createdBy {
    id
    name
    username
  }
  related {
    type
    id
    title
  }
}`) as unknown as TypedDocumentString<SetTaskStatusMutation, SetTaskStatusMutationVariables>;
export const DeleteTasksDocument = new TypedDocumentString(`
    mutation DeleteTasks($ids: [ID!]!) {
  deleteTasks(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteTasksMutation, DeleteTasksMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AdminDepartmentsDocument = new TypedDocumentString(`
    query AdminDepartments {
  departments {
    id
    name
    parentId
    enabled
    sortOrder
    headId
    head {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminDepartmentsQuery, AdminDepartmentsQueryVariables>;
export const PositionsDocument = new TypedDocumentString(`
    query Positions($departmentId: ID!) {
  positions(departmentId: $departmentId) {
    id
    name
    departmentId
  }
}
    `) as unknown as TypedDocumentString<PositionsQuery, PositionsQueryVariables>;
export const CreateDepartmentDocument = new TypedDocumentString(`
    mutation CreateDepartment($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = new TypedDocumentString(`
    mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {
  updateDepartment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const DisableDepartmentDocument = new TypedDocumentString(`
    mutation DisableDepartment($id: ID!) {
  disableDepartment(id: $id) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<DisableDepartmentMutation, DisableDepartmentMutationVariables>;
export const EnableDepartmentDocument = new TypedDocumentString(`
    mutation EnableDepartment($id: ID!) {
  enableDepartment(id: $id) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<EnableDepartmentMutation, EnableDepartmentMutationVariables>;
export const CreatePositionDocument = new TypedDocumentString(`
    mutation CreatePosition($input: CreatePositionInput!) {
  createPosition(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePositionMutation, CreatePositionMutationVariables>;
export const UpdatePositionDocument = new TypedDocumentString(`
    mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {
  updatePosition(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePositionMutation, UpdatePositionMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int, $offset: Int, $filter: UserFilter) {
  users(first: $first, offset: $offset, filter: $filter) {
    totalCount
    nodes {
      id
      username
      name
      status
      mustChangePassword
      phone
      email
      address
      lastLoginAt
      createdAt
      departmentId
      positionId
      department {
        id
        name
      }
      position {
        id
        name
      }
      roles {
        id
        name
      }
      viewerCanAdminister
      viewerCanResetPassword
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($id: ID!, $newPassword: String!) {
  resetPassword(id: $id, newPassword: $newPassword) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles($assignable: Boolean) {
  roles(assignable: $assignable) {
    id
    name
    code
    description
    builtin
    permissions
    viewerCanEdit
    defaultScope {
      read
      write
      transfer
    }
    moduleScopes {
      module
      read
      write
      transfer
    }
    customDepartments {
      departmentId
      includeChildren
      department {
        id
        name
      }
    }
    fieldPermissions {
      module
      field
      mode
    }
  }
}
    `) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const PermissionCatalogDocument = new TypedDocumentString(`
    query PermissionCatalog {
  permissionCatalog {
    groups {
      name
      permissions
    }
    modules
    scopeLevels
    fieldModules {
      module
      label
      labelEn
      fields {
        key
        label
        labelEn
        mask
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionCatalogQuery, PermissionCatalogQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {
  updateRole(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const AuditLogsDocument = new TypedDocumentString(`
    query AuditLogs($first: Int, $offset: Int, $filter: AuditLogFilter) {
  auditLogs(first: $first, offset: $offset, filter: $filter) {
    totalCount
    nodes {
      id
      action
      entityType
      entityId
      changes
      ip
      createdAt
      actor {
        id
        name
      }
      people {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogsQuery, AuditLogsQueryVariables>;
export const LoginLogsDocument = new TypedDocumentString(`
    query LoginLogs($first: Int, $offset: Int, $filter: LoginLogFilter) {
  loginLogs(first: $first, offset: $offset, filter: $filter) {
    totalCount
    nodes {
      id
      username
      userId
      success
      reason
      ip
      userAgent
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<LoginLogsQuery, LoginLogsQueryVariables>;
export const ContractsDocument = new TypedDocumentString(`
    query Contracts($first: Int, $offset: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {
  contracts(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...ContractRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ContractRowFields on Contract {
  id
  code
  title
  status
  amount
  receivedAmount
  outstandingAmount
  signDate
  customerId
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  updatedAt
  viewerCanDelete
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<ContractsQuery, ContractsQueryVariables>;
export const ContractDetailDocument = new TypedDocumentString(`
    query ContractDetail($id: ID!) {
  contract(id: $id) {
    ...ContractRowFields
    opportunityId
    opportunity {
      id
      name
    }
    startDate
    endDate
    remarks
    submittedAt
    approvedAt
    paidAt
    voidedAt
    voidReason
    createdAt
    createdBy {
      id
      name
    }
    viewerCanEdit
    viewerCanSubmit
    viewerCanVoid
    viewerCanRecordReceivable
    viewerCanEditPlans
    lines {
      id
      productId
      productName
      model
      unit
      quantity
      unitPrice
      amount
    }
    paymentPlans {
      id
      term
      amount
      plannedDate
      method
      reminderDays
      remarks
      receivedAmount
    }
    receivables {
      id
      code
      amount
      receivedDate
      method
      status
      remarks
      planId
      recordedBy {
        id
        name
      }
      createdAt
      approvals {
        ...ApprovalRunFields
      }
    }
    approvals {
      ...ApprovalRunFields
    }
    history {
      id
      action
      entityType
      entityId
      changes
      createdAt
      actor {
        id
        name
      }
      people {
        id
        name
      }
    }
    customFields {
      key
      values
      display
    }
  }
}
    fragment ContractRowFields on Contract {
  id
  code
  title
  status
  amount
  receivedAmount
  outstandingAmount
  signDate
  customerId
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  updatedAt
  viewerCanDelete
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}
fragment ApprovalRunFields on Approval {
  id
  documentType
  status
  flowName
  createdAt
  decidedAt
  submitter {
    id
    name
  }
  steps {
    id
    position
    name
    approverType
    approverLabel
    status
    comment
    activatedAt
    decidedAt
    decidedBy {
      id
      name
    }
    approvers {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ContractDetailQuery, ContractDetailQueryVariables>;
export const CreateContractDocument = new TypedDocumentString(`
    mutation CreateContract($input: CreateContractInput!) {
  createContract(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateContractMutation, CreateContractMutationVariables>;
export const UpdateContractDocument = new TypedDocumentString(`
    mutation UpdateContract($id: ID!, $input: UpdateContractInput!) {
  updateContract(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateContractMutation, UpdateContractMutationVariables>;
export const DeleteContractsDocument = new TypedDocumentString(`
    mutation DeleteContracts($ids: [ID!]!) {
  deleteContracts(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteContractsMutation, DeleteContractsMutationVariables>;
export const SubmitContractDocument = new TypedDocumentString(`
    mutation SubmitContract($id: ID!) {
  submitContract(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitContractMutation, SubmitContractMutationVariables>;
export const VoidContractDocument = new TypedDocumentString(`
    mutation VoidContract($id: ID!, $reason: String!) {
  voidContract(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<VoidContractMutation, VoidContractMutationVariables>;
export const TransferContractsDocument = new TypedDocumentString(`
    mutation TransferContracts($input: TransferContractsInput!) {
  transferContracts(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TransferContractsMutation, TransferContractsMutationVariables>;
export const CreatePaymentPlanDocument = new TypedDocumentString(`
    mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) {
  createPaymentPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePaymentPlanMutation, CreatePaymentPlanMutationVariables>;
export const UpdatePaymentPlanDocument = new TypedDocumentString(`
    mutation UpdatePaymentPlan($id: ID!, $input: UpdatePaymentPlanInput!) {
  updatePaymentPlan(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePaymentPlanMutation, UpdatePaymentPlanMutationVariables>;
export const DeletePaymentPlanDocument = new TypedDocumentString(`
    mutation DeletePaymentPlan($id: ID!) {
  deletePaymentPlan(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePaymentPlanMutation, DeletePaymentPlanMutationVariables>;
export const CreateReceivableDocument = new TypedDocumentString(`
    mutation CreateReceivable($input: CreateReceivableInput!) {
  createReceivable(input: $input) {
    id
    code
    status
  }
}
    `) as unknown as TypedDocumentString<CreateReceivableMutation, CreateReceivableMutationVariables>;
export const DeleteReceivablesDocument = new TypedDocumentString(`
    mutation DeleteReceivables($ids: [ID!]!) {
  deleteReceivables(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteReceivablesMutation, DeleteReceivablesMutationVariables>;
export const ContractCustomerOptionsDocument = new TypedDocumentString(`
    query ContractCustomerOptions($keyword: String) {
  customers(first: 20, filter: {keyword: $keyword, inPool: false}) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ContractCustomerOptionsQuery, ContractCustomerOptionsQueryVariables>;
export const MyPendingApprovalsDocument = new TypedDocumentString(`
    query MyPendingApprovals($first: Int, $offset: Int) {
  myPendingApprovals(first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      documentType
      position
      name
      activatedAt
      approval {
        id
        createdAt
        submitter {
          id
          name
        }
        steps {
          id
        }
      }
      contract {
        id
        code
        title
        amount
        status
        customer {
          id
          name
        }
        owner {
          id
          name
        }
      }
      receivable {
        id
        code
        amount
        receivedDate
        method
      }
      ownershipRequest {
        id
        customerCode
        customerName
        ownerName
        departmentName
        reason
        withContacts
        withOpportunities
        withContracts
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyPendingApprovalsQuery, MyPendingApprovalsQueryVariables>;
export const MyPendingApprovalCountDocument = new TypedDocumentString(`
    query MyPendingApprovalCount {
  myPendingApprovalCount
}
    `) as unknown as TypedDocumentString<MyPendingApprovalCountQuery, MyPendingApprovalCountQueryVariables>;
export const ApproveApprovalDocument = new TypedDocumentString(`
    mutation ApproveApproval($id: ID!, $comment: String) {
  approveApproval(id: $id, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveApprovalMutation, ApproveApprovalMutationVariables>;
export const RejectApprovalDocument = new TypedDocumentString(`
    mutation RejectApproval($id: ID!, $comment: String!) {
  rejectApproval(id: $id, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectApprovalMutation, RejectApprovalMutationVariables>;
export const ApprovalFlowsDocument = new TypedDocumentString(`
    query ApprovalFlows {
  approvalFlows {
    id
    documentType
    name
    enabled
    version
    updatedAt
    updatedBy {
      id
      name
    }
    steps {
      position
      name
      approverType
      roleId
      userId
      roleName
      user {
        id
        name
      }
    }
    fallbackUserId
    fallbackUser {
      id
      name
    }
    warnings {
      position
      stepName
      reason
      covered
    }
  }
  approvalRoleOptions {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ApprovalFlowsQuery, ApprovalFlowsQueryVariables>;
export const ApprovalUserOptionsDocument = new TypedDocumentString(`
    query ApprovalUserOptions($keyword: String) {
  approvalUserOptions(keyword: $keyword) {
    id
    name
    username
  }
}
    `) as unknown as TypedDocumentString<ApprovalUserOptionsQuery, ApprovalUserOptionsQueryVariables>;
export const SaveApprovalFlowDocument = new TypedDocumentString(`
    mutation SaveApprovalFlow($input: SaveApprovalFlowInput!) {
  saveApprovalFlow(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveApprovalFlowMutation, SaveApprovalFlowMutationVariables>;
export const ContractProductOptionsDocument = new TypedDocumentString(`
    query ContractProductOptions($keyword: String) {
  products(first: 20, filter: {keyword: $keyword, status: ACTIVE}) {
    nodes {
      id
      name
      model
      unit
      price
    }
  }
}
    `) as unknown as TypedDocumentString<ContractProductOptionsQuery, ContractProductOptionsQueryVariables>;
export const ContractOpportunityOptionsDocument = new TypedDocumentString(`
    query ContractOpportunityOptions($customerId: ID) {
  opportunities(first: 50, filter: {customerId: $customerId}) {
    nodes {
      id
      name
      category
    }
  }
}
    `) as unknown as TypedDocumentString<ContractOpportunityOptionsQuery, ContractOpportunityOptionsQueryVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...CustomerRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CustomerRowFields on Customer {
  id
  code
  name
  type
  level
  industry
  source
  region
  contactName
  mobile
  dealStatus
  locked
  lastFollowUpAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerDetailDocument = new TypedDocumentString(`
    query CustomerDetail($id: ID!) {
  customer(id: $id) {
    ...CustomerRowFields
    address
    postcode
    profile
    contactPosition
    phone
    email
    website
    remarks
    nextFollowUpAt
    createdBy {
      id
      name
    }
    contacts {
      ...ContactFields
    }
    team {
      userId
      canEdit
      createdAt
      user {
        id
        name
        username
      }
    }
    history {
      id
      action
      entityType
      entityId
      changes
      createdAt
      actor {
        id
        name
      }
      people {
        id
        name
      }
    }
    sourceLeads {
      id
      name
    }
  }
}
    fragment CustomerRowFields on Customer {
  id
  code
  name
  type
  level
  industry
  source
  region
  contactName
  mobile
  dealStatus
  locked
  lastFollowUpAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}
fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const DeleteCustomersDocument = new TypedDocumentString(`
    mutation DeleteCustomers($ids: [ID!]!) {
  deleteCustomers(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteCustomersMutation, DeleteCustomersMutationVariables>;
export const RestoreCustomersDocument = new TypedDocumentString(`
    mutation RestoreCustomers($ids: [ID!]!) {
  restoreCustomers(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreCustomersMutation, RestoreCustomersMutationVariables>;
export const LockCustomersDocument = new TypedDocumentString(`
    mutation LockCustomers($ids: [ID!]!) {
  lockCustomers(ids: $ids) {
    id
    locked
  }
}
    `) as unknown as TypedDocumentString<LockCustomersMutation, LockCustomersMutationVariables>;
export const UnlockCustomersDocument = new TypedDocumentString(`
    mutation UnlockCustomers($ids: [ID!]!) {
  unlockCustomers(ids: $ids) {
    id
    locked
  }
}
    `) as unknown as TypedDocumentString<UnlockCustomersMutation, UnlockCustomersMutationVariables>;
export const TransferCustomersDocument = new TypedDocumentString(`
    mutation TransferCustomers($input: TransferCustomersInput!) {
  transferCustomers(input: $input) {
    id
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferCustomersMutation, TransferCustomersMutationVariables>;
export const SetTeamMemberDocument = new TypedDocumentString(`
    mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {
  setCustomerTeamMember(
    customerId: $customerId
    userId: $userId
    canEdit: $canEdit
  ) {
    userId
    canEdit
  }
}
    `) as unknown as TypedDocumentString<SetTeamMemberMutation, SetTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($customerId: ID!, $userId: ID!) {
  removeCustomerTeamMember(customerId: $customerId, userId: $userId)
}
    `) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const ContactsDocument = new TypedDocumentString(`
    query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {
  contacts(first: $first, offset: $offset, after: $after, filter: $filter) {
    totalCount
    totalCountExact
    nodes {
      ...ContactFields
      customer {
        id
        code
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<ContactsQuery, ContactsQueryVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactsDocument = new TypedDocumentString(`
    mutation DeleteContacts($ids: [ID!]!) {
  deleteContacts(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteContactsMutation, DeleteContactsMutationVariables>;
export const DuplicateCustomersDocument = new TypedDocumentString(`
    query DuplicateCustomers($input: DuplicateSearchInput!) {
  duplicateCustomers(input: $input) {
    code
    name
    ownerName
    departmentName
    matchedBy
    viewerIsOwner
  }
}
    `) as unknown as TypedDocumentString<DuplicateCustomersQuery, DuplicateCustomersQueryVariables>;
export const RequestOwnershipDocument = new TypedDocumentString(`
    mutation RequestOwnership($input: RequestOwnershipInput!) {
  requestOwnership(input: $input) {
    id
    status
    customerCode
  }
}
    `) as unknown as TypedDocumentString<RequestOwnershipMutation, RequestOwnershipMutationVariables>;
export const MergeCandidateDocument = new TypedDocumentString(`
    query MergeCandidate($id: ID!) {
  customer(id: $id) {
    id
    code
    createdAt
    owner {
      id
      name
    }
    name
    type
    level
    industry
    source
    region
    address
    postcode
    profile
    contactName
    contactPosition
    mobile
    phone
    email
    website
    remarks
  }
}
    `) as unknown as TypedDocumentString<MergeCandidateQuery, MergeCandidateQueryVariables>;
export const MergeCustomersDocument = new TypedDocumentString(`
    mutation MergeCustomers($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) {
    kept {
      id
      code
      name
    }
    mergedIds
  }
}
    `) as unknown as TypedDocumentString<MergeCustomersMutation, MergeCustomersMutationVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    id
    name
    parentId
    enabled
    sortOrder
    headId
  }
}
    `) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const ExportCustomersLinkDocument = new TypedDocumentString(`
    mutation ExportCustomersLink($input: ExportCustomersInput!) {
  exportCustomersLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportCustomersLinkMutation, ExportCustomersLinkMutationVariables>;
export const ExportContactsLinkDocument = new TypedDocumentString(`
    mutation ExportContactsLink($input: ExportContactsInput!) {
  exportContactsLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportContactsLinkMutation, ExportContactsLinkMutationVariables>;
export const ExportOpportunitiesLinkDocument = new TypedDocumentString(`
    mutation ExportOpportunitiesLink($input: ExportOpportunitiesInput!) {
  exportOpportunitiesLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportOpportunitiesLinkMutation, ExportOpportunitiesLinkMutationVariables>;
export const ExportContractsLinkDocument = new TypedDocumentString(`
    mutation ExportContractsLink($input: ExportContractsInput!) {
  exportContractsLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportContractsLinkMutation, ExportContractsLinkMutationVariables>;
export const ExportReceivablesLinkDocument = new TypedDocumentString(`
    mutation ExportReceivablesLink($input: ExportReceivablesInput!) {
  exportReceivablesLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportReceivablesLinkMutation, ExportReceivablesLinkMutationVariables>;
export const ExportFollowUpsLinkDocument = new TypedDocumentString(`
    mutation ExportFollowUpsLink($input: ExportFollowUpsInput!) {
  exportFollowUpsLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportFollowUpsLinkMutation, ExportFollowUpsLinkMutationVariables>;
export const DataImportDocument = new TypedDocumentString(`
    query DataImport($id: ID!) {
  dataImport(id: $id) {
    ...DataImportFields
  }
}
    fragment DataImportFields on DataImport {
  id
  module
  status
  fileName
  fileFormat
  totalRows
  processedRows
  progress
  createdCount
  updatedCount
  duplicateCount
  errorCount
  warningCount
  failure
  createdAt
  validatedAt
  finishedAt
  headers
  mapping
  options {
    owner
    ownerId
    duplicates
    allOrNothing
  }
  fields {
    key
    label
    required
    hint
    choices
  }
  viewerCanUndo
  problemFileUrl
  createdBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<DataImportQuery, DataImportQueryVariables>;
export const DataImportProblemsDocument = new TypedDocumentString(`
    query DataImportProblems($id: ID!, $first: Int, $offset: Int, $kind: ImportProblemKind) {
  dataImport(id: $id) {
    id
    problems(first: $first, offset: $offset, kind: $kind) {
      totalCount
      nodes {
        rowNumber
        kind
        cells
        messages {
          column
          message
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataImportProblemsQuery, DataImportProblemsQueryVariables>;
export const DataImportsDocument = new TypedDocumentString(`
    query DataImports($module: ImportModule, $first: Int, $offset: Int) {
  dataImports(module: $module, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      module
      status
      fileName
      createdAt
      finishedAt
      createdCount
      updatedCount
      duplicateCount
      errorCount
      problemFileUrl
      viewerCanUndo
      createdBy {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataImportsQuery, DataImportsQueryVariables>;
export const StartDataImportDocument = new TypedDocumentString(`
    mutation StartDataImport($id: ID!, $input: StartDataImportInput!) {
  startDataImport(id: $id, input: $input) {
    ...DataImportFields
  }
}
    fragment DataImportFields on DataImport {
  id
  module
  status
  fileName
  fileFormat
  totalRows
  processedRows
  progress
  createdCount
  updatedCount
  duplicateCount
  errorCount
  warningCount
  failure
  createdAt
  validatedAt
  finishedAt
  headers
  mapping
  options {
    owner
    ownerId
    duplicates
    allOrNothing
  }
  fields {
    key
    label
    required
    hint
    choices
  }
  viewerCanUndo
  problemFileUrl
  createdBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<StartDataImportMutation, StartDataImportMutationVariables>;
export const CommitDataImportDocument = new TypedDocumentString(`
    mutation CommitDataImport($id: ID!) {
  commitDataImport(id: $id) {
    ...DataImportFields
  }
}
    fragment DataImportFields on DataImport {
  id
  module
  status
  fileName
  fileFormat
  totalRows
  processedRows
  progress
  createdCount
  updatedCount
  duplicateCount
  errorCount
  warningCount
  failure
  createdAt
  validatedAt
  finishedAt
  headers
  mapping
  options {
    owner
    ownerId
    duplicates
    allOrNothing
  }
  fields {
    key
    label
    required
    hint
    choices
  }
  viewerCanUndo
  problemFileUrl
  createdBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<CommitDataImportMutation, CommitDataImportMutationVariables>;
export const CancelDataImportDocument = new TypedDocumentString(`
    mutation CancelDataImport($id: ID!) {
  cancelDataImport(id: $id) {
    ...DataImportFields
  }
}
    fragment DataImportFields on DataImport {
  id
  module
  status
  fileName
  fileFormat
  totalRows
  processedRows
  progress
  createdCount
  updatedCount
  duplicateCount
  errorCount
  warningCount
  failure
  createdAt
  validatedAt
  finishedAt
  headers
  mapping
  options {
    owner
    ownerId
    duplicates
    allOrNothing
  }
  fields {
    key
    label
    required
    hint
    choices
  }
  viewerCanUndo
  problemFileUrl
  createdBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<CancelDataImportMutation, CancelDataImportMutationVariables>;
export const UndoDataImportDocument = new TypedDocumentString(`
    mutation UndoDataImport($id: ID!) {
  undoDataImport(id: $id) {
    ...DataImportFields
  }
}
    fragment DataImportFields on DataImport {
  id
  module
  status
  fileName
  fileFormat
  totalRows
  processedRows
  progress
  createdCount
  updatedCount
  duplicateCount
  errorCount
  warningCount
  failure
  createdAt
  validatedAt
  finishedAt
  headers
  mapping
  options {
    owner
    ownerId
    duplicates
    allOrNothing
  }
  fields {
    key
    label
    required
    hint
    choices
  }
  viewerCanUndo
  problemFileUrl
  createdBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<UndoDataImportMutation, UndoDataImportMutationVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {
  leads(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...LeadRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LeadRowFields on Lead {
  id
  name
  company
  mobile
  phone
  email
  source
  status
  nextContactAt
  convertedAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  customer {
    id
    code
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadDetailDocument = new TypedDocumentString(`
    query LeadDetail($id: ID!) {
  lead(id: $id) {
    ...LeadRowFields
    address
    remarks
    createdBy {
      id
      name
    }
    history {
      id
      action
      changes
      createdAt
      actor {
        id
        name
      }
      people {
        id
        name
      }
    }
  }
}
    fragment LeadRowFields on Lead {
  id
  name
  company
  mobile
  phone
  email
  source
  status
  nextContactAt
  convertedAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  customer {
    id
    code
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<LeadDetailQuery, LeadDetailQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) {
  updateLead(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const DeleteLeadsDocument = new TypedDocumentString(`
    mutation DeleteLeads($ids: [ID!]!) {
  deleteLeads(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteLeadsMutation, DeleteLeadsMutationVariables>;
export const RestoreLeadsDocument = new TypedDocumentString(`
    mutation RestoreLeads($ids: [ID!]!) {
  restoreLeads(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreLeadsMutation, RestoreLeadsMutationVariables>;
export const TransferLeadsDocument = new TypedDocumentString(`
    mutation TransferLeads($input: TransferLeadsInput!) {
  transferLeads(input: $input) {
    id
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferLeadsMutation, TransferLeadsMutationVariables>;
export const ConvertLeadsDocument = new TypedDocumentString(`
    mutation ConvertLeads($input: ConvertLeadsInput!) {
  convertLeads(input: $input) {
    id
    status
    customer {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConvertLeadsMutation, ConvertLeadsMutationVariables>;
export const ExportLeadsLinkDocument = new TypedDocumentString(`
    mutation ExportLeadsLink($input: ExportLeadsInput!) {
  exportLeadsLink(input: $input) {
    ...ExportLinkFields
  }
}
    fragment ExportLinkFields on ExportLink {
  url
  fileName
  count
}`) as unknown as TypedDocumentString<ExportLeadsLinkMutation, ExportLeadsLinkMutationVariables>;
export const OffboardingPreviewDocument = new TypedDocumentString(`
    query OffboardingPreview($userId: ID!) {
  offboardingPreview(userId: $userId) {
    user {
      id
      name
      status
    }
    records {
      ...OffboardingCountsFields
    }
  }
}
    fragment OffboardingCountsFields on OffboardingCounts {
  customers
  contacts
  opportunities
  contracts
  leads
  openTasks
  total
}`) as unknown as TypedDocumentString<OffboardingPreviewQuery, OffboardingPreviewQueryVariables>;
export const OffboardUserDocument = new TypedDocumentString(`
    mutation OffboardUser($input: OffboardUserInput!) {
  offboardUser(input: $input) {
    user {
      id
      name
      status
    }
    successor {
      id
      name
    }
    customersReleased
    transferred {
      ...OffboardingCountsFields
    }
    kept {
      ...OffboardingCountsFields
    }
  }
}
    fragment OffboardingCountsFields on OffboardingCounts {
  customers
  contacts
  opportunities
  contracts
  leads
  openTasks
  total
}`) as unknown as TypedDocumentString<OffboardUserMutation, OffboardUserMutationVariables>;
export const OpportunityStagesDocument = new TypedDocumentString(`
    query OpportunityStages {
  opportunityStages {
    ...StageFields
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}`) as unknown as TypedDocumentString<OpportunityStagesQuery, OpportunityStagesQueryVariables>;
export const OpportunitiesDocument = new TypedDocumentString(`
    query Opportunities($first: Int, $offset: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
  opportunities(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...OpportunityRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}
fragment OpportunityRowFields on Opportunity {
  id
  name
  amount
  category
  expectedCloseDate
  followUpDueAt
  updatedAt
  createdAt
  deletedAt
  probability
  stage {
    ...StageFields
  }
  customer {
    id
    code
    name
  }
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<OpportunitiesQuery, OpportunitiesQueryVariables>;
export const OpportunityDetailDocument = new TypedDocumentString(`
    query OpportunityDetail($id: ID!) {
  opportunity(id: $id) {
    ...OpportunityRowFields
    customerId
    partnerCustomerId
    partnerCustomer {
      id
      name
    }
    intentCategory
    purchaseReason
    purchaseForm
    budget
    requirements
    executionTime
    competitors
    lostReason
    closedAt
    lastProgressAt
    createdBy {
      id
      name
    }
    products {
      productId
      productName
      model
      unit
      quantity
      unitPrice
      amount
    }
    contacts {
      id
      name
      position
      mobile
    }
    progress {
      id
      content
      nextPlan
      countsAsContact
      createdAt
      author {
        id
        name
      }
      stage {
        sort
        name
      }
    }
    history {
      id
      action
      changes
      createdAt
      actor {
        id
        name
      }
      people {
        id
        name
      }
    }
    customFields {
      key
      values
      display
    }
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}
fragment OpportunityRowFields on Opportunity {
  id
  name
  amount
  category
  expectedCloseDate
  followUpDueAt
  updatedAt
  createdAt
  deletedAt
  probability
  stage {
    ...StageFields
  }
  customer {
    id
    code
    name
  }
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<OpportunityDetailQuery, OpportunityDetailQueryVariables>;
export const OpportunityBoardDocument = new TypedDocumentString(`
    query OpportunityBoard($filter: OpportunityFilter, $cards: Int) {
  opportunityBoard(filter: $filter, cardsPerColumn: $cards) {
    totalCount
    totalAmount
    columns {
      stage {
        ...StageFields
      }
      count
      amount
      cards {
        ...OpportunityRowFields
      }
    }
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}
fragment OpportunityRowFields on Opportunity {
  id
  name
  amount
  category
  expectedCloseDate
  followUpDueAt
  updatedAt
  createdAt
  deletedAt
  probability
  stage {
    ...StageFields
  }
  customer {
    id
    code
    name
  }
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<OpportunityBoardQuery, OpportunityBoardQueryVariables>;
export const DueOpportunitiesDocument = new TypedDocumentString(`
    query DueOpportunities($first: Int, $offset: Int, $after: String) {
  opportunitiesDueForFollowUp(first: $first, offset: $offset, after: $after) {
    totalCount
    totalCountExact
    nodes {
      ...OpportunityRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}
fragment OpportunityRowFields on Opportunity {
  id
  name
  amount
  category
  expectedCloseDate
  followUpDueAt
  updatedAt
  createdAt
  deletedAt
  probability
  stage {
    ...StageFields
  }
  customer {
    id
    code
    name
  }
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<DueOpportunitiesQuery, DueOpportunitiesQueryVariables>;
export const CreateOpportunityDocument = new TypedDocumentString(`
    mutation CreateOpportunity($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOpportunityMutation, CreateOpportunityMutationVariables>;
export const UpdateOpportunityDocument = new TypedDocumentString(`
    mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
export const UpdateOpportunityCategoryDocument = new TypedDocumentString(`
    mutation UpdateOpportunityCategory($id: ID!, $input: UpdateOpportunityCategoryInput!) {
  updateOpportunityCategory(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateOpportunityCategoryMutation, UpdateOpportunityCategoryMutationVariables>;
export const DeleteOpportunitiesDocument = new TypedDocumentString(`
    mutation DeleteOpportunities($ids: [ID!]!) {
  deleteOpportunities(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteOpportunitiesMutation, DeleteOpportunitiesMutationVariables>;
export const RestoreOpportunitiesDocument = new TypedDocumentString(`
    mutation RestoreOpportunities($ids: [ID!]!) {
  restoreOpportunities(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreOpportunitiesMutation, RestoreOpportunitiesMutationVariables>;
export const TransferOpportunitiesDocument = new TypedDocumentString(`
    mutation TransferOpportunities($input: TransferOpportunitiesInput!) {
  transferOpportunities(input: $input) {
    id
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferOpportunitiesMutation, TransferOpportunitiesMutationVariables>;
export const AddOpportunityProgressDocument = new TypedDocumentString(`
    mutation AddOpportunityProgress($input: AddOpportunityProgressInput!) {
  addOpportunityProgress(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddOpportunityProgressMutation, AddOpportunityProgressMutationVariables>;
export const OpportunityCustomerChoicesDocument = new TypedDocumentString(`
    query OpportunityCustomerChoices($keyword: String, $type: CustomerType, $inPool: Boolean) {
  customers(first: 20, filter: {keyword: $keyword, type: $type, inPool: $inPool}) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OpportunityCustomerChoicesQuery, OpportunityCustomerChoicesQueryVariables>;
export const OpportunityCustomerContactsDocument = new TypedDocumentString(`
    query OpportunityCustomerContacts($id: ID!) {
  customer(id: $id) {
    id
    contacts {
      id
      name
      position
    }
  }
}
    `) as unknown as TypedDocumentString<OpportunityCustomerContactsQuery, OpportunityCustomerContactsQueryVariables>;
export const CustomerOpportunitiesDocument = new TypedDocumentString(`
    query CustomerOpportunities($id: ID!) {
  customer(id: $id) {
    id
    opportunities {
      ...OpportunityRowFields
    }
  }
}
    fragment StageFields on OpportunityStage {
  id
  name
  probability
  sort
  enabled
}
fragment OpportunityRowFields on Opportunity {
  id
  name
  amount
  category
  expectedCloseDate
  followUpDueAt
  updatedAt
  createdAt
  deletedAt
  probability
  stage {
    ...StageFields
  }
  customer {
    id
    code
    name
  }
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
  viewerCanTransfer
  customFields {
    key
    values
    display
  }
}`) as unknown as TypedDocumentString<CustomerOpportunitiesQuery, CustomerOpportunitiesQueryVariables>;
export const CreateOpportunityStageDocument = new TypedDocumentString(`
    mutation CreateOpportunityStage($input: OpportunityStageInput!) {
  createOpportunityStage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOpportunityStageMutation, CreateOpportunityStageMutationVariables>;
export const UpdateOpportunityStageDocument = new TypedDocumentString(`
    mutation UpdateOpportunityStage($id: ID!, $input: OpportunityStageInput!) {
  updateOpportunityStage(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateOpportunityStageMutation, UpdateOpportunityStageMutationVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($first: Int, $offset: Int, $after: String, $filter: ProductFilter) {
  products(first: $first, offset: $offset, after: $after, filter: $filter) {
    totalCount
    totalCountExact
    nodes {
      ...ProductRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProductRowFields on Product {
  id
  name
  model
  unit
  price
  status
  categoryId
  description
  deletedAt
  updatedAt
  category {
    id
    name
  }
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ProductCategoriesDocument = new TypedDocumentString(`
    query ProductCategories {
  productCategories {
    id
    name
    parentId
    sort
  }
}
    `) as unknown as TypedDocumentString<ProductCategoriesQuery, ProductCategoriesQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const DeleteProductsDocument = new TypedDocumentString(`
    mutation DeleteProducts($ids: [ID!]!) {
  deleteProducts(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteProductsMutation, DeleteProductsMutationVariables>;
export const RestoreProductsDocument = new TypedDocumentString(`
    mutation RestoreProducts($ids: [ID!]!) {
  restoreProducts(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreProductsMutation, RestoreProductsMutationVariables>;
export const CreateProductCategoryDocument = new TypedDocumentString(`
    mutation CreateProductCategory($input: ProductCategoryInput!) {
  createProductCategory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductCategoryMutation, CreateProductCategoryMutationVariables>;
export const UpdateProductCategoryDocument = new TypedDocumentString(`
    mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {
  updateProductCategory(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProductCategoryMutation, UpdateProductCategoryMutationVariables>;
export const DeleteProductCategoryDocument = new TypedDocumentString(`
    mutation DeleteProductCategory($id: ID!) {
  deleteProductCategory(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteProductCategoryMutation, DeleteProductCategoryMutationVariables>;
export const PoolsDocument = new TypedDocumentString(`
    query Pools {
  pools {
    ...PoolSummaryFields
  }
}
    fragment PoolSummaryFields on Pool {
  id
  name
  isDefault
  recycleEnabled
  exemptDealCustomers
  exemptOpenOpportunities
  warnDays
  customerCount
  viewerCanList
  viewerCanClaim
  viewerCanAdminister
  rules {
    level
    noFollowUpDays
    noOpportunityDays
    noDealDays
  }
}`) as unknown as TypedDocumentString<PoolsQuery, PoolsQueryVariables>;
export const PoolsDetailDocument = new TypedDocumentString(`
    query PoolsDetail {
  pools {
    ...PoolSummaryFields
    administrators {
      id
      name
    }
    memberUsers {
      id
      name
    }
    memberDepartments {
      department {
        id
        name
      }
      includeChildren
    }
  }
  poolSettings {
    maxOwnedCustomers
    maxClaimsPerDay
    reclaimBarDays
    maxLockedCustomers
    opportunityChecksAvailable
    contractChecksAvailable
  }
}
    fragment PoolSummaryFields on Pool {
  id
  name
  isDefault
  recycleEnabled
  exemptDealCustomers
  exemptOpenOpportunities
  warnDays
  customerCount
  viewerCanList
  viewerCanClaim
  viewerCanAdminister
  rules {
    level
    noFollowUpDays
    noOpportunityDays
    noDealDays
  }
}`) as unknown as TypedDocumentString<PoolsDetailQuery, PoolsDetailQueryVariables>;
export const PoolCustomersDocument = new TypedDocumentString(`
    query PoolCustomers($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int, $after: String) {
  poolCustomers(
    poolId: $poolId
    filter: $filter
    first: $first
    offset: $offset
    after: $after
  ) {
    totalCount
    totalCountExact
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      level
      region
      industry
      contactName
      poolReason
      poolNote
      poolEnteredAt
      previousOwner {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PoolCustomersQuery, PoolCustomersQueryVariables>;
export const PoolClaimQuotaDocument = new TypedDocumentString(`
    query PoolClaimQuota {
  poolClaimQuota {
    ownedCustomers
    maxOwnedCustomers
    claimedToday
    maxClaimsPerDay
    reclaimBarDays
  }
}
    `) as unknown as TypedDocumentString<PoolClaimQuotaQuery, PoolClaimQuotaQueryVariables>;
export const PoolSettingsDocument = new TypedDocumentString(`
    query PoolSettings {
  poolSettings {
    maxOwnedCustomers
    maxClaimsPerDay
    reclaimBarDays
    maxLockedCustomers
    opportunityChecksAvailable
    contractChecksAvailable
  }
}
    `) as unknown as TypedDocumentString<PoolSettingsQuery, PoolSettingsQueryVariables>;
export const CustomerPoolDocument = new TypedDocumentString(`
    query CustomerPool($id: ID!) {
  customer(id: $id) {
    id
    ownerId
    locked
    viewerCanManage
    poolReason
    poolNote
    poolEnteredAt
    previousOwner {
      id
      name
    }
    pool {
      id
      name
      viewerCanClaim
    }
    poolHistory {
      id
      event
      reason
      note
      createdAt
      pool {
        id
        name
      }
      fromPool {
        id
        name
      }
      fromOwner {
        id
        name
      }
      toOwner {
        id
        name
      }
      actor {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerPoolQuery, CustomerPoolQueryVariables>;
export const ClaimCustomersDocument = new TypedDocumentString(`
    mutation ClaimCustomers($ids: [ID!]!) {
  claimCustomers(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimCustomersMutation, ClaimCustomersMutationVariables>;
export const AssignCustomersDocument = new TypedDocumentString(`
    mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {
  assignCustomers(ids: $ids, userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignCustomersMutation, AssignCustomersMutationVariables>;
export const ReturnCustomersDocument = new TypedDocumentString(`
    mutation ReturnCustomers($ids: [ID!]!, $reason: String!) {
  returnCustomersToPool(ids: $ids, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReturnCustomersMutation, ReturnCustomersMutationVariables>;
export const MoveCustomersDocument = new TypedDocumentString(`
    mutation MoveCustomers($ids: [ID!]!, $poolId: ID!) {
  moveCustomersToPool(ids: $ids, poolId: $poolId) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveCustomersMutation, MoveCustomersMutationVariables>;
export const CreatePoolDocument = new TypedDocumentString(`
    mutation CreatePool($input: CreatePoolInput!) {
  createPool(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePoolMutation, CreatePoolMutationVariables>;
export const UpdatePoolDocument = new TypedDocumentString(`
    mutation UpdatePool($id: ID!, $input: UpdatePoolInput!) {
  updatePool(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePoolMutation, UpdatePoolMutationVariables>;
export const UpdatePoolRulesDocument = new TypedDocumentString(`
    mutation UpdatePoolRules($poolId: ID!, $input: UpdatePoolRulesInput!) {
  updatePoolRules(poolId: $poolId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePoolRulesMutation, UpdatePoolRulesMutationVariables>;
export const UpdatePoolSettingsDocument = new TypedDocumentString(`
    mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) {
  updatePoolSettings(input: $input) {
    maxOwnedCustomers
  }
}
    `) as unknown as TypedDocumentString<UpdatePoolSettingsMutation, UpdatePoolSettingsMutationVariables>;
export const RecycleBinDocument = new TypedDocumentString(`
    query RecycleBin($first: Int, $offset: Int, $after: String, $filter: RecycleBinFilter!) {
  recycleBin(first: $first, offset: $offset, after: $after, filter: $filter) {
    totalCount
    totalCountExact
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      type
      code
      title
      deletedAt
      deletedBy {
        id
        name
      }
      viewerCanRestore
      deletedWithCount
    }
  }
}
    `) as unknown as TypedDocumentString<RecycleBinQuery, RecycleBinQueryVariables>;
export const RestoreRecordsDocument = new TypedDocumentString(`
    mutation RestoreRecords($input: RestoreRecordsInput!) {
  restoreRecords(input: $input) {
    type
    ids
  }
}
    `) as unknown as TypedDocumentString<RestoreRecordsMutation, RestoreRecordsMutationVariables>;
export const UserDirectoryDocument = new TypedDocumentString(`
    query UserDirectory($keyword: String) {
  userDirectory(keyword: $keyword) {
    id
    name
    username
  }
}
    `) as unknown as TypedDocumentString<UserDirectoryQuery, UserDirectoryQueryVariables>;
export const TransferTargetsDocument = new TypedDocumentString(`
    query TransferTargets($module: String!, $keyword: String) {
  transferTargets(module: $module, keyword: $keyword) {
    id
    name
    username
  }
}
    `) as unknown as TypedDocumentString<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const CustomFieldsDocument = new TypedDocumentString(`
    query CustomFields($module: String!, $withDisabled: Boolean) {
  customFields(module: $module, withDisabled: $withDisabled) {
    id
    module
    key
    label
    type
    required
    enabled
    sortOrder
    dictionaryKind
    viewerMode
    options {
      id
      code
      name
      path
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<CustomFieldsQuery, CustomFieldsQueryVariables>;
export const DictionariesDocument = new TypedDocumentString(`
    query Dictionaries {
  dictionaries {
    kind
    name
    tree
    options {
      id
      kind
      code
      name
      parentId
      path
      sortOrder
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<DictionariesQuery, DictionariesQueryVariables>;
export const MyFieldPermissionsDocument = new TypedDocumentString(`
    query MyFieldPermissions {
  myFieldPermissions {
    module
    field
    mode
  }
}
    `) as unknown as TypedDocumentString<MyFieldPermissionsQuery, MyFieldPermissionsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    permissions
    readableModules
    mustChangePassword
    superAdmin
    supervisesOthers
    user {
      id
      username
      name
      departmentId
      phone
      email
      address
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;