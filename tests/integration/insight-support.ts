// Helpers for the dashboard and report tests: records written straight to the database with chosen times (the
// figures under test are the API's), and the GraphQL documents of the dashboard.
import { DataSource } from 'typeorm';
import { Contact, Contract, Customer, FollowUp, Opportunity, OpportunityStage, Receivable, User } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { normalizeName } from '@/lib/text';

let seq = 0;
const next = () => ++seq;

/** A UTC instant given as Shanghai wall-clock time, e.g. at('2025-03-01 00:30'). */
export const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

export async function customerAt(db: DataSource, owner: User | null, createdAt: Date, input: Partial<Customer> = {}) {
  const n = next();
  const name = input.name ?? `看板客户${n}有限公司`;
  const repo = db.getRepository(Customer);
  const saved = await repo.save(repo.create({ code: `KH-I${String(n).padStart(6, '0')}`, name, nameKey: normalizeName(name), ownerId: owner?.id ?? null, createdById: owner?.id ?? 1, ...input }));
  await repo.update({ id: saved.id }, { createdAt });
  return saved;
}

export async function contactAt(db: DataSource, customer: Customer, owner: User | null, createdAt: Date) {
  const repo = db.getRepository(Contact);
  const saved = await repo.save(repo.create({ name: `看板联系人${next()}`, customerId: customer.id, ownerId: owner?.id ?? null, createdById: owner?.id ?? 1 }));
  await repo.update({ id: saved.id }, { createdAt });
  return saved;
}

export async function stageBySort(db: DataSource, sort: number) {
  return db.getRepository(OpportunityStage).findOneByOrFail({ sort });
}

export async function opportunityAt(db: DataSource, customer: Customer, owner: User, createdAt: Date, input: Partial<Opportunity> = {}) {
  const repo = db.getRepository(Opportunity);
  const stage = input.stageId ? null : await stageBySort(db, 3);
  const saved = await repo.save(repo.create({
    name: `看板商机${next()}`, customerId: customer.id, ownerId: owner.id, createdById: owner.id, amount: '0.00', category: OpportunityCategory.SHORT_TERM,
    stageId: stage?.id, expectedCloseDate: '2030-01-01', ...input,
  }));
  await repo.update({ id: saved.id }, { createdAt });
  return saved;
}

export async function contractOn(db: DataSource, customer: Customer, owner: User, signDate: string | null, amount: string, status = ContractStatus.APPROVED) {
  const repo = db.getRepository(Contract);
  return repo.save(repo.create({ code: `HT-I${String(next()).padStart(6, '0')}`, title: `看板合同${seq}`, customerId: customer.id, ownerId: owner.id, createdById: owner.id, amount, signDate, status }));
}

export async function receivableOn(db: DataSource, contract: Contract, receivedDate: string, amount: string, status = ReceivableStatus.APPROVED) {
  const repo = db.getRepository(Receivable);
  return repo.save(repo.create({ code: `HK-I${String(next()).padStart(6, '0')}`, contractId: contract.id, amount, receivedDate, status, recordedById: contract.ownerId }));
}

export async function followUpAt(db: DataSource, parentType: string, parentId: number, author: User, occurredAt: Date, substantive = false) {
  const repo = db.getRepository(FollowUp);
  return repo.save(repo.create({
    parentType, parentId, subject: '致电', method: FollowUpMethod.PHONE, objective: '了解需求', result: '已沟通', occurredAt, substantive, authorId: author.id,
  }));
}

export const BRIEF = 'newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps';

export const DASHBOARD = `query($filter: InsightFilter) { dashboard(filter: $filter) {
  period { preset from to start end previousFrom previousTo months }
  selection { everyone department { id name } person { id username } }
  ownerIds
  brief { current { ${BRIEF} } previous { ${BRIEF} } }
} }`;

export const KPI = `query($filter: InsightFilter) { dashboard(filter: $filter) { kpi { months figures { metric target actual completion }
  people { person { id username } figures { metric target actual completion } } } } }`;
