// Shared set-up of the offboarding and transfer cascade tests: a small company, a salesperson with records of
// every kind (live and closed), and GraphQL documents for the preview, the offboarding and what a successor sees.
import { DataSource } from 'typeorm';
import { Contact, Contract, Customer, Department, Lead, Opportunity, Task, User } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { TaskStatus } from '@/entities/task.entity';
import { As, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { makeOpportunity } from './contract-support';

export interface Person { user: User; as: As }
const person = async (db: DataSource, user: User): Promise<Person> => ({ user, as: await tokenFor(db, user) });

export interface OffboardingCompany {
  root: Department; sales: Department; north: Department; south: Department;
  /** Head of 销售部 (DEPT_MANAGER: read SELF_AND_CHILDREN, write SELF; tasks write SELF_AND_CHILDREN). */
  manager: Person;
  /** Salespeople of 北京组 under 销售部. */
  li: Person; sun: Person;
  /** A salesperson of another department (华南). */
  zhou: Person;
  /** Super administrator; system administrator (system:user, no customer data); a plain salesperson role holder. */
  admin: Person; it: Person;
}

export async function offboardingCompany(db: DataSource): Promise<OffboardingCompany> {
  const root = await rootDepartment(db);
  const sales = await makeDepartment(db, root, '销售部');
  const north = await makeDepartment(db, sales, '北京组');
  const south = await makeDepartment(db, root, '华南大区');
  const [managerRole, salesRole, adminRole, systemRole] = await Promise.all(['DEPT_MANAGER', 'SALES', 'SUPER_ADMIN', 'SYSTEM_ADMIN'].map((code) => roleByCode(db, code)));
  const manager = await person(db, await makeUser(db, sales, [managerRole], { name: '王经理' }));
  await db.getRepository(Department).update({ id: sales.id }, { headId: manager.user.id });
  return {
    root, sales, north, south, manager,
    li: await person(db, await makeUser(db, north, [salesRole], { name: '李娜' })),
    sun: await person(db, await makeUser(db, north, [salesRole], { name: '孙磊' })),
    zhou: await person(db, await makeUser(db, south, [salesRole], { name: '周洋' })),
    admin: await person(db, await makeUser(db, root, [adminRole], { name: '超管' })),
    // The user administrator also holds the salesperson role: administering salespeople must lie within their own
    // rights (issue 8); their write scope is still only their own records.
    it: await person(db, await makeUser(db, root, [systemRole, salesRole], { name: '信息管理员' })),
  };
}

export async function makeContract(db: DataSource, customer: Customer, owner: User, status: ContractStatus, input: Partial<Contract> = {}) {
  const n = Math.floor(Math.random() * 1e9);
  return db.getRepository(Contract).save(db.getRepository(Contract).create({
    code: `HT-T${n}`, title: `合同${n}`, customerId: customer.id, opportunityId: null, amount: '1000.00', status,
    ownerId: owner.id, createdById: owner.id, ...input,
  }));
}

export async function makeLead(db: DataSource, owner: User, input: Partial<Lead> = {}) {
  const n = Math.floor(Math.random() * 1e9);
  return db.getRepository(Lead).save(db.getRepository(Lead).create({ name: `线索${n}`, company: `线索公司${n}`, status: LeadStatus.NEW, ownerId: owner.id, createdById: owner.id, ...input }));
}

export async function makeTask(db: DataSource, assignee: User, status: TaskStatus, input: Partial<Task> = {}) {
  return db.getRepository(Task).save(db.getRepository(Task).create({
    title: `任务${Math.floor(Math.random() * 1e9)}`, assigneeId: assignee.id, createdById: assignee.id, status, ...input,
  }));
}

/** What a departing salesperson leaves: the records that move, and those that must not. */
export interface Portfolio {
  customers: Customer[];
  contacts: Contact[];
  /** The leaver's contact under a colleague's customer (moves by owner, not with a customer). */
  foreignContact: Contact;
  colleaguesCustomer: Customer;
  colleaguesContact: Contact;
  opportunities: Opportunity[];
  wonOpportunity: Opportunity;
  contracts: Contract[];
  leads: Lead[];
  tasks: Task[];
  /** Never moved: a customer in the recycle bin, a converted lead and a finished task. */
  deletedCustomer: Customer;
  convertedLead: Lead;
  doneTask: Task;
}

/**
 * The leaver's records: 2 customers (each with a contact), a third contact under a colleague's customer,
 * 2 opportunities (1 open, 1 WON), 2 contracts (APPROVED, VOID), 1 open lead, 2 open tasks, follow-ups by the
 * leader on the first customer — plus records that must stay: a deleted customer, a converted lead, a done task.
 */
export async function portfolio(db: DataSource, leaver: User, colleague: User): Promise<Portfolio> {
  const tag = Math.random().toString(36).slice(2, 7);
  const customers = [await makeCustomer(db, leaver, { name: `北京离职测试一${tag}有限公司` }), await makeCustomer(db, leaver, { name: `北京离职测试二${tag}有限公司` })];
  const contacts = [await makeContact(db, customers[0]), await makeContact(db, customers[1])];
  const colleaguesCustomer = await makeCustomer(db, colleague, { name: `同事客户${tag}有限公司` });
  const colleaguesContact = await makeContact(db, colleaguesCustomer);
  const foreignContact = await makeContact(db, colleaguesCustomer, { ownerId: leaver.id, name: '离职者建的联系人' });
  const open = await makeOpportunity(db, customers[0], leaver);
  const wonOpportunity = await makeOpportunity(db, customers[1], leaver);
  await db.getRepository(Opportunity).update({ id: wonOpportunity.id }, { category: OpportunityCategory.WON, closedAt: new Date() });
  const contracts = [await makeContract(db, customers[0], leaver, ContractStatus.APPROVED), await makeContract(db, customers[1], leaver, ContractStatus.VOID)];
  const leads = [await makeLead(db, leaver)];
  const tasks = [await makeTask(db, leaver, TaskStatus.OPEN, { dueRemindedAt: new Date() }), await makeTask(db, leaver, TaskStatus.IN_PROGRESS)];
  const deletedCustomer = await makeCustomer(db, leaver, { name: `回收站客户${tag}有限公司`, deletedAt: new Date() });
  const convertedLead = await makeLead(db, leaver, { status: LeadStatus.CONVERTED, convertedCustomerId: customers[0].id, convertedAt: new Date() });
  const doneTask = await makeTask(db, leaver, TaskStatus.DONE, { completedAt: new Date() });
  return {
    customers, contacts: [...contacts, foreignContact], foreignContact, colleaguesCustomer, colleaguesContact,
    opportunities: [open, wonOpportunity], wonOpportunity, contracts, leads, tasks, deletedCustomer, convertedLead, doneTask,
  };
}

export const PREVIEW = `query($userId: ID!) { offboardingPreview(userId: $userId) {
  user { id name status } records { customers contacts opportunities contracts leads openTasks total } } }`;
export const OFFBOARD = `mutation($input: OffboardUserInput!) { offboardUser(input: $input) {
  user { id status } successor { id } customersReleased
  transferred { customers contacts opportunities contracts leads openTasks total }
  kept { customers contacts opportunities contracts leads openTasks total } } }`;

export const offboard = (as: As, input: Record<string, unknown>) => ok(as, OFFBOARD, { input });

/** Owner (or assignee) of each record, straight from the database, for before/after comparisons. */
export async function ownersOf(db: DataSource, p: Portfolio) {
  const owner = async (entity: typeof Customer | typeof Contact | typeof Opportunity | typeof Contract | typeof Lead, id: number) =>
    (await db.getRepository(entity as typeof Customer).findOneByOrFail({ id })).ownerId;
  return {
    customers: await Promise.all([...p.customers, p.deletedCustomer].map((c) => owner(Customer, c.id))),
    contacts: await Promise.all([...p.contacts, p.colleaguesContact].map((c) => owner(Contact, c.id))),
    opportunities: await Promise.all(p.opportunities.map((o) => owner(Opportunity, o.id))),
    contracts: await Promise.all(p.contracts.map((k) => owner(Contract, k.id))),
    leads: await Promise.all([...p.leads, p.convertedLead].map((l) => owner(Lead, l.id))),
    tasks: await Promise.all([...p.tasks, p.doneTask].map(async (t) => (await db.getRepository(Task).findOneByOrFail({ id: t.id })).assigneeId)),
  };
}
