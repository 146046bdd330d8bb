// Leads: create, read, list with filters and paging, update, soft delete and restore, through the real endpoint,
// with every refusal (validation, permission, scope, read-only converted leads).
import { DataSource } from 'typeorm';
import { AuditLog, Lead } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeRole, makeUser, roleByCode } from '../support/factories';
import { Company, LEAD_FIELDS, expectUnchanged, fieldsOf, ids, makeCompany, makeLead } from './lead-support';

let db: DataSource;
let co: Company;

const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { ${LEAD_FIELDS} } }`;
const GET = `query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
const LIST = `query($filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String, $offset: Int) {
  leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id name company status owner { id } } } }`;
const DELETE = 'mutation($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }';
const RESTORE = 'mutation($ids: [ID!]!) { restoreLeads(ids: $ids) { id deletedAt } }';

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

describe('create', () => {
  test('a salesperson creates a lead they own, status NEW, audited with the fields', async () => {
    const next = new Date(Date.now() + 3 * 86400000);
    next.setMilliseconds(0);
    const created = (await ok(co.as.li, CREATE, { input: {
      name: ' 张伟 ', company: '北京华信科技有限公司', mobile: '13800138000', phone: '010-62345678', email: 'zhangwei@example.cn',
      source: '展会', address: '北京市海淀区中关村大街 1 号', remarks: '对 CRM 感兴趣', nextContactAt: next.toISOString(),
    } })).createLead;
    expect(created).toMatchObject({
      name: '张伟', company: '北京华信科技有限公司', mobile: '13800138000', status: 'NEW', owner: { id: String(co.li.id) },
      createdBy: { id: String(co.li.id) }, customer: null, viewerCanEdit: true, viewerCanManage: true, deletedAt: null,
    });
    expect(new Date(created.nextContactAt).getTime()).toBe(next.getTime());
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'lead', entityId: Number(created.id), action: 'create' });
    expect(entry.actorId).toBe(co.li.id);
    expect(entry.changes).toMatchObject({ name: '张伟', company: '北京华信科技有限公司', status: 'NEW' });
  });

  test('a lead may start in any status but CONVERTED', async () => {
    expect((await ok(co.as.li, CREATE, { input: { name: '李强', status: 'QUALIFIED' } })).createLead.status).toBe('QUALIFIED');
    const refused = await expectUnchanged(db, () => gql(co.as.li, CREATE, { input: { name: '李强', status: 'CONVERTED' } }));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['status']);
  });

  test('bad input is refused with every field error at once, and nothing is written', async () => {
    const result = await expectUnchanged(db, () => gql(co.as.li, CREATE, { input: {
      name: '   ', mobile: '12345', phone: 'abc', email: 'not-an-email', company: '公'.repeat(101),
    } }));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['company', 'email', 'mobile', 'name', 'phone']);
  });

  test('creating needs lead:create; a role without lead data cannot list leads; anonymous callers are UNAUTHENTICATED', async () => {
    const viewerOnly = await makeRole(db, { permissions: [] });
    const reader = await makeUser(db, co.beijing, [viewerOnly]);
    expect(codeOf(await gql(await tokenFor(db, reader), CREATE, { input: { name: '王五' } }))).toBe('FORBIDDEN');
    const sysadmin = await makeUser(db, co.root, [await roleByCode(db, 'SYSTEM_ADMIN')]);
    expect(codeOf(await gql(await tokenFor(db, sysadmin), LIST))).toBe('FORBIDDEN');
    expect(codeOf(await gql(null, LIST))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(null, CREATE, { input: { name: '王五' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('read and list', () => {
  let mine: Lead[];
  let suns: Lead;
  let zhous: Lead;

  beforeAll(async () => {
    await db.getRepository(Lead).clear();
    const day = (n: number) => new Date(Date.UTC(2026, 9, n, 2, 0, 0));
    mine = [
      await makeLead(db, co.li, { name: '赵一', company: '天津恒泰机械制造有限公司', mobile: '13900000001', source: '展会', status: LeadStatus.NEW, createdAt: day(1), nextContactAt: day(20) }),
      await makeLead(db, co.li, { name: '钱二', company: '北京瑞通软件股份有限公司', phone: '010-88886666', source: '官网', status: LeadStatus.CONTACTED, createdAt: day(5), nextContactAt: day(25) }),
      await makeLead(db, co.li, { name: '孙三', company: null, mobile: '13900000003', source: '展会', status: LeadStatus.QUALIFIED, createdAt: day(10) }),
    ];
    suns = await makeLead(db, co.sun, { name: '李四', company: '北京金桥物流有限公司', source: '展会', createdAt: day(12) });
    zhous = await makeLead(db, co.zhou, { name: '周五', company: '广州鼎盛食品有限公司', source: '展会', createdAt: day(15) });
    await makeLead(db, co.li, { name: '已删除', deletedAt: new Date(), createdAt: day(2) });
  });

  test('a salesperson sees only their own live leads; lookup of another\'s lead is null', async () => {
    const list = (await ok(co.as.li, LIST)).leads;
    expect(list.totalCount).toBe(3);
    expect(ids(list.nodes)).toEqual(ids(mine));
    expect((await ok(co.as.li, GET, { id: String(suns.id) })).lead).toBeNull();
    expect((await ok(co.as.li, GET, { id: '987654321' })).lead).toBeNull();
    expect((await ok(co.as.li, GET, { id: String(mine[0].id) })).lead).toMatchObject({ name: '赵一', owner: { id: String(co.li.id) } });
  });

  test('the regional manager sees their subtree, not the other region', async () => {
    const list = (await ok(co.as.manager, LIST)).leads;
    expect(ids(list.nodes)).toEqual(ids([...mine, suns]));
    expect(list.totalCount).toBe(4);
    expect((await ok(co.as.manager, GET, { id: String(zhous.id) })).lead).toBeNull();
  });

  test('filters: keyword on name, company and phone numbers; owner; department subtree; source; status; date ranges', async () => {
    const q = async (filter: Record<string, unknown>) => ids((await ok(co.as.manager, LIST, { filter })).leads.nodes);
    expect(await q({ keyword: '钱二' })).toEqual(ids([mine[1]]));
    expect(await q({ keyword: '恒泰' })).toEqual(ids([mine[0]]));
    expect(await q({ keyword: '8888' })).toEqual(ids([mine[1]]));
    expect(await q({ keyword: '13900000003' })).toEqual(ids([mine[2]]));
    expect(await q({ keyword: '%' })).toEqual([]);
    expect(await q({ ownerId: String(co.sun.id) })).toEqual(ids([suns]));
    expect(await q({ ownerId: String(co.zhou.id) })).toEqual([]);
    expect(await q({ departmentId: String(co.beijing.id) })).toEqual(ids([...mine, suns]));
    expect(await q({ departmentId: String(co.south.id) })).toEqual([]);
    expect(await q({ source: '官网' })).toEqual(ids([mine[1]]));
    expect(await q({ status: 'QUALIFIED' })).toEqual(ids([mine[2]]));
    expect(await q({ createdFrom: '2026-10-04T00:00:00Z', createdTo: '2026-10-11T00:00:00Z' })).toEqual(ids([mine[1], mine[2]]));
    expect(await q({ nextContactFrom: '2026-10-21T00:00:00Z' })).toEqual(ids([mine[1]]));
    expect(await q({ nextContactTo: '2026-10-21T00:00:00Z' })).toEqual(ids([mine[0]]));
    expect(await q({ deleted: true })).toHaveLength(1);
  });

  test('order and paging: cursors and offsets walk a stable order; totalCount counts only the scope', async () => {
    const orderBy = { field: 'CREATED_AT', direction: 'ASC' };
    const first = (await ok(co.as.manager, LIST, { orderBy, first: 2 })).leads;
    expect(first.totalCount).toBe(4);
    expect(first.nodes.map((n: { name: string }) => n.name)).toEqual(['赵一', '钱二']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(co.as.manager, LIST, { orderBy, first: 2, after: first.pageInfo.endCursor })).leads;
    expect(second.nodes.map((n: { name: string }) => n.name)).toEqual(['孙三', '李四']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const byOffset = (await ok(co.as.manager, LIST, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 1, offset: 3 })).leads;
    expect(byOffset.nodes).toHaveLength(1);
    expect(codeOf(await gql(co.as.manager, LIST, { after: 'bogus' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(co.as.manager, LIST, { first: 500 }))).toBe('BAD_USER_INPUT');
  });
});

describe('update', () => {
  test('the owner updates fields and status; the change is audited as before/after', async () => {
    const lead = await makeLead(db, co.li, { name: '吴六', company: '石家庄新创教育咨询有限公司' });
    const updated = (await ok(co.as.li, UPDATE, { id: String(lead.id), input: { status: 'CONTACTED', remarks: '已电话沟通', company: '' } })).updateLead;
    expect(updated).toMatchObject({ status: 'CONTACTED', remarks: '已电话沟通', company: null });
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'lead', entityId: lead.id, action: 'update' });
    expect(entry.changes).toEqual({ status: ['NEW', 'CONTACTED'], remarks: [null, '已电话沟通'], company: ['石家庄新创教育咨询有限公司', null] });
  });

  test('a lead outside the read scope is NOT_FOUND; readable but not writable is FORBIDDEN; nothing changes', async () => {
    const zhous = await makeLead(db, co.zhou, { name: '郑七' });
    expect(codeOf(await expectUnchanged(db, () => gql(co.as.li, UPDATE, { id: String(zhous.id), input: { remarks: 'x' } })))).toBe('NOT_FOUND');
    // A department manager (built-in role) reads the subtree but writes only their own.
    const deptManager = await makeUser(db, co.north, [await roleByCode(db, 'DEPT_MANAGER')]);
    const lis = await makeLead(db, co.li, { name: '冯八' });
    const asDept = await tokenFor(db, deptManager);
    expect((await ok(asDept, GET, { id: String(lis.id) })).lead).toMatchObject({ viewerCanEdit: false, viewerCanManage: false });
    expect(codeOf(await expectUnchanged(db, () => gql(asDept, UPDATE, { id: String(lis.id), input: { remarks: 'x' } })))).toBe('FORBIDDEN');
    expect(codeOf(await expectUnchanged(db, () => gql(asDept, DELETE, { ids: [String(lis.id)] })))).toBe('FORBIDDEN');
  });

  test('a converted lead is read-only: update is a CONFLICT and nothing changes', async () => {
    const lead = await makeLead(db, co.li, { name: '陈九', status: LeadStatus.CONVERTED, convertedAt: new Date() });
    const result = await expectUnchanged(db, () => gql(co.as.li, UPDATE, { id: String(lead.id), input: { remarks: '改一下' } }));
    expect(codeOf(result)).toBe('CONFLICT');
    expect((await ok(co.as.li, GET, { id: String(lead.id) })).lead.viewerCanEdit).toBe(false);
  });

  test('CONVERTED cannot be set by hand, a blank name is refused, and updating needs lead:update', async () => {
    const lead = await makeLead(db, co.li, { name: '褚十' });
    const converted = await expectUnchanged(db, () => gql(co.as.li, UPDATE, { id: String(lead.id), input: { status: 'CONVERTED' } }));
    expect(fieldsOf(converted)).toEqual(['status']);
    expect(fieldsOf(await gql(co.as.li, UPDATE, { id: String(lead.id), input: { name: ' ' } }))).toEqual(['name']);
    const noUpdate = await makeRole(db, { permissions: ['lead:create'] });
    const user = await makeUser(db, co.beijing, [noUpdate]);
    const own = await makeLead(db, user);
    expect(codeOf(await gql(await tokenFor(db, user), UPDATE, { id: String(own.id), input: { remarks: 'x' } }))).toBe('FORBIDDEN');
  });
});

describe('delete and restore', () => {
  test('deleted leads leave the list for the recycle bin and come back on restore; both audited', async () => {
    const a = await makeLead(db, co.sun, { name: '卫十一' });
    const b = await makeLead(db, co.sun, { name: '蒋十二' });
    const before = (await ok(co.as.sun, LIST)).leads.totalCount;
    expect((await ok(co.as.sun, DELETE, { ids: [String(a.id), String(b.id)] })).deleteLeads.ids.sort()).toEqual(ids([a, b]));
    expect((await ok(co.as.sun, LIST)).leads.totalCount).toBe(before - 2);
    const bin = (await ok(co.as.sun, LIST, { filter: { deleted: true } })).leads;
    expect(ids(bin.nodes)).toEqual(ids([a, b]));
    expect((await ok(co.as.sun, GET, { id: String(a.id) })).lead.deletedAt).not.toBeNull();
    // Deleting again: the id is no longer a live lead.
    expect(codeOf(await gql(co.as.sun, DELETE, { ids: [String(a.id)] }))).toBe('NOT_FOUND');

    const restored = (await ok(co.as.sun, RESTORE, { ids: [String(a.id)] })).restoreLeads;
    expect(restored).toEqual([{ id: String(a.id), deletedAt: null }]);
    expect((await ok(co.as.sun, LIST)).leads.totalCount).toBe(before - 1);
    const actions = (await db.getRepository(AuditLog).find({ where: { entityType: 'lead', entityId: a.id }, order: { id: 'ASC' } })).map((e) => e.action);
    expect(actions).toEqual(['delete', 'restore']);
  });

  test('an empty id list is refused, never read as "all"; one foreign id refuses the whole batch', async () => {
    const mine = await makeLead(db, co.sun);
    const others = await makeLead(db, co.zhou);
    expect(codeOf(await gql(co.as.sun, DELETE, { ids: [] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await expectUnchanged(db, () => gql(co.as.sun, DELETE, { ids: [String(mine.id), String(others.id)] })))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.as.sun, RESTORE, { ids: [String(mine.id)] }))).toBe('NOT_FOUND');
  });

  test('the lead page history lists the lead\'s audit entries, newest first', async () => {
    const lead = (await ok(co.as.zhou, CREATE, { input: { name: '沈十三' } })).createLead;
    await ok(co.as.zhou, UPDATE, { id: lead.id, input: { status: 'INVALID' } });
    const history = (await ok(co.as.zhou, `query($id: ID!) { lead(id: $id) { history { action actor { id } changes } } }`, { id: lead.id })).lead.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect(JSON.parse(history[0].changes)).toEqual({ status: ['NEW', 'INVALID'] });
  });
});
