// Demo contracts (issue 3, items 5–6): a finance user, approval flows (department head, then 财务; receivables
// confirmed by 财务), and contracts in every status for the demo owners — drafts, awaiting the head or finance,
// rejected with a comment, approved with payment plans and receivables, voided, and one fully paid that wins its
// opportunity. Everything goes through the services, so numbers, approvals, notifications and audit are real.
import { DataSource, In, IsNull } from 'typeorm';
import { ApprovalStep, Customer, Department, Opportunity, Product, Role, User, UserRole } from '@/entities';
import { ApprovalDocumentType, ApproverType } from '@/entities/approval-flow.entity';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { CustomerType } from '@/entities/customer.entity';
import { OPEN_CATEGORIES } from '@/entities/opportunity.entity';
import { ProductStatus } from '@/entities/product.entity';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, loadViewer } from '@/lib/access';
import { saveApprovalFlow } from '@/lib/approval/approval-flow.service';
import { decideApproval } from '@/lib/approval/approval.engine';
import { hashPassword } from '@/lib/auth/password';
import { createContract, voidContract } from '@/lib/contract/contract.service';
import { submitContract } from '@/lib/contract/contract-submit.service';
import { addDays, todayIn } from '@/lib/contract/dates';
import { centsOf, formatCents } from '@/lib/contract/money';
import { createPaymentPlan } from '@/lib/contract/payment-plan.service';
import { createReceivable } from '@/lib/receivable/receivable.service';

type Plan = 'DRAFT' | 'AT_HEAD' | 'AT_FINANCE' | 'APPROVED' | 'PARTLY_PAID' | 'REJECTED' | 'VOID' | 'PAID' | 'RECEIVABLE_PENDING';

/** What each demo owner's contracts look like, in order of their customers. */
const PLANS: Record<string, Plan[]> = {
  li: ['PAID', 'PARTLY_PAID', 'AT_HEAD', 'DRAFT', 'AT_FINANCE'],
  sun: ['PARTLY_PAID', 'REJECTED', 'AT_HEAD', 'DRAFT'],
  zhao: ['APPROVED', 'VOID', 'AT_FINANCE', 'DRAFT'],
  zhou: ['RECEIVABLE_PENDING', 'AT_HEAD', 'REJECTED', 'DRAFT'],
  wang: ['PARTLY_PAID', 'AT_FINANCE', 'DRAFT'],
  chen: ['APPROVED', 'AT_FINANCE', 'DRAFT'],
};

const TITLES = ['档案数字化设备采购合同', '年度维保服务合同', '扫描仪及OCR软件采购合同', '存储系统扩容合同', '办公设备框架采购合同'];
const viewerOf = async (db: DataSource, user: User) => (await loadViewer(db.manager, user.id))!.viewer;

/** 钱芳, the finance user who confirms contracts and receivables, in a 财务部 of her own. */
async function financeUser(db: DataSource, password: string): Promise<User> {
  const root = await db.getRepository(Department).findOneByOrFail({ parentId: IsNull() });
  const dept = await db.getRepository(Department).save(db.getRepository(Department).create({ name: '财务部', parentId: root.id, path: '/', enabled: true, sortOrder: 4 }));
  await db.getRepository(Department).update({ id: dept.id }, { path: `${root.path}${dept.id}/` });
  const user = await db.getRepository(User).save(db.getRepository(User).create({
    username: 'qian', name: '钱芳', passwordHash: await hashPassword(password), departmentId: dept.id, status: UserStatus.ACTIVE,
    mustChangePassword: false, sessionVersion: 1, lastLoginAt: new Date(), email: 'qian@demo.example.cn',
  }));
  const finance = await db.getRepository(Role).findOneByOrFail({ code: 'FINANCE' });
  await db.getRepository(UserRole).insert({ userId: user.id, roleId: finance.id });
  return user;
}

async function decideActive(db: DataSource, approver: Viewer, contractId: number, decision: 'APPROVE' | 'REJECT', comment: string, documentType = ApprovalDocumentType.CONTRACT) {
  const step = await db.getRepository(ApprovalStep).findOneOrFail({ where: { contractId, documentType, status: ApprovalStepStatus.ACTIVE }, order: { id: 'DESC' } });
  await decideApproval(db, approver, step.id, decision, comment);
}

/** Product lines worth a few thousand to a few hundred thousand yuan, chosen by position. */
function linesFor(products: Product[], n: number) {
  if (!products.length) return { amount: formatCents(BigInt(50_000 + n * 12_345) * 100n) };
  const count = 1 + (n % 3);
  return {
    lines: Array.from({ length: count }, (_, i) => {
      const product = products[(n * 3 + i * 5) % products.length];
      return { productId: product.id, quantity: String(1 + ((n + i) % 4)), unitPrice: product.price };
    }),
  };
}

export async function seedContracts(db: DataSource, people: Record<string, User>, password: string): Promise<number> {
  const qian = await financeUser(db, password);
  const it = await viewerOf(db, people.it);
  const financeRole = await db.getRepository(Role).findOneByOrFail({ code: 'FINANCE' });
  await saveApprovalFlow(db, it, { documentType: ApprovalDocumentType.CONTRACT, name: '合同审批', enabled: true, fallbackUserId: people.admin.id, steps: [
    { name: '部门负责人审批', approverType: ApproverType.DEPARTMENT_HEAD },
    { name: '财务审批', approverType: ApproverType.ROLE, roleId: financeRole.id },
  ] });
  const finance = await viewerOf(db, qian);
  const heads = { wang: await viewerOf(db, people.wang), chen: await viewerOf(db, people.chen) };
  const products = await db.getRepository(Product).find({ where: { deletedAt: IsNull(), status: ProductStatus.ACTIVE }, order: { id: 'ASC' } });
  const today = todayIn();
  let n = 0;
  let receivableFlowOn = false;

  for (const [username, plans] of Object.entries(PLANS)) {
    const owner = people[username];
    const viewer = await viewerOf(db, owner);
    const head = ['zhou', 'chen'].includes(username) ? heads.chen : heads.wang;
    const customers = await db.getRepository(Customer).find({ where: { ownerId: owner.id, type: CustomerType.DIRECT, deletedAt: IsNull() }, order: { id: 'ASC' }, take: plans.length });
    const opportunities = await db.getRepository(Opportunity).find({ where: { ownerId: owner.id, category: In([...OPEN_CATEGORIES]), deletedAt: IsNull() } });
    for (const [i, plan] of plans.entries()) {
      // The fully paid contract closes one of the owner's open opportunities (it becomes WON).
      const opportunity = plan === 'PAID' ? opportunities[0] ?? null : null;
      const customer = opportunity ? await db.getRepository(Customer).findOneByOrFail({ id: opportunity.customerId }) : customers[i % customers.length];
      if (!customer) break;
      // A fully paid contract was signed long enough ago for all its terms to have fallen due.
      const sign = addDays(today, plan === 'PAID' ? -150 : -((n * 11) % 150) - 5);
      const contract = await createContract(db, viewer, {
        title: `${TITLES[n % TITLES.length]}（${customer.name.slice(0, 8)}）`, customerId: customer.id, opportunityId: opportunity?.id ?? null,
        signDate: sign, startDate: sign, endDate: addDays(sign, 365), remarks: n % 2 ? '含一年免费维保，到货验收后开票' : null, ...linesFor(products, n),
      });
      n++;
      if (plan === 'DRAFT') continue;
      if (plan === 'RECEIVABLE_PENDING' && !receivableFlowOn) {
        // From here on receivables need 财务 confirmation, so 钱芳 has some awaiting her.
        // 钱芳 is the only 财务: a receivable she records herself goes to the super administrator instead.
        await saveApprovalFlow(db, it, {
          documentType: ApprovalDocumentType.RECEIVABLE, name: '回款确认', enabled: true, fallbackUserId: people.admin.id,
          steps: [{ name: '财务确认', approverType: ApproverType.ROLE, roleId: financeRole.id }],
        });
        receivableFlowOn = true;
      }
      await submitContract(db, viewer, contract.id);
      // A head's own contract has no head above: that step is skipped and it goes straight to finance.
      const headStep = ['wang', 'chen'].includes(username) ? null : head;
      if (plan === 'AT_HEAD') continue;
      if (plan === 'REJECTED') { await decideActive(db, head, contract.id, 'REJECT', '价格低于公司底价，请与客户重新议价后再提交'); continue; }
      if (headStep) await decideActive(db, headStep, contract.id, 'APPROVE', '同意，请财务审核付款条款');
      if (plan === 'AT_FINANCE') continue;
      await decideActive(db, finance, contract.id, 'APPROVE', '付款条款已核对');
      if (plan === 'VOID') { await voidContract(db, viewer, contract.id, '客户预算调整，项目取消'); continue; }

      const total = centsOf(contract.amount);
      const first = (total * 3n) / 10n;
      const terms = [
        { amount: first, plannedDate: addDays(sign, 15) },
        { amount: (total * 4n) / 10n, plannedDate: plan === 'PARTLY_PAID' ? addDays(today, 3) : addDays(sign, 90) },
        { amount: total - first - (total * 4n) / 10n, plannedDate: plan === 'PAID' ? addDays(sign, 120) : addDays(today, 60 + n) },
      ];
      const planIds: number[] = [];
      for (const term of terms) {
        const saved = await createPaymentPlan(db, viewer, contract.id, { amount: formatCents(term.amount), plannedDate: term.plannedDate, method: '银行转账', reminderDays: 3 });
        planIds.push(saved.id);
      }
      if (plan === 'APPROVED') continue;
      const received = await createReceivable(db, viewer, { contractId: contract.id, planId: planIds[0], amount: formatCents(first), receivedDate: addDays(sign, 16) > today ? today : addDays(sign, 16), method: '银行转账', remarks: '首付款' });
      if (plan === 'RECEIVABLE_PENDING' || plan === 'PARTLY_PAID') continue;
      if (received.status === 'PENDING') await decideActive(db, finance, contract.id, 'APPROVE', '已到账', ApprovalDocumentType.RECEIVABLE);
      await createReceivable(db, viewer, { contractId: contract.id, planId: planIds[1], amount: formatCents(terms[1].amount), receivedDate: addDays(sign, 92), method: '银行承兑汇票' });
      await createReceivable(db, viewer, { contractId: contract.id, planId: planIds[2], amount: formatCents(terms[2].amount), receivedDate: addDays(sign, 121), method: '银行转账', remarks: '尾款' });
    }
  }
  return n;
}
