// Shared set-up for the contract, approval and receivable tests: a small company, products, opportunities,
// and GraphQL helpers that create, submit and approve contracts through the real endpoint.
import { DataSource, IsNull } from 'typeorm';
import { ApprovalStep, Customer, Department, Opportunity, OpportunityStage, Product, Role, User } from '@/entities';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { ProductStatus } from '@/entities/product.entity';
import { ScopeLevel } from '@/lib/access';
import { ensureDefaultStages } from '@/lib/opportunity/stage.service';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';

export const CONTRACT_FIELDS = `id code title status amount receivedAmount outstandingAmount signDate startDate endDate ownerId customerId opportunityId paidAt
  lines { productId productName model quantity unitPrice amount }`;

export interface Company {
  root: Department;
  sales: Department;
  north: Department;
  manager: User;
  li: User;
  sun: User;
  zhao: User;
  finance: User;
  finance2: User;
  admin: User;
  settings: User;
  product: Product;
  cheap: Product;
  customerOfLi: Customer;
  customerOfZhao: Customer;
}

let seq = 0;

export async function makeProduct(db: DataSource, input: Partial<Product> = {}) {
  return db.getRepository(Product).save(db.getRepository(Product).create({
    name: `产品${++seq}`, model: `M-${seq}`, unit: '台', price: '100.00', status: ProductStatus.ACTIVE, createdById: 1, ...input,
  }));
}

export async function makeOpportunity(db: DataSource, customer: Customer, owner: User) {
  await ensureDefaultStages(db.manager);
  const stage = await db.getRepository(OpportunityStage).findOneByOrFail({ sort: 3 });
  return db.getRepository(Opportunity).save(db.getRepository(Opportunity).create({
    name: `商机${++seq}`, customerId: customer.id, amount: '0.00', category: OpportunityCategory.SHORT_TERM, stageId: stage.id,
    expectedCloseDate: '2026-12-31', ownerId: owner.id, createdById: owner.id,
  }));
}

/**
 * 销售部 (head: manager) ⊃ 北京组 (li, sun); zhao in the root department; two finance users; an administrator;
 * a settings administrator (系统管理员).
 */
export async function makeCompany(db: DataSource): Promise<Company> {
  const root = await rootDepartment(db);
  const salesDept = await makeDepartment(db, root, '销售部');
  const north = await makeDepartment(db, salesDept, '北京组');
  const [managerRole, salesRole, financeRole, adminRole, systemRole] = await Promise.all(
    ['DEPT_MANAGER', 'SALES', 'FINANCE', 'SUPER_ADMIN', 'SYSTEM_ADMIN'].map((code) => roleByCode(db, code)),
  );
  const manager = await makeUser(db, salesDept, [managerRole], { name: '王经理' });
  await db.getRepository(Department).update({ id: salesDept.id }, { headId: manager.id });
  const li = await makeUser(db, north, [salesRole], { name: '李娜' });
  const sun = await makeUser(db, north, [salesRole], { name: '孙磊' });
  const zhao = await makeUser(db, root, [salesRole], { name: '赵敏' });
  const finance = await makeUser(db, root, [financeRole], { name: '钱会计' });
  const finance2 = await makeUser(db, root, [financeRole], { name: '吴出纳' });
  const admin = await makeUser(db, root, [adminRole], { name: '超管' });
  const settings = await makeUser(db, root, [systemRole], { name: '信息管理员' });
  return {
    root, sales: salesDept, north, manager, li, sun, zhao, finance, finance2, admin, settings,
    product: await makeProduct(db, { name: '扫描仪', model: 'S-100', price: '1234567.89' }),
    cheap: await makeProduct(db, { name: '耗材', model: 'C-1', unit: '盒', price: '0.10' }),
    customerOfLi: await makeCustomer(db, li),
    customerOfZhao: await makeCustomer(db, zhao),
  };
}

export const as = (db: DataSource, user: User): Promise<As> => tokenFor(db, user);

export async function createContract(db: DataSource, user: User, input: Record<string, unknown>) {
  const data = await ok(await as(db, user), `mutation($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT_FIELDS} } }`, { input });
  return data.createContract;
}

export const contractInput = (customer: Customer, extra: Record<string, unknown> = {}) => ({
  title: '年度设备采购合同', customerId: String(customer.id), amount: '1000.00', signDate: '2026-11-20', ...extra,
});

export async function submit(db: DataSource, user: User, id: string | number) {
  return gql(await as(db, user), 'mutation($id: ID!) { submitContract(id: $id) { id status } }', { id: String(id) });
}

/** An APPROVED contract (no flow configured at the time of the call). */
export async function approvedContract(db: DataSource, user: User, customer: Customer, extra: Record<string, unknown> = {}) {
  const contract = await createContract(db, user, contractInput(customer, extra));
  const result = await submit(db, user, contract.id);
  if (result.data?.submitContract.status !== 'APPROVED') throw new Error(`expected APPROVED, got ${JSON.stringify(result)}`);
  return contract;
}

export async function saveFlow(db: DataSource, user: User, documentType: 'CONTRACT' | 'RECEIVABLE', steps: Record<string, unknown>[], enabled = true) {
  return gql(await as(db, user), 'mutation($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id documentType enabled version steps { position name approverType roleId userId } } }', {
    input: { documentType, name: documentType === 'CONTRACT' ? '合同审批' : '回款审批', enabled, steps },
  });
}

/** The ACTIVE step of the latest approval of a contract (through the database, for driving decisions). */
export async function activeStep(db: DataSource, contractId: number | string, documentType = 'CONTRACT') {
  return db.getRepository(ApprovalStep).findOne({
    where: { contractId: Number(contractId), documentType: documentType as never, status: ApprovalStepStatus.ACTIVE }, order: { id: 'DESC' },
  });
}

export async function decide(db: DataSource, user: User, stepId: number, decision: 'approve' | 'reject', comment: string | null = null) {
  const mutation = decision === 'approve'
    ? 'mutation($id: ID!, $comment: String) { approveApproval(id: $id, comment: $comment) { id status comment decidedBy { id } } }'
    : 'mutation($id: ID!, $comment: String!) { rejectApproval(id: $id, comment: $comment) { id status comment decidedBy { id } } }';
  return gql(await as(db, user), mutation, { id: String(stepId), comment });
}

export async function contractOf(db: DataSource, user: User, id: string | number) {
  return (await ok(await as(db, user), `query($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS} } }`, { id: String(id) })).contract;
}

/** A role with the given contract scope and permissions (for scope-specific cases). */
export async function contractRole(db: DataSource, read: ScopeLevel, write: ScopeLevel, permissions: string[]): Promise<Role> {
  return makeRole(db, { read: ScopeLevel.SELF, write: ScopeLevel.SELF, permissions, moduleScopes: { contract: { read, write }, customer: { read, write } } });
}

export const liveCustomer = (db: DataSource, id: number) => db.getRepository(Customer).findOneByOrFail({ id, deletedAt: IsNull() });

export { codeOf, gql, ok };
