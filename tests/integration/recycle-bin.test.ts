// The recycle bin (回收站) through the API: for every record type, delete → in the bin with who and when →
// restore → live again; another salesperson neither sees nor restores it (NOT_FOUND, as if missing); a leader
// who reads but may not write sees it without the restore right (FORBIDDEN); a customer comes back with the
// contacts and opportunities deleted with it, or alone; keyword search; bad input.
import { DataSource, IsNull } from 'typeorm';
import { AuditLog, Contact, Customer, Opportunity } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, type As } from '../support/api';
import { makeContact, makeCustomer } from '../support/factories';
import { makeOpportunity, makeProduct } from './contract-support';
import { fieldsOf, logFollowUp } from './followup-support';
import { Company, hoursFromNow, makeCompany } from './task-support';

let db: DataSource;
let co: Company;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

const BIN = `query($filter: RecycleBinFilter!, $first: Int, $after: String) { recycleBin(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id type code title deletedAt deletedBy { id username } viewerCanRestore deletedWithCount } } }`;
const RESTORE = 'mutation($input: RestoreRecordsInput!) { restoreRecords(input: $input) { type ids } }';

interface BinRow { id: string; type: string; code: string | null; title: string; deletedAt: string; deletedBy: { id: string; username: string } | null; viewerCanRestore: boolean; deletedWithCount: number }
const bin = async (as: As, type: string, keyword?: string): Promise<BinRow[]> =>
  (await ok(as, BIN, { filter: { type, keyword }, first: 200 })).recycleBin.nodes;
const restore = (as: As, type: string, ids: (string | number)[], withRelated?: boolean) =>
  gql(as, RESTORE, { input: { type, ids: ids.map(String), withRelated } });

/** One record type: how to make and delete a record as a user, and whether it is live (read through its module). */
interface Case {
  type: string;
  make: () => Promise<{ id: string; title: string }>;
  remove: (as: As, id: string) => Promise<unknown>;
  live: (as: As, id: string) => Promise<boolean>;
}

const byId = (field: string) => async (as: As, id: string) => !!(await gql(as, `query($id: ID!) { ${field}(id: $id) { id } }`, { id })).data?.[field];
/** Modules whose detail query also opens deleted records (the page says so): live means found and not deleted. */
const liveById = (field: string) => async (as: As, id: string) => {
  const record = (await gql(as, `query($id: ID!) { ${field}(id: $id) { id deletedAt } }`, { id })).data?.[field];
  return !!record && record.deletedAt === null;
};
const removeMany = (field: string) => (as: As, id: string) => ok(as, `mutation($ids: [ID!]!) { ${field}(ids: $ids) { ids } }`, { ids: [id] });
const removeOne = (field: string) => (as: As, id: string) => ok(as, `mutation($id: ID!) { ${field}(id: $id) { ids } }`, { id });

let seq = 0;
const salesCases = (): Case[] => [
  {
    type: 'CUSTOMER', remove: removeMany('deleteCustomers'), live: liveById('customer'),
    make: async () => { const c = await makeCustomer(db, co.li.user, { name: `回收客户${++seq}` }); return { id: String(c.id), title: c.name }; },
  },
  {
    type: 'CONTACT', remove: removeMany('deleteContacts'), live: byId('contact'),
    make: async () => { const c = await makeContact(db, await makeCustomer(db, co.li.user), { name: `回收联系人${++seq}` }); return { id: String(c.id), title: c.name }; },
  },
  {
    type: 'LEAD', remove: removeMany('deleteLeads'), live: liveById('lead'),
    make: async () => {
      const name = `回收线索${++seq}`;
      return { id: (await ok(co.li.as, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', { input: { name } })).createLead.id, title: name };
    },
  },
  {
    type: 'OPPORTUNITY', remove: removeMany('deleteOpportunities'), live: liveById('opportunity'),
    make: async () => { const o = await makeOpportunity(db, await makeCustomer(db, co.li.user), co.li.user); return { id: String(o.id), title: o.name }; },
  },
  {
    type: 'CONTRACT', remove: removeMany('deleteContracts'), live: byId('contract'),
    make: async () => {
      const customer = await makeCustomer(db, co.li.user);
      const input = { title: `回收合同${++seq}`, customerId: String(customer.id), amount: '1000.00', signDate: '2026-11-20' };
      return { id: (await ok(co.li.as, 'mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', { input })).createContract.id, title: input.title };
    },
  },
  {
    type: 'FOLLOW_UP', remove: removeOne('deleteFollowUp'), live: byId('followUp'),
    make: async () => {
      const customer = await makeCustomer(db, co.li.user);
      const objective = `回收跟进${++seq}`;
      return { id: (await logFollowUp(co.li.as, 'customer', customer.id, { objective })).id, title: `致电：${objective}` };
    },
  },
  {
    type: 'TASK', remove: removeMany('deleteTasks'), live: byId('task'),
    make: async () => {
      const title = `回收任务${++seq}`;
      return { id: (await ok(co.li.as, 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title } })).createTask.id, title };
    },
  },
  {
    type: 'SCHEDULE', remove: removeOne('deleteScheduleEntry'), live: byId('scheduleEntry'),
    make: async () => {
      const input = { title: `回收日程${++seq}`, startAt: hoursFromNow(2), endAt: hoursFromNow(3) };
      return { id: (await ok(co.li.as, 'mutation($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { id } }', { input })).createScheduleEntry.id, title: input.title };
    },
  },
  {
    type: 'REPORT', remove: removeOne('deleteReport'), live: byId('report'),
    make: async () => {
      const date = `2026-0${1 + (++seq % 9)}-1${seq % 9}`;
      const report = (await ok(co.li.as, 'mutation($input: CreateReportInput!) { createReport(input: $input) { id subject } }', { input: { kind: 'DAILY', date, content: '今天拜访了两家客户' } })).createReport;
      return { id: report.id, title: report.subject };
    },
  },
];

describe.each(salesCases().map((c) => [c.type, c] as const))('%s', (_type, c) => {
  test('deleted by its owner: in their bin with who and when; invisible to another salesperson; restored back into its list', async () => {
    const record = await c.make();
    await c.remove(co.li.as, record.id);
    expect(await c.live(co.li.as, record.id)).toBe(false);

    const row = (await bin(co.li.as, c.type)).find((r) => r.id === record.id);
    expect(row).toMatchObject({ type: c.type, title: record.title, viewerCanRestore: true, deletedBy: { username: co.li.user.username } });
    expect(Math.abs(Date.parse(row!.deletedAt) - Date.now())).toBeLessThan(120_000);

    // 孙磊, a salesperson of the same group: not in his bin, and restoring it is as if it did not exist.
    expect((await bin(co.sun.as, c.type)).map((r) => r.id)).not.toContain(record.id);
    expect(codeOf(await restore(co.sun.as, c.type, [record.id]))).toBe('NOT_FOUND');
    expect(await c.live(co.li.as, record.id)).toBe(false);

    expect((await ok(co.li.as, RESTORE, { input: { type: c.type, ids: [record.id] } })).restoreRecords).toEqual({ type: c.type, ids: [record.id] });
    expect(await c.live(co.li.as, record.id)).toBe(true);
    expect((await bin(co.li.as, c.type)).map((r) => r.id)).not.toContain(record.id);
    const entityType = c.type === 'FOLLOW_UP' ? 'followup' : c.type.toLowerCase();
    expect(await db.getRepository(AuditLog).countBy({ action: 'restore', entityType, entityId: Number(record.id), actorId: co.li.user.id })).toBe(1);
    // A live record is not in the bin: restoring it again is NOT_FOUND.
    expect(codeOf(await restore(co.li.as, c.type, [record.id]))).toBe('NOT_FOUND');
  });
});

describe('scope and permissions', () => {
  test('a leader who reads the group but writes only his own sees a salesperson\'s deleted customer without the right to restore it', async () => {
    const customer = await makeCustomer(db, co.li.user);
    await removeMany('deleteCustomers')(co.li.as, String(customer.id));
    const row = (await bin(co.wang.as, 'CUSTOMER')).find((r) => r.id === String(customer.id));
    expect(row).toMatchObject({ viewerCanRestore: false, deletedBy: { username: co.li.user.username } });
    expect(codeOf(await restore(co.wang.as, 'CUSTOMER', [customer.id]))).toBe('FORBIDDEN');
    // 周洋 in the other region sees nothing of it; the super administrator sees and restores it.
    expect((await bin(co.zhou.as, 'CUSTOMER')).map((r) => r.id)).not.toContain(String(customer.id));
    expect((await bin(co.boss.as, 'CUSTOMER')).find((r) => r.id === String(customer.id))?.viewerCanRestore).toBe(true);
    await ok(co.boss.as, RESTORE, { input: { type: 'CUSTOMER', ids: [String(customer.id)] } });
    expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).deletedAt).toBeNull();
  });

  test('one id outside the scope refuses the whole batch', async () => {
    const mine = await makeCustomer(db, co.sun.user);
    const theirs = await makeCustomer(db, co.li.user);
    await removeMany('deleteCustomers')(co.sun.as, String(mine.id));
    await removeMany('deleteCustomers')(co.li.as, String(theirs.id));
    expect(codeOf(await restore(co.sun.as, 'CUSTOMER', [mine.id, theirs.id]))).toBe('NOT_FOUND');
    expect((await db.getRepository(Customer).findOneByOrFail({ id: mine.id })).deletedAt).not.toBeNull();
  });

  test('products: only catalogue managers see them in the bin and restore them', async () => {
    const product = await makeProduct(db, { name: `回收产品${++seq}`, model: 'R-1' });
    await removeMany('deleteProducts')(co.boss.as, String(product.id));
    expect((await bin(co.boss.as, 'PRODUCT')).find((r) => r.id === String(product.id))).toMatchObject({ title: `${product.name}（R-1）`, deletedBy: { username: co.boss.user.username } });
    expect(await bin(co.li.as, 'PRODUCT')).toEqual([]);
    expect(codeOf(await restore(co.li.as, 'PRODUCT', [product.id]))).toBe('FORBIDDEN');
    await ok(co.boss.as, RESTORE, { input: { type: 'PRODUCT', ids: [String(product.id)] } });
    expect((await ok(co.li.as, 'query($id: ID!) { product(id: $id) { deletedAt } }', { id: String(product.id) })).product.deletedAt).toBeNull();
  });

  test('a follow-up, a contact or an opportunity under a deleted customer waits for the customer', async () => {
    const customer = await makeCustomer(db, co.li.user);
    const followUp = await logFollowUp(co.li.as, 'customer', customer.id);
    await removeOne('deleteFollowUp')(co.li.as, followUp.id);
    const contact = await makeContact(db, customer);
    await removeMany('deleteContacts')(co.li.as, String(contact.id));
    await removeMany('deleteCustomers')(co.li.as, String(customer.id));
    // The follow-up hangs under a deleted record: not readable, so not in the bin until the customer is back.
    expect((await bin(co.li.as, 'FOLLOW_UP')).map((r) => r.id)).not.toContain(followUp.id);
    expect(fieldsOf(await restore(co.li.as, 'CONTACT', [contact.id]))).toEqual(['ids']);
    await ok(co.li.as, RESTORE, { input: { type: 'CUSTOMER', ids: [String(customer.id)] } });
    expect((await bin(co.li.as, 'FOLLOW_UP')).map((r) => r.id)).toContain(followUp.id);
    await ok(co.li.as, RESTORE, { input: { type: 'CONTACT', ids: [String(contact.id)] } });
  });
});

describe('a customer and what was deleted with it', () => {
  async function customerWithRelated() {
    const customer = await makeCustomer(db, co.li.user, { name: `连带客户${++seq}` });
    const contacts = [await makeContact(db, customer), await makeContact(db, customer)];
    const opportunity = await makeOpportunity(db, customer, co.li.user);
    const earlier = await makeContact(db, customer);
    await removeMany('deleteContacts')(co.li.as, String(earlier.id));
    await new Promise((r) => setTimeout(r, 1100)); // MariaDB DATETIME keeps seconds: a separate deletion time
    await removeMany('deleteCustomers')(co.li.as, String(customer.id));
    return { customer, contacts, opportunity, earlier };
  }
  const deletedAt = async (entity: typeof Contact | typeof Opportunity, id: number) => (await db.getRepository(entity).findOneByOrFail({ id })).deletedAt;

  test('deleting a customer moves its live contacts and opportunities to the bin; restoring it brings exactly those back', async () => {
    const { customer, contacts, opportunity, earlier } = await customerWithRelated();
    for (const c of contacts) expect(await deletedAt(Contact, c.id)).not.toBeNull();
    expect(await deletedAt(Opportunity, opportunity.id)).not.toBeNull();
    expect((await bin(co.li.as, 'CUSTOMER')).find((r) => r.id === String(customer.id))).toMatchObject({ code: customer.code, deletedWithCount: 3 });

    await ok(co.li.as, RESTORE, { input: { type: 'CUSTOMER', ids: [String(customer.id)] } });
    for (const c of contacts) expect(await deletedAt(Contact, c.id)).toBeNull();
    expect(await deletedAt(Opportunity, opportunity.id)).toBeNull();
    expect(await deletedAt(Contact, earlier.id)).not.toBeNull(); // deleted on its own before: stays in the bin
    expect(await db.getRepository(AuditLog).countBy({ action: 'restore', entityType: 'opportunity', entityId: opportunity.id })).toBe(1);
  });

  test('withRelated false restores the customer alone; the others stay in the bin and can be restored later', async () => {
    const { customer, contacts, opportunity } = await customerWithRelated();
    await ok(co.li.as, RESTORE, { input: { type: 'CUSTOMER', ids: [String(customer.id)], withRelated: false } });
    expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).deletedAt).toBeNull();
    expect(await db.getRepository(Contact).countBy({ customerId: customer.id, deletedAt: IsNull() })).toBe(0);
    expect((await bin(co.li.as, 'CONTACT')).map((r) => r.id)).toEqual(expect.arrayContaining(contacts.map((c) => String(c.id))));
    await ok(co.li.as, RESTORE, { input: { type: 'OPPORTUNITY', ids: [String(opportunity.id)] } });
    expect(await deletedAt(Opportunity, opportunity.id)).toBeNull();
  });
});

describe('search and input', () => {
  test('the keyword finds records by name, title or number', async () => {
    const customer = await makeCustomer(db, co.li.user, { name: `星辰回收测试${++seq}公司` });
    await removeMany('deleteCustomers')(co.li.as, String(customer.id));
    expect((await bin(co.li.as, 'CUSTOMER', '星辰回收')).map((r) => r.id)).toEqual([String(customer.id)]);
    expect((await bin(co.li.as, 'CUSTOMER', customer.code)).map((r) => r.id)).toEqual([String(customer.id)]);
    expect(await bin(co.li.as, 'CUSTOMER', '没有这个名字')).toEqual([]);
  });

  test('pages in deletion order, newest first, with cursors', async () => {
    const tasks: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = (await ok(co.sun.as, 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title: `分页任务${i}` } })).createTask.id;
      await removeMany('deleteTasks')(co.sun.as, id);
      tasks.push(id);
    }
    const first = (await ok(co.sun.as, BIN, { filter: { type: 'TASK' }, first: 2 })).recycleBin;
    const second = (await ok(co.sun.as, BIN, { filter: { type: 'TASK' }, first: 2, after: first.pageInfo.endCursor })).recycleBin;
    const seen = [...first.nodes, ...second.nodes].map((r: BinRow) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(tasks));
    expect(first.totalCount).toBe(seen.length);
  });

  test('an unknown type, an empty id list and a bad id are BAD_USER_INPUT or refused', async () => {
    expect(codeOf(await gql(co.li.as, BIN, { filter: { type: 'USER' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await restore(co.li.as, 'TASK', []))).toBe('BAD_USER_INPUT');
    expect(codeOf(await restore(co.li.as, 'TASK', ['abc']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(null, BIN, { filter: { type: 'TASK' } }))).toBe('UNAUTHENTICATED');
  });
});
