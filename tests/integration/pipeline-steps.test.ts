// Pipeline (issue 11 item 6): every stage change writes a progress record naming the old and new stage (the stage bar,
// the board's drag and a category change alike), and a lead becomes a customer and an opportunity in one step —
// all or nothing, with the opportunity's field errors named under `opportunity.`.
import { DataSource } from 'typeorm';
import { Opportunity, OpportunityContact, OpportunityProgress, OpportunityStage } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { Company, expectUnchanged, fieldsOf, makeCompany, makeLead } from './lead-support';
import { createOpportunityCall, monthsAhead, stageId } from './opportunity-support';
import { ensureDefaultStages } from '@/lib/opportunity/stage.service';

let db: DataSource;
let co: Company;
const CONVERT = 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id } } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id stage { sort } } }';
const CATEGORY = 'mutation($id: ID!, $input: UpdateOpportunityCategoryInput!) { updateOpportunityCategory(id: $id, input: $input) { id category } }';
const PROGRESS = 'query($id: ID!) { opportunity(id: $id) { progress { content countsAsContact author { id } stage { sort } } lastProgressAt } }';

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  await ensureDefaultStages(db.manager);
});
afterAll(async () => closeTestDatabase(db));

describe('stage changes', () => {
  test('moving the stage writes one progress record naming both stages; other edits write none', async () => {
    const customer = await makeCustomer(db, co.li);
    const created = (await createOpportunityCall(db, co.as.li, { customerId: customer.id, stage: await stageId(db, 2) })).data!.createOpportunity;
    const [two, four] = await Promise.all([2, 4].map((sort) => db.getRepository(OpportunityStage).findOneByOrFail({ sort })));
    await ok(co.as.li, UPDATE, { id: created.id, input: { stageId: await stageId(db, 4) } });
    await ok(co.as.li, UPDATE, { id: created.id, input: { name: '改名不算阶段变更' } });
    await ok(co.as.li, UPDATE, { id: created.id, input: { stageId: await stageId(db, 4) } });
    const seen = (await ok(co.as.li, PROGRESS, { id: created.id })).opportunity;
    expect(seen.progress).toEqual([{ content: `阶段变更：${two.name} → ${four.name}`, countsAsContact: false, author: { id: String(co.li.id) }, stage: { sort: 4 } }]);
    // A system note is not a contact: the follow-up clock is not restarted by it.
    expect(seen.lastProgressAt).toBeNull();

    // A refused move writes nothing.
    const before = await db.getRepository(OpportunityProgress).countBy({ opportunityId: Number(created.id) });
    expect(codeOf(await gql(co.as.li, UPDATE, { id: created.id, input: { stageId: await stageId(db, 1) } }))).toBe('BAD_USER_INPUT');
    expect(await db.getRepository(OpportunityProgress).countBy({ opportunityId: Number(created.id) })).toBe(before);
  });

  test('a category change that moves the stage writes the record too', async () => {
    const customer = await makeCustomer(db, co.li);
    const created = (await createOpportunityCall(db, co.as.li, { customerId: customer.id, stage: await stageId(db, 2) })).data!.createOpportunity;
    await ok(co.as.li, CATEGORY, { id: created.id, input: { category: 'LONG_TERM', stageId: await stageId(db, 1), expectedCloseDate: monthsAhead(8) } });
    const contents = (await ok(co.as.li, PROGRESS, { id: created.id })).opportunity.progress.map((p: { content: string }) => p.content);
    expect(contents).toHaveLength(1);
    expect(contents[0]).toMatch(/^阶段变更：.+ → .+$/);
  });
});

describe('lead → customer and opportunity in one step', () => {
  const opportunity = async (extra: Record<string, unknown> = {}) => ({ name: '华信一期', category: 'MID_TERM', stageId: await stageId(db, 2), expectedCloseDate: monthsAhead(3), amount: '88000.00', ...extra });

  test('the lead becomes a customer, its contact and an opportunity owned by the lead\'s owner', async () => {
    const lead = await makeLead(db, co.li, { name: '张伟', company: '北京华信一步科技有限公司', mobile: '13800138111' });
    const [converted] = (await ok(co.as.li, CONVERT, { input: { ids: [String(lead.id)], opportunity: await opportunity() } })).convertLeads;
    expect(converted.status).toBe('CONVERTED');
    const opportunities = await db.getRepository(Opportunity).findBy({ customerId: Number(converted.customer.id) });
    expect(opportunities).toEqual([expect.objectContaining({ name: '华信一期', ownerId: co.li.id, createdById: co.li.id, category: 'MID_TERM', amount: '88000.00' })]);
    const links = await db.getRepository(OpportunityContact).findBy({ opportunityId: opportunities[0].id });
    expect(links).toHaveLength(1);
  });

  test('a bad opportunity, several leads or a missing permission convert nothing', async () => {
    const lead = await makeLead(db, co.li, { name: '李雷', company: '北京一步失败有限公司' });
    const other = await makeLead(db, co.li, { name: '韩梅', company: '北京一步另一家有限公司' });
    const bad = await expectUnchanged(db, async () => gql(co.as.li, CONVERT, { input: { ids: [String(lead.id)], opportunity: await opportunity({ expectedCloseDate: null, stageId: await stageId(db, 9) }) } }));
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).every((f: string) => f.startsWith('opportunity.'))).toBe(true);
    expect(fieldsOf(bad)).toContain('opportunity.expectedCloseDate');
    const many = await expectUnchanged(db, async () => gql(co.as.li, CONVERT, { input: { ids: [String(lead.id), String(other.id)], opportunity: await opportunity() } }));
    expect(fieldsOf(many)).toEqual(['opportunity']);
    const distributor = await expectUnchanged(db, async () => gql(co.as.li, CONVERT, { input: { ids: [String(lead.id)], customerType: 'DISTRIBUTOR', opportunity: await opportunity() } }));
    expect(fieldsOf(distributor)).toEqual(['customerType']);
    // The regional manager may convert li's leads but holds no opportunity:create.
    const denied = await expectUnchanged(db, async () => gql(co.as.manager, CONVERT, { input: { ids: [String(lead.id)], opportunity: await opportunity() } }));
    expect(codeOf(denied)).toBe('FORBIDDEN');
    // Without the opportunity the same lead converts as before.
    expect((await ok(co.as.manager, CONVERT, { input: { ids: [String(lead.id)] } })).convertLeads[0].status).toBe('CONVERTED');
  });
});
