// Opportunity stages (settings): the 0–10 default set of SPEC 3.5, renamable, re-weightable, addable. A stage's
// `sort` is its number in the pipeline (unique); the category rules compare it (stage ≥ 3 for short-term, …).
import { DataSource, EntityManager, Not } from 'typeorm';
import { OpportunityStage } from '@/entities';
import { Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, conflict, notFound } from '@/lib/errors';
import { blankToNull } from '@/lib/text';

export const DEFAULT_STAGES: readonly { sort: number; name: string; probability: number }[] = [
  { sort: 0, name: '中途放弃或失败', probability: 0 },
  { sort: 1, name: '有业务需求', probability: 10 },
  { sort: 2, name: '已报财务计划的大致时间', probability: 20 },
  { sort: 3, name: '了解到预算大小和执行时间', probability: 30 },
  { sort: 4, name: '财务计划已批准', probability: 40 },
  { sort: 5, name: '锁定技术负责人并被认可', probability: 50 },
  { sort: 6, name: '锁定决策领导者并被认可', probability: 60 },
  { sort: 7, name: '已排除竞争对手', probability: 70 },
  { sort: 8, name: '签订合同', probability: 80 },
  { sort: 9, name: '开始执行合同、发货实施', probability: 90 },
  { sort: 10, name: '实施完毕并成功收款', probability: 100 },
];

/** Stage number of an abandoned/lost deal, and the first stage (LONG_TERM). */
export const LOST_STAGE = 0;
export const FIRST_STAGE = 1;

export interface StageFields { name?: string; probability?: number; sort?: number; enabled?: boolean }

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** Creates the default stages on first start (idempotent: only when there are none). */
export async function ensureDefaultStages(manager: EntityManager) {
  if (await manager.count(OpportunityStage)) return;
  await manager.insert(OpportunityStage, DEFAULT_STAGES.map((s) => ({ ...s, enabled: true })));
}

export const listStages = (manager: EntityManager) => manager.find(OpportunityStage, { order: { sort: 'ASC', id: 'ASC' } });

/** The last enabled stage (10 by default: delivered and paid): the stage of a WON opportunity. */
export async function finalStage(manager: EntityManager): Promise<OpportunityStage | null> {
  return manager.findOne(OpportunityStage, { where: { enabled: true }, order: { sort: 'DESC', id: 'DESC' } });
}

function clean(input: StageFields, creating: boolean): StageFields {
  const errors = new FieldErrors();
  const out: StageFields = {};
  if (input.name !== undefined) out.name = blankToNull(input.name) ?? '';
  if (creating || input.name !== undefined) errors.check(!!out.name, 'name', 'is required');
  if (out.name && [...out.name].length > 50) errors.add('name', 'must be at most 50 characters');
  if (creating || input.probability !== undefined) {
    errors.check(Number.isInteger(input.probability) && input.probability! >= 0 && input.probability! <= 100, 'probability', 'must be a whole number from 0 to 100');
    out.probability = input.probability;
  }
  if (creating || input.sort !== undefined) {
    errors.check(Number.isInteger(input.sort) && input.sort! >= 0 && input.sort! <= 99, 'sort', 'must be a whole number from 0 to 99');
    out.sort = input.sort;
  }
  if (input.enabled !== undefined && input.enabled !== null) out.enabled = !!input.enabled;
  errors.throwIfAny();
  return out;
}

async function assertSortFree(manager: EntityManager, sort: number, exceptId?: number) {
  const taken = await manager.findOneBy(OpportunityStage, exceptId ? { sort, id: Not(exceptId) } : { sort });
  if (taken) throw conflict(`Stage number ${sort} is already used by 「${taken.name}」`, { field: 'sort' });
}

export async function createStage(db: DataSource, viewer: Viewer, input: StageFields) {
  const fields = clean(input, true);
  return inTransaction(db, async (manager) => {
    await assertSortFree(manager, fields.sort!);
    const stage = await manager.save(manager.create(OpportunityStage, { enabled: true, ...fields }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'opportunity_stage', entityId: stage.id, changes: { ...fields } });
    return stage;
  });
}

export async function updateStage(db: DataSource, viewer: Viewer, id: number, input: StageFields) {
  const fields = clean(input, false);
  return inTransaction(db, async (manager) => {
    const stage = Number.isSafeInteger(id) ? await manager.findOneBy(OpportunityStage, { id }) : null;
    if (!stage) throw notFound('Stage');
    const changes = diff(stage, fields);
    if (!Object.keys(changes).length) return stage;
    if (changes.sort) await assertSortFree(manager, fields.sort!, id);
    Object.assign(stage, fields);
    const saved = await manager.save(stage);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'opportunity_stage', entityId: id, changes });
    return saved;
  });
}
