// No N+1: a page of follow-ups with their author, parent, attachments and comments — and a page of customers
// with their latest follow-ups — costs the same number of SQL queries for 10 rows as for 50.
import { DataSource } from 'typeorm';
import { Attachment, Comment, CommentReceipt, Customer, FollowUp, User } from '@/entities';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let queries = 0;
let lead: User;
let sellers: User[];
let asLead: As;

const FOLLOW_UPS = `{ followUps(first: 50) { totalCount nodes { id author { name } parent { type title } viewerCanEdit commentCount unreadCommentCount
  attachments { fileName uploadedBy { name } } comments { content unread author { name } } } } }`;
const CUSTOMERS = '{ customers(first: 50) { nodes { id followUpCount followUps(first: 3) { id author { name } commentCount } contacts { followUps { id } } } } }';

async function countQueries(work: () => Promise<unknown>) {
  queries = 0;
  await work();
  return queries;
}

async function addFollowUps(n: number) {
  for (let i = 0; i < n; i++) {
    const author = sellers[i % sellers.length];
    const customer = await makeCustomer(db, author);
    const contact = await makeContact(db, customer);
    const rows = await db.getRepository(FollowUp).save([customer.id, contact.id].map((parentId, k) => db.getRepository(FollowUp).create({
      parentType: k === 0 ? 'customer' : 'contact', parentId, subject: '致电', method: FollowUpMethod.PHONE, objective: 'o', result: 'r', occurredAt: new Date(Date.now() - (i + 1) * 60000), authorId: author.id,
    })));
    await db.getRepository(Attachment).insert({ entityType: 'followup', entityId: rows[0].id, fileName: 'a.pdf', storageName: `${String(rows[0].id).padStart(8, '0')}`.padEnd(40, 'b'), mimeType: 'application/pdf', size: 1, uploadedById: author.id });
    const comment = await db.getRepository(Comment).save(db.getRepository(Comment).create({ targetType: 'followup', targetId: rows[0].id, content: '批示', authorId: lead.id }));
    await db.getRepository(CommentReceipt).insert({ commentId: comment.id, userId: author.id, readAt: null });
  }
}

beforeAll(async () => {
  db = await openTestDatabase();
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (...args: Parameters<typeof logQuery>) => { queries++; return logQuery(...args); };
  const dept = await makeDepartment(db, await rootDepartment(db), '批量跟进部');
  lead = await makeUser(db, dept, [await roleByCode(db, 'DEPT_MANAGER')]);
  sellers = [];
  for (let i = 0; i < 4; i++) sellers.push(await makeUser(db, dept, [await roleByCode(db, 'SALES')]));
  asLead = await tokenFor(db, lead);
});
afterAll(async () => closeTestDatabase(db));

test('a page of 50 follow-ups with nested fields costs no more queries than a page of 10', async () => {
  await addFollowUps(5);
  await ok(asLead, FOLLOW_UPS); // warms the server's roles-and-scopes cache (lib/access/access-version.ts)
  const ten = await countQueries(async () => expect((await ok(asLead, FOLLOW_UPS)).followUps.nodes).toHaveLength(10));
  await addFollowUps(20);
  const fifty = await countQueries(async () => {
    const page = (await ok(asLead, FOLLOW_UPS)).followUps;
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.filter((n: { comments: unknown[] }) => n.comments.length === 1)).toHaveLength(25);
  });
  expect(ten).toBeGreaterThan(5);
  expect(fifty).toBe(ten);
});

test('a page of customers with their latest follow-ups costs the same for 10 and 25 customers', async () => {
  await db.createQueryBuilder().update(Customer).set({ deletedAt: new Date(), nameKey: null }).execute();
  await addFollowUps(10);
  const ten = await countQueries(async () => expect((await ok(asLead, CUSTOMERS)).customers.nodes).toHaveLength(10));
  await addFollowUps(15);
  const more = await countQueries(async () => {
    const nodes = (await ok(asLead, CUSTOMERS)).customers.nodes;
    expect(nodes).toHaveLength(25);
    expect(nodes.every((n: { followUpCount: number; followUps: unknown[]; contacts: { followUps: unknown[] }[] }) => n.followUpCount === 1 && n.followUps.length === 1 && n.contacts[0].followUps.length === 1)).toBe(true);
  });
  expect(more).toBe(ten);
});
