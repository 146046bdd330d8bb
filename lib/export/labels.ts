// Chinese display names of the enumerated values, shared by exports (written) and imports (read back, together with
// the English codes), so a file exported from one list imports into another without editing.
import { CustomerLevel, CustomerType, DealStatus } from '@/entities/customer.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { ProductStatus } from '@/entities/product.entity';

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, string> = { DIRECT: '直接客户', DISTRIBUTOR: '分销商' };
export const CUSTOMER_LEVEL_LABELS: Record<CustomerLevel, string> = { CORE: '核心', HIGH_GROWTH: '高成长', NORMAL: '普通' };
export const DEAL_STATUS_LABELS: Record<DealStatus, string> = { NONE: '未成交', DEAL: '已成交' };
export const OPPORTUNITY_CATEGORY_LABELS: Record<OpportunityCategory, string> = { SHORT_TERM: '短线', MID_TERM: '中线', LONG_TERM: '线索', WON: '已成交', LOST: '放弃' };
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = { DRAFT: '草稿', PENDING: '审批中', APPROVED: '已审批', REJECTED: '已驳回', VOID: '已作废' };
export const RECEIVABLE_STATUS_LABELS: Record<ReceivableStatus, string> = { PENDING: '审批中', APPROVED: '已确认', REJECTED: '已驳回' };
export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = { NEW: '新线索', CONTACTED: '已联系', QUALIFIED: '已确认', CONVERTED: '已转化', INVALID: '无效' };
export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = { ACTIVE: '在售', INACTIVE: '停售' };
export const RECORD_TYPE_LABELS: Record<string, string> = { customer: '客户', contact: '联系人', lead: '线索', opportunity: '商机', contract: '合同' };

export const yesNo = (value: boolean) => (value ? '是' : '否');
