// Imports as server-side jobs (issue 12 item 1): the state is in the database, so a pass whose server dies is resumed
// by another after the last committed batch, while the server that lost its lease writes nothing more; a cancel
// stops a pass at its next batch (the committed batches stay and undo as a whole); a lease held by a live server is
// respected. And the other record types: contacts matched to their customer, leads compared only with the leads the
// importer may see, products with their category and price.
import { DataSource, In } from 'typeorm';
import { Contact, Customer, ImportJob, Lead, Product, ProductCategory, User } from '@/entities';
import { ImportStatus } from '@/entities/import-job.entity';
import { customerImport } from '@/lib/import/modules/customer.import';
import { resumeStalledImports, runImport } from '@/lib/import/import-runner';
import { JOBS } from '@/lib/jobs';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { businessChecksums, commit, committed, csvFile, dryRun, settled } from './import-support';

let db: DataSource;
let li: User;
let zhou: User;
let asLi: As;
let asAdmin: As;

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '北京组');
  const south = await makeDepartment(db, root, '广州组');
  li = await makeUser(db, north, [await roleByCode(db, 'SALES')], { name: '李娜' });
  zhou = await makeUser(db, south, [await roleByCode(db, 'SALES')], { name: '周洋' });
  asLi = await tokenFor(db, li);
  asAdmin = await tokenFor(db, await makeUser(db, root, [await roleByCode(db, 'SYSTEM_ADMIN')]));
});
afterAll(async () => closeTestDatabase(db));
afterEach(() => jest.restoreAllMocks());

const customersCsv = (prefix: string, count: number) => csvFile(`客户名称\n${Array.from({ length: count }, (_, i) => `${prefix}${i}有限公司`).join('\n')}\n`, 'utf8');
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}有限公司`);

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 400; i++) { if (await check()) return; await new Promise((r) => setTimeout(r, 25)); }
  throw new Error('condition not reached');
}

test('a pass whose server died resumes after the last committed batch; the server that lost its lease writes nothing', async () => {
  const job = await dryRun(asLi, 'CUSTOMER', 'resume.csv', customersCsv('续传', 600));
  expect(job).toMatchObject({ status: 'VALIDATED', createdCount: 600 });
  // The first server stops (as if it hung or died) on the first row of the second batch, outside any transaction.
  let release!: () => void;
  const hung = new Promise<void>((resolve) => { release = resolve; });
  let blocked = false;
  const clean = customerImport.clean;
  jest.spyOn(customerImport, 'clean').mockImplementation(async function (this: typeof customerImport, row, ctx) {
    if (row.number === 502 && !blocked) { blocked = true; await hung; }
    return clean.call(this, row, ctx);
  });
  expect(codeOf(await commit(asLi, job.id))).toBeUndefined();
  await until(async () => (await db.getRepository(ImportJob).findOneByOrFail({ id: Number(job.id) })).processedRows === 500);
  expect(await db.getRepository(Customer).countBy({ name: In(names('续传', 600)) })).toBe(500);
  // Its lease runs out; another server (the jobs runner, or the next poll) takes the job over.
  await db.getRepository(ImportJob).update({ id: Number(job.id) }, { leaseExpiresAt: new Date(Date.now() - 1000) });
  expect(await resumeStalledImports(db)).toEqual([Number(job.id)]);
  const done = await settled(asLi, job.id);
  expect(done).toMatchObject({ status: 'DONE', createdCount: 600, errorCount: 0, totalRows: 600 });
  release();
  await new Promise((r) => setTimeout(r, 300));
  const rows = await db.getRepository(Customer).findBy({ name: In(names('续传', 600)) });
  expect(rows).toHaveLength(600);
  expect(new Set(rows.map((c) => c.code)).size).toBe(600);
  expect((await db.getRepository(ImportJob).findOneByOrFail({ id: Number(job.id) })).status).toBe(ImportStatus.DONE);
});

test('a live lease is respected: another server does not run the job', async () => {
  const job = await dryRun(asLi, 'CUSTOMER', 'lease.csv', customersCsv('租约', 3));
  await db.getRepository(ImportJob).update({ id: Number(job.id) }, { status: ImportStatus.IMPORTING, leaseHolder: 'another-server', leaseExpiresAt: new Date(Date.now() + 60_000) });
  await runImport(db, Number(job.id));
  expect(await resumeStalledImports(db)).toEqual([]);
  expect(await db.getRepository(Customer).countBy({ name: In(names('租约', 3)) })).toBe(0);
  expect((await db.getRepository(ImportJob).findOneByOrFail({ id: Number(job.id) })).status).toBe(ImportStatus.IMPORTING);
  await db.getRepository(ImportJob).update({ id: Number(job.id) }, { status: ImportStatus.CANCELLED, leaseHolder: null, leaseExpiresAt: null });
});

test('the jobs runner resumes a stalled import and discards an upload left waiting for a week', async () => {
  const stalled = await dryRun(asLi, 'CUSTOMER', 'stalled.csv', customersCsv('停滞', 3));
  // As commitDataImport leaves it, taken by a server that died before its first batch.
  await db.getRepository(ImportJob).update({ id: Number(stalled.id) }, { status: ImportStatus.IMPORTING, processedRows: 0, leaseHolder: 'dead-server', leaseExpiresAt: new Date(Date.now() - 1000) });
  const waiting = await dryRun(asLi, 'CUSTOMER', 'waiting.csv', customersCsv('等待', 2));
  await db.createQueryBuilder().update(ImportJob).set({ updatedAt: new Date(Date.now() - 8 * 86400_000) }).where('id = :id', { id: Number(waiting.id) }).execute();
  expect(await JOBS.imports(db)).toEqual({ resumed: 1, abandoned: 1 });
  expect(await settled(asLi, stalled.id)).toMatchObject({ status: 'DONE', createdCount: 3 });
  expect(await db.getRepository(Customer).countBy({ name: In(names('停滞', 3)) })).toBe(3);
  expect((await settled(asLi, waiting.id)).status).toBe('CANCELLED');
  expect(codeOf(await commit(asLi, waiting.id))).toBe('CONFLICT');
});

test('cancel stops a running import at its next batch; the committed batch stays and undoes as a whole', async () => {
  const job = await dryRun(asLi, 'CUSTOMER', 'cancel.csv', customersCsv('取消', 600));
  let release!: () => void;
  const waiting = new Promise<void>((resolve) => { release = resolve; });
  const check = customerImport.check;
  let calls = 0;
  jest.spyOn(customerImport, 'check').mockImplementation(async (...args) => {
    if (++calls === 1) await waiting;
    return check(...args);
  });
  await commit(asLi, job.id);
  await until(async () => calls === 1);
  expect((await ok(asLi, 'mutation($id: ID!) { cancelDataImport(id: $id) { status } }', { id: job.id })).cancelDataImport.status).toBe('IMPORTING');
  release();
  const cancelled = await settled(asLi, job.id);
  expect(cancelled).toMatchObject({ status: 'CANCELLED', createdCount: 500, viewerCanUndo: true });
  expect(await db.getRepository(Customer).countBy({ name: In(names('取消', 600)) })).toBe(500);
  await ok(asLi, 'mutation($id: ID!) { undoDataImport(id: $id) { status } }', { id: job.id });
  expect((await db.getRepository(Customer).findBy({ name: In(names('取消', 600)) })).every((c) => c.deletedAt)).toBe(true);
});

test('cancel of an all-or-nothing import leaves nothing written; a checked import can be discarded', async () => {
  const before = await businessChecksums(db);
  const job = await dryRun(asLi, 'CUSTOMER', 'aon.csv', customersCsv('全无', 30), { allOrNothing: true });
  await db.getRepository(ImportJob).update({ id: Number(job.id) }, { status: ImportStatus.IMPORTING, processedRows: 0, cancelRequested: true });
  await runImport(db, Number(job.id));
  expect(await settled(asLi, job.id)).toMatchObject({ status: 'CANCELLED', createdCount: 0 });
  expect(await businessChecksums(db)).toEqual(before);
  const other = await dryRun(asLi, 'CUSTOMER', 'discard.csv', customersCsv('丢弃', 2));
  expect((await ok(asLi, 'mutation($id: ID!) { cancelDataImport(id: $id) { status } }', { id: other.id })).cancelDataImport.status).toBe('CANCELLED');
  expect(codeOf(await commit(asLi, other.id))).toBe('CONFLICT');
  expect(await businessChecksums(db)).toEqual(before);
});

test('the import history lists the user\'s own imports only, with file name and counts', async () => {
  const mine = (await ok(asLi, '{ dataImports(first: 50, module: CUSTOMER) { totalCount nodes { id fileName status createdCount createdBy { id } } } }')).dataImports;
  expect(mine.totalCount).toBeGreaterThanOrEqual(4);
  expect(mine.nodes.every((n: { createdBy: { id: string } }) => n.createdBy.id === String(li.id))).toBe(true);
  expect(mine.nodes.map((n: { fileName: string }) => n.fileName)).toEqual(expect.arrayContaining(['resume.csv', 'cancel.csv']));
  expect((await ok(asAdmin, '{ dataImports(first: 50) { totalCount } }')).dataImports.totalCount).toBe(0);
});

describe('contacts, leads and products', () => {
  test('contacts find their customer by code or exact name; a customer out of reach is refused without telling why beyond "not found"', async () => {
    const own = await makeCustomer(db, li, { name: '北京联系人测试有限公司' });
    const other = await makeCustomer(db, zhou, { name: '广州他人客户有限公司' });
    await makeContact(db, own, { name: '已有联系人' });
    const job = await dryRun(asLi, 'CONTACT', 'contacts.csv', csvFile([
      '客户编号,客户名称,姓名,手机,生日,主联系人',
      `${own.code},,张伟,13811110001,1985/6/18,是`,
      ',北京联系人测试有限公司,王芳,,,否',
      ',北京联系人测试,赵强,,,',
      `${other.code},,钱多,,,`,
      ',不存在的客户有限公司,孙亮,,,',
      ',北京联系人测试有限公司,已有联系人,,,',
      ',,没有客户,,,',
    ].join('\n'), 'gbk'));
    expect(job).toMatchObject({ createdCount: 3, duplicateCount: 1, errorCount: 3 });
    const messages = Object.fromEntries(job.problems.nodes.map((p: { rowNumber: number; messages: { message: string }[] }) => [p.rowNumber, p.messages[0].message]));
    expect(messages[5]).toBe('客户不存在');
    expect(messages[6]).toBe('客户不存在');
    expect(messages[7]).toContain('已有联系人');
    await committed(asLi, job.id);
    const contacts = await db.getRepository(Contact).find({ where: { customerId: own.id }, order: { id: 'ASC' } });
    expect(contacts.map((c) => [c.name, c.ownerId])).toEqual([['已有联系人', li.id], ['张伟', li.id], ['王芳', li.id], ['赵强', li.id]]);
    expect(contacts[1]).toMatchObject({ birthday: '1985-06-18', isPrimary: true, mobile: '13811110001' });
    expect(await db.getRepository(Contact).countBy({ customerId: other.id })).toBe(0);
  });

  test('leads are compared with the leads the importer may see, never with others\'', async () => {
    await db.getRepository(Lead).save([
      { name: '李的线索', mobile: '13922220001', status: 'NEW', ownerId: li.id, createdById: li.id },
      { name: '周的线索', mobile: '13922220002', status: 'NEW', ownerId: zhou.id, createdById: zhou.id },
    ] as Lead[]);
    const job = await dryRun(asLi, 'LEAD', 'leads.csv', csvFile('姓名,手机,状态\n新甲,13922220001,已联系\n新乙,13922220002,新线索\n新丙,13922220003,\n', 'utf8'));
    expect(job).toMatchObject({ createdCount: 2, duplicateCount: 1 });
    expect(JSON.stringify(job.problems)).not.toContain('周的线索');
    await committed(asLi, job.id);
    expect(await db.getRepository(Lead).countBy({ mobile: '13922220002' })).toBe(2);
  });

  test('products: category by name, price as an amount; a system administrator with product:manage imports them', async () => {
    const category = await db.getRepository(ProductCategory).save({ name: '网络设备', parentId: null, sort: 0 } as ProductCategory);
    await db.getRepository(Product).save({ name: '已有交换机', model: 'S1', price: '100.00', createdById: li.id } as Product);
    const job = await dryRun(asAdmin, 'PRODUCT', 'products.csv', csvFile('产品名称,型号,价格,分类,状态\n交换机,S5720,"¥12,800.50",网络设备,在售\n路由器,R1,abc,,\n防火墙,F1,99,不存在的分类,\n已有交换机,S1,120,,停售\n', 'utf8'), { duplicates: 'UPDATE' });
    expect(job).toMatchObject({ createdCount: 1, updatedCount: 1, errorCount: 2 });
    await committed(asAdmin, job.id);
    expect(await db.getRepository(Product).findOneByOrFail({ name: '交换机' })).toMatchObject({ price: '12800.50', categoryId: category.id, status: 'ACTIVE' });
    expect(await db.getRepository(Product).findOneByOrFail({ name: '已有交换机' })).toMatchObject({ price: '120.00', status: 'INACTIVE' });
    expect(codeOf(await gql(asLi, 'query { dataImports(first: 1, module: PRODUCT) { totalCount } }'))).toBeUndefined();
  });
});
