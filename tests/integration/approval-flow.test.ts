// Approval flows: settings, submission with and without a flow, department head → role steps, notifications,
// the history on the contract, and every transition checked (not yours, not active, twice, concurrently).
import { DataSource } from 'typeorm';
import { Approval, ApprovalStep, AuditLog, Contract, Department, Notification } from '@/entities';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { makeDepartment, makeRole, makeUser, roleByCode } from '../support/factories';
import {
  Company, activeStep, as, codeOf, contractInput, contractOf, createContract, decide, gql, makeCompany, ok, saveFlow, submit,
} from './contract-support';

let db: DataSource;
let c: Company;
let financeRoleId: string;
beforeAll(async () => {
  db = await openTestDatabase();
  c = await makeCompany(db);
  financeRoleId = String((await roleByCode(db, 'FINANCE')).id);
});
afterAll(async () => closeTestDatabase(db));

const HISTORY = `query($id: ID!) { contract(id: $id) { status approvals { status flowName submitter { id } steps { position name approverType approverLabel status comment decidedBy { id } decidedAt approvers { id } } } } }`;
const PENDING = '{ myPendingApprovals { totalCount nodes { id documentType position name contract { id code } approval { submitter { id } } } } myPendingApprovalCount }';
const deptHeadThenFinance = () => [
  { name: '部门负责人审批', approverType: 'DEPARTMENT_HEAD' },
  { name: '财务审批', approverType: 'ROLE', roleId: financeRoleId },
];

describe('settings', () => {
  test('only system:settings may read and change flows; bad steps are refused field by field; saves are versioned and audited', async () => {
    expect(codeOf(await gql(await as(db, c.li), '{ approvalFlows { documentType } }'))).toBe('FORBIDDEN');
    expect(codeOf(await saveFlow(db, c.manager, 'CONTRACT', []))).toBe('FORBIDDEN');
    const initial = (await ok(await as(db, c.settings), '{ approvalFlows { id documentType enabled version steps { position } } approvalRoleOptions { id name } }'));
    expect(initial.approvalFlows).toEqual([
      { id: null, documentType: 'CONTRACT', enabled: false, version: 0, steps: [] },
      { id: null, documentType: 'RECEIVABLE', enabled: false, version: 0, steps: [] },
    ]);
    expect(initial.approvalRoleOptions.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['财务', '部门经理', '超级管理员']));
    expect(initial.approvalRoleOptions.map((r: { name: string }) => r.name)).not.toContain('销售员');

    const salesRoleId = String((await roleByCode(db, 'SALES')).id);
    const bad = await saveFlow(db, c.settings, 'CONTRACT', [
      { name: '', approverType: 'DEPARTMENT_HEAD' },
      { name: '销售审批', approverType: 'ROLE', roleId: salesRoleId },
      { name: '指定人', approverType: 'USER', userId: String(c.li.id) },
      { name: '无角色', approverType: 'ROLE' },
    ]);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['steps.0.name', 'steps.1.roleId', 'steps.2.userId', 'steps.3.roleId']);

    const saved = (await saveFlow(db, c.settings, 'CONTRACT', deptHeadThenFinance(), false)).data.saveApprovalFlow;
    expect(saved).toMatchObject({ documentType: 'CONTRACT', enabled: false, version: 1, steps: [{ position: 1, approverType: 'DEPARTMENT_HEAD' }, { position: 2, roleId: financeRoleId }] });
    const again = (await saveFlow(db, c.settings, 'CONTRACT', deptHeadThenFinance(), false)).data.saveApprovalFlow;
    expect(again.version).toBe(2);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'approval_flow', entityId: Number(saved.id) })).toBe(2);
  });
});

describe('without an enabled flow', () => {
  test('submitting approves at once, recorded as an approval without steps', async () => {
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi));
    expect((await submit(db, c.li, contract.id)).data.submitContract.status).toBe('APPROVED');
    const history = (await ok(await as(db, c.li), HISTORY, { id: contract.id })).contract;
    expect(history.approvals).toEqual([{ status: 'APPROVED', flowName: null, submitter: { id: String(c.li.id) }, steps: [] }]);
    const row = await db.getRepository(Contract).findOneByOrFail({ id: Number(contract.id) });
    expect(row.approvedAt).not.toBeNull();
    expect(row.submittedAt).not.toBeNull();
  });
});

describe('department head, then the finance role', () => {
  beforeAll(async () => { expect((await saveFlow(db, c.settings, 'CONTRACT', deptHeadThenFinance())).data).toBeTruthy(); });
  afterAll(async () => { await saveFlow(db, c.settings, 'CONTRACT', [], false); });

  test('the contract goes through both steps; approvers and the submitter are notified; the history shows every decision', async () => {
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '两级审批合同' }));
    expect((await submit(db, c.li, contract.id)).data.submitContract.status).toBe('PENDING');

    const managerPending = (await ok(await as(db, c.manager), PENDING));
    expect(managerPending.myPendingApprovalCount).toBe(1);
    expect(managerPending.myPendingApprovals.nodes[0]).toMatchObject({ documentType: 'CONTRACT', position: 1, name: '部门负责人审批', contract: { id: contract.id }, approval: { submitter: { id: String(c.li.id) } } });
    expect((await ok(await as(db, c.finance), PENDING)).myPendingApprovalCount).toBe(0);
    expect(await db.getRepository(Notification).countBy({ userId: c.manager.id, kind: 'approval.request', entityId: Number(contract.id) })).toBe(1);

    // The finance user can see the contract but is not the approver of step 1.
    const step1 = (await activeStep(db, contract.id))!;
    expect(codeOf(await decide(db, c.finance, step1.id, 'approve'))).toBe('FORBIDDEN');
    const approved1 = await decide(db, c.manager, step1.id, 'approve', '同意，价格合理');
    expect(approved1.data.approveApproval).toMatchObject({ status: 'APPROVED', comment: '同意，价格合理', decidedBy: { id: String(c.manager.id) } });
    expect(codeOf(await decide(db, c.manager, step1.id, 'approve'))).toBe('CONFLICT');
    expect(await db.getRepository(Notification).countBy({ userId: c.li.id, kind: 'approval.result', entityId: Number(contract.id) })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ userId: c.finance.id, kind: 'approval.request', entityId: Number(contract.id) })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ userId: c.finance2.id, kind: 'approval.request', entityId: Number(contract.id) })).toBe(1);
    expect((await contractOf(db, c.li, contract.id)).status).toBe('PENDING');

    const step2 = (await activeStep(db, contract.id))!;
    expect(step2.position).toBe(2);
    expect((await ok(await as(db, c.finance2), PENDING)).myPendingApprovalCount).toBe(1);
    await decide(db, c.finance, step2.id, 'approve', '已核对');
    expect((await ok(await as(db, c.finance2), PENDING)).myPendingApprovalCount).toBe(0);

    const history = (await ok(await as(db, c.li), HISTORY, { id: contract.id })).contract;
    expect(history.status).toBe('APPROVED');
    expect(history.approvals).toHaveLength(1);
    expect(history.approvals[0]).toMatchObject({ status: 'APPROVED', flowName: '合同审批' });
    expect(history.approvals[0].steps.map((s: Record<string, unknown>) => [s.position, s.status, s.approverLabel, s.comment, (s.decidedBy as { id: string }).id])).toEqual([
      [1, 'APPROVED', '王经理', '同意，价格合理', String(c.manager.id)],
      [2, 'APPROVED', '财务', '已核对', String(c.finance.id)],
    ]);
    expect(history.approvals[0].steps[1].approvers.map((a: { id: string }) => a.id).sort()).toEqual([String(c.finance.id), String(c.finance2.id)].sort());
    expect(await db.getRepository(Notification).countBy({ userId: c.li.id, kind: 'approval.result', entityId: Number(contract.id) })).toBe(2);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'contract', entityId: Number(contract.id), action: 'approve' })).toBe(2);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'contract', entityId: Number(contract.id), action: 'approved' })).toBe(1);
  });

  test('a rejection needs a comment, cancels the later steps, and lets the owner edit and resubmit', async () => {
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '被驳回的合同' }));
    await submit(db, c.li, contract.id);
    const step1 = (await activeStep(db, contract.id))!;
    // A finance user is an approver of step 2, which is still waiting.
    const step2 = (await db.getRepository(ApprovalStep).findOneByOrFail({ approvalId: step1.approvalId, position: 2 }));
    expect(codeOf(await decide(db, c.finance, step2.id, 'approve'))).toBe('CONFLICT');
    expect(codeOf(await gql(await as(db, c.manager), 'mutation($id: ID!) { rejectApproval(id: $id, comment: "  ") { id } }', { id: String(step1.id) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(await as(db, c.li), 'mutation($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }', { id: contract.id, input: { title: 'x' } }))).toBe('CONFLICT');
    expect(codeOf(await submit(db, c.li, contract.id))).toBe('CONFLICT');

    await decide(db, c.manager, step1.id, 'reject', '价格太低，请重新报价');
    expect((await contractOf(db, c.li, contract.id)).status).toBe('REJECTED');
    expect((await db.getRepository(ApprovalStep).findOneByOrFail({ id: step2.id })).status).toBe(ApprovalStepStatus.CANCELLED);
    expect((await db.getRepository(Approval).findOneByOrFail({ id: step1.approvalId })).status).toBe('REJECTED');
    const note = await db.getRepository(Notification).findOneByOrFail({ userId: c.li.id, kind: 'approval.result', entityId: Number(contract.id) });
    expect(note.title).toContain('驳回');
    expect(note.body).toContain('价格太低');

    await ok(await as(db, c.li), 'mutation($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }', { id: contract.id, input: { amount: '1200.00' } });
    expect((await submit(db, c.li, contract.id)).data.submitContract.status).toBe('PENDING');
    const history = (await ok(await as(db, c.li), HISTORY, { id: contract.id })).contract;
    expect(history.approvals.map((a: { status: string }) => a.status)).toEqual(['PENDING', 'REJECTED']);
  });

  test('the submitter who heads their department goes to the head above; with none above, the step is skipped', async () => {
    const top = await makeDepartment(db, c.root, '大区');
    const branch = await makeDepartment(db, top, '分部');
    const managerRole = await roleByCode(db, 'DEPT_MANAGER');
    const regional = await makeUser(db, top, [managerRole], { name: '大区总' });
    const branchHead = await makeUser(db, branch, [managerRole], { name: '分部经理' });
    await db.getRepository(Department).update({ id: top.id }, { headId: regional.id });
    await db.getRepository(Department).update({ id: branch.id }, { headId: branchHead.id });
    const customer = await (await import('../support/factories')).makeCustomer(db, branchHead);
    const contract = await createContract(db, branchHead, contractInput(customer));
    await submit(db, branchHead, contract.id);
    const step = (await activeStep(db, contract.id))!;
    expect(step.approverLabel).toBe('大区总');
    expect(codeOf(await decide(db, branchHead, step.id, 'approve'))).toBe('FORBIDDEN');

    const regionalCustomer = await (await import('../support/factories')).makeCustomer(db, regional);
    const own = await createContract(db, regional, contractInput(regionalCustomer));
    await submit(db, regional, own.id);
    const steps = await db.getRepository(ApprovalStep).find({ where: { contractId: Number(own.id) }, order: { position: 'ASC' } });
    expect(steps.map((s) => s.status)).toEqual([ApprovalStepStatus.SKIPPED, ApprovalStepStatus.ACTIVE]);
  });

  test('a flow step nobody can decide refuses the submission and leaves the contract a draft', async () => {
    const lonely = await makeRole(db, { name: '空角色', permissions: ['contract:approve'], read: ScopeLevel.SELF });
    await saveFlow(db, c.settings, 'CONTRACT', [{ name: '空角色审批', approverType: 'ROLE', roleId: String(lonely.id) }]);
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi));
    const result = await submit(db, c.li, contract.id);
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.step).toBe(1);
    expect((await contractOf(db, c.li, contract.id)).status).toBe('DRAFT');
    expect(await db.getRepository(Approval).countBy({ contractId: Number(contract.id) })).toBe(0);
    await saveFlow(db, c.settings, 'CONTRACT', deptHeadThenFinance());
  });

  test('deciding needs contract:approve; an unknown step or one of a hidden contract is NOT_FOUND', async () => {
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi));
    await submit(db, c.li, contract.id);
    const step = (await activeStep(db, contract.id))!;
    expect(codeOf(await decide(db, c.sun, step.id, 'approve'))).toBe('FORBIDDEN');
    expect(codeOf(await decide(db, c.manager, 99999999, 'approve'))).toBe('NOT_FOUND');
    const outsider = await makeUser(db, c.root, [await makeRole(db, { permissions: ['contract:approve'], read: ScopeLevel.SELF })]);
    expect(codeOf(await decide(db, outsider, step.id, 'approve'))).toBe('NOT_FOUND');
  });

  test('two approvers deciding the same step at once: exactly one wins', async () => {
    await saveFlow(db, c.settings, 'CONTRACT', [{ name: '财务审批', approverType: 'ROLE', roleId: financeRoleId }]);
    for (let round = 0; round < 3; round++) {
      const contract = await createContract(db, c.li, contractInput(c.customerOfLi, { title: `并发审批${round}` }));
      await submit(db, c.li, contract.id);
      const step = (await activeStep(db, contract.id))!;
      const results = await Promise.all([
        decide(db, c.finance, step.id, 'approve', '甲'),
        decide(db, c.finance2, step.id, round === 1 ? 'reject' : 'approve', '乙'),
      ]);
      const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const decided = await db.getRepository(ApprovalStep).findOneByOrFail({ id: step.id });
      const winner = results.findIndex((r) => !r.errors);
      expect(decided.decidedById).toBe([c.finance.id, c.finance2.id][winner]);
      const status = (await contractOf(db, c.li, contract.id)).status;
      expect(status).toBe(decided.status === ApprovalStepStatus.APPROVED ? 'APPROVED' : 'REJECTED');
      const entries = await db.getRepository(AuditLog).find({ where: { entityType: 'contract', entityId: Number(contract.id) } });
      expect(entries.filter((e) => e.action === 'approve' || e.action === 'reject')).toHaveLength(1);
    }
    await saveFlow(db, c.settings, 'CONTRACT', deptHeadThenFinance());
  });
});

describe('approver visibility', () => {
  test('a named approver outside the scope reads the contract while their step is active and after deciding, never before', async () => {
    const approverRole = await makeRole(db, { name: '法务', permissions: ['contract:approve'], read: ScopeLevel.SELF });
    const legal = await makeUser(db, c.root, [approverRole], { name: '法务专员' });
    const later = await makeUser(db, c.root, [approverRole], { name: '法务主管' });
    await saveFlow(db, c.settings, 'CONTRACT', [
      { name: '法务审批', approverType: 'USER', userId: String(legal.id) },
      { name: '法务复核', approverType: 'USER', userId: String(later.id) },
    ]);
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '法务可见合同' }));
    const LIST = '{ contracts(filter: { keyword: "法务可见合同" }) { totalCount nodes { id } } notifications { nodes { kind entityId } } }';
    expect(await contractOf(db, legal, contract.id)).toBeNull();

    await submit(db, c.li, contract.id);
    const asLegal = (await ok(await as(db, legal), LIST));
    expect(asLegal.contracts.totalCount).toBe(1);
    expect(asLegal.notifications.nodes).toEqual(expect.arrayContaining([{ kind: 'approval.request', entityId: contract.id }]));
    expect((await contractOf(db, legal, contract.id)).title).toBe('法务可见合同');
    // The approver of the waiting second step does not see it yet; a bystander never does.
    expect(await contractOf(db, later, contract.id)).toBeNull();
    expect(await contractOf(db, c.sun, contract.id)).toBeNull();
    // Reading is all the grant gives: the approver cannot change the contract.
    expect(codeOf(await gql(await as(db, legal), 'mutation($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }', { id: contract.id, input: { title: 'x' } }))).toBe('FORBIDDEN');

    const step = (await activeStep(db, contract.id))!;
    await decide(db, legal, step.id, 'approve', '条款无误');
    expect((await contractOf(db, legal, contract.id)).status).toBe('PENDING');
    expect((await contractOf(db, later, contract.id)).title).toBe('法务可见合同');
    await saveFlow(db, c.settings, 'CONTRACT', deptHeadThenFinance());
  });
});
