// Finance and approvals (issue 11 item 7): a step nobody can decide goes to the flow's fallback approver, the settings
// warn about such steps; 我发起的 and 我已审批 list exactly the viewer's own runs and decisions on contracts they can read;
// the 回款 list filters by period, contract, customer, owner and status, with bad input named by field.
import { DataSource } from 'typeorm';
import { ApprovalStep, AuditLog, Contract, UserRole } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { fieldsOf } from './followup-support';
import { makeRole } from '../support/factories';
import {
  Company, activeStep, approvedContract, as, codeOf, contractInput, createContract, decide, gql, makeCompany, ok, saveFlow, submit,
} from './contract-support';

let db: DataSource;
let c: Company;
beforeAll(async () => {
  db = await openTestDatabase();
  c = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

const SAVE = `mutation($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id fallbackUserId fallbackUser { name } warnings { position stepName reason covered } } }`;
const FLOWS = '{ approvalFlows { documentType fallbackUserId warnings { position stepName reason covered } } }';
const save = async (input: Record<string, unknown>) => gql(await as(db, c.settings), SAVE, { input: { documentType: 'CONTRACT', name: '合同审批', enabled: true, ...input } });
const SUBMITTED = `query($t: ApprovalDocumentType, $s: ApprovalStatus) { mySubmittedApprovals(documentType: $t, status: $s) { totalCount nodes { id status documentType contract { id } steps { position status approverLabel } } } }`;
const DECIDED = `query($t: ApprovalDocumentType) { myDecidedApprovals(documentType: $t) { totalCount nodes { id status comment contract { id } approval { submitter { id } } } } }`;

describe('the fallback approver', () => {
  afterAll(async () => { await saveFlow(db, c.settings, 'CONTRACT', [], false); });

  test('a step whose only approver submits is refused without a fallback, and goes to the fallback with one', async () => {
    const onlyManager = [{ name: '经理审批', approverType: 'USER', userId: String(c.manager.id) }];
    expect((await save({ steps: onlyManager })).data.saveApprovalFlow.warnings).toEqual([{ position: 1, stepName: '经理审批', reason: 'SINGLE_APPROVER', covered: false }]);
    const first = await createContract(db, c.manager, contractInput(c.customerOfLi, { title: '经理自己的合同' }));
    expect(codeOf(await submit(db, c.manager, first.id))).toBe('CONFLICT');

    const saved = await save({ steps: onlyManager, fallbackUserId: String(c.finance.id) });
    expect(saved.data.saveApprovalFlow).toMatchObject({ fallbackUserId: String(c.finance.id), fallbackUser: { name: '钱会计' } });
    expect(saved.data.saveApprovalFlow.warnings).toEqual([{ position: 1, stepName: '经理审批', reason: 'SINGLE_APPROVER', covered: true }]);
    expect((await submit(db, c.manager, first.id)).data.submitContract.status).toBe('PENDING');
    const step = (await activeStep(db, first.id))!;
    expect(step.approverLabel).toBe('钱会计（代审）');
    expect(codeOf(await decide(db, c.manager, step.id, 'approve'))).toBe('FORBIDDEN');
    expect((await decide(db, c.finance, step.id, 'approve', '代审同意')).data.approveApproval.status).toBe('APPROVED');

    // Someone else's submission still goes to the named approver.
    const second = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '李娜的合同' }));
    await submit(db, c.li, second.id);
    expect((await activeStep(db, second.id))!.approverLabel).toBe('王经理');
    const audit = await db.getRepository(AuditLog).findOne({ where: { entityType: 'approval_flow', action: 'update' }, order: { id: 'DESC' } });
    expect(audit!.changes).toMatchObject({ after: { fallbackUserId: c.finance.id } });
  });

  test('a role nobody holds is warned about; the fallback must be an active approver, named by field', async () => {
    const empty = await makeRole(db, { name: '空角色', read: ScopeLevel.SELF, write: ScopeLevel.SELF, permissions: ['contract:approve'] });
    const result = await save({ steps: [{ name: '空角色审批', approverType: 'ROLE', roleId: String(empty.id) }], fallbackUserId: null });
    expect(result.data.saveApprovalFlow.warnings).toEqual([{ position: 1, stepName: '空角色审批', reason: 'NO_APPROVER', covered: false }]);
    expect((await ok(await as(db, c.settings), FLOWS)).approvalFlows[0].warnings).toHaveLength(1);
    // Two finance holders: no warning for the finance role.
    const financeRoleId = (await db.getRepository(UserRole).findOneByOrFail({ userId: c.finance.id })).roleId;
    expect((await save({ steps: [{ name: '财务', approverType: 'ROLE', roleId: String(financeRoleId) }] })).data.saveApprovalFlow.warnings).toEqual([]);

    expect(fieldsOf(await save({ steps: [], fallbackUserId: String(c.li.id) }))).toEqual(['fallbackUserId']);
    expect(fieldsOf(await save({ steps: [], fallbackUserId: 'abc' }))).toEqual(['fallbackUserId']);
    expect(fieldsOf(await save({ steps: [], fallbackUserId: '999999' }))).toEqual(['fallbackUserId']);
    expect(codeOf(await gql(await as(db, c.manager), SAVE, { input: { documentType: 'CONTRACT', name: 'x', enabled: true, steps: [], fallbackUserId: String(c.finance.id) } }))).toBe('FORBIDDEN');
  });
});

describe('我发起的 and 我已审批', () => {
  afterAll(async () => { await saveFlow(db, c.settings, 'CONTRACT', [], false); });

  test('each user sees their own submissions and decisions only, on contracts they can read', async () => {
    await saveFlow(db, c.settings, 'CONTRACT', [{ name: '部门负责人审批', approverType: 'DEPARTMENT_HEAD' }]);
    const mine = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '待审合同' }));
    await submit(db, c.li, mine.id);
    const rejected = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '被驳合同' }));
    await submit(db, c.li, rejected.id);
    await decide(db, c.manager, (await activeStep(db, rejected.id))!.id, 'reject', '价格太低');
    const zhaos = await createContract(db, c.zhao, contractInput(c.customerOfZhao, { title: '赵敏的合同' }));
    await submit(db, c.zhao, zhaos.id);

    const li = await as(db, c.li);
    const all = (await ok(li, SUBMITTED)).mySubmittedApprovals;
    const ids = all.nodes.map((n: { contract: { id: string } }) => n.contract.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, rejected.id]));
    expect(ids).not.toContain(zhaos.id);
    expect(all.nodes.every((n: { documentType: string }) => n.documentType === 'CONTRACT')).toBe(true);
    const onlyRejected = (await ok(li, SUBMITTED, { s: 'REJECTED' })).mySubmittedApprovals.nodes;
    expect(onlyRejected.map((n: { contract: { id: string } }) => n.contract.id)).toEqual([rejected.id]);
    expect((await ok(li, SUBMITTED, { t: 'RECEIVABLE' })).mySubmittedApprovals.totalCount).toBe(0);
    expect((await ok(li, DECIDED)).myDecidedApprovals.totalCount).toBe(0);

    const decided = (await ok(await as(db, c.manager), DECIDED)).myDecidedApprovals.nodes;
    expect(decided.find((n: { contract: { id: string } }) => n.contract.id === rejected.id)).toMatchObject({ status: 'REJECTED', comment: '价格太低', approval: { submitter: { id: String(c.li.id) } } });
    expect((await ok(await as(db, c.finance2), DECIDED)).myDecidedApprovals.totalCount).toBe(0);
    // A run of a contract the submitter can no longer read (deleted) leaves the list.
    await db.getRepository(Contract).update({ id: Number(mine.id) }, { deletedAt: new Date() });
    expect((await ok(li, SUBMITTED)).mySubmittedApprovals.nodes.map((n: { contract: { id: string } }) => n.contract.id)).not.toContain(mine.id);
    expect(codeOf(await gql(null, SUBMITTED))).toBe('UNAUTHENTICATED');
    expect(await db.getRepository(ApprovalStep).countBy({ decidedById: c.manager.id })).toBeGreaterThan(0);
  });
});

describe('the 回款 list', () => {
  const LIST = `query($f: ReceivableFilter) { receivables(filter: $f, first: 50) { totalCount nodes { code amount receivedDate status contract { id owner { id } customer { id } } } } }`;
  const record = async (contractId: string, amount: string, receivedDate: string) => (await ok(await as(db, c.li),
    'mutation($input: CreateReceivableInput!) { createReceivable(input: $input) { code status } }', { input: { contractId, amount, receivedDate } })).createReceivable;

  test('filters by period, contract, customer, owner and status, within the contract scope; bad dates are named', async () => {
    const k1 = await approvedContract(db, c.li, c.customerOfLi, { title: '回款合同一', amount: '5000.00' });
    const k2 = await approvedContract(db, c.li, c.customerOfLi, { title: '回款合同二', amount: '5000.00' });
    const k3 = await approvedContract(db, c.zhao, c.customerOfZhao, { title: '赵的回款合同', amount: '5000.00' });
    const r1 = await record(k1.id, '100.00', '2026-10-05');
    const r2 = await record(k2.id, '200.00', '2026-11-15');
    await ok(await as(db, c.zhao), 'mutation($input: CreateReceivableInput!) { createReceivable(input: $input) { code } }', { input: { contractId: k3.id, amount: '300.00', receivedDate: '2026-11-20' } });
    const li = await as(db, c.li);
    const codes = async (f: Record<string, unknown>, who = li) => (await ok(who, LIST, { f })).receivables.nodes.map((n: { code: string }) => n.code).sort();

    expect(await codes({ receivedFrom: '2026-11-01', receivedTo: '2026-11-30', contractId: k2.id })).toEqual([r2.code]);
    expect(await codes({ contractId: k1.id })).toEqual([r1.code]);
    expect(await codes({ customerId: String(c.customerOfLi.id), receivedFrom: '2026-10-01', receivedTo: '2026-10-31' })).toEqual([r1.code]);
    expect(await codes({ ownerIds: [String(c.li.id)], status: 'APPROVED', receivedFrom: '2026-10-01' })).toEqual([r1.code, r2.code].sort());
    expect(await codes({ status: 'PENDING', contractId: k1.id })).toEqual([]);
    // zhao's receivable is outside li's contract scope: filtering by it finds nothing.
    expect(await codes({ contractId: k3.id })).toEqual([]);
    expect(await codes({ customerId: String(c.customerOfZhao.id) })).toEqual([]);
    expect((await codes({ receivedFrom: '2026-11-01' }, await as(db, c.manager)))).toEqual(expect.arrayContaining([r2.code]));

    expect(fieldsOf(await gql(li, LIST, { f: { receivedFrom: '2026-13-01' } }))).toEqual(['filter.receivedFrom']);
    expect(fieldsOf(await gql(li, LIST, { f: { receivedTo: 'yesterday' } }))).toEqual(['filter.receivedTo']);
    expect(fieldsOf(await gql(li, LIST, { f: { receivedFrom: '2026-11-02', receivedTo: '2026-11-01' } }))).toEqual(['filter.receivedTo']);
    expect(fieldsOf(await gql(li, LIST, { f: { ownerIds: ['x'] } }))).toEqual(['ownerIds']);
  });
});
