// Demo product catalogue and opportunities: every stage 0–10 and every category across the demo owners' DIRECT
// customers, with product lines, contacts, details, distributor partners and progress records. Created through
// the services (real rules, amounts and audit); clocks are then moved back so the pipeline looks lived-in.
import { DataSource, In, IsNull } from 'typeorm';
import { Contact, Customer, Opportunity, OpportunityProgress, User } from '@/entities';
import { CustomerType } from '@/entities/customer.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { loadViewer } from '@/lib/access';
import { addOpportunityProgress } from '@/lib/opportunity/opportunity-progress.service';
import { addMonths, companyToday, followUpDueAt } from '@/lib/opportunity/opportunity.rules';
import { defaultCadences } from '@/lib/cadence/cadence.settings';
import { createOpportunity, updateOpportunityCategory } from '@/lib/opportunity/opportunity.service';
import { listStages } from '@/lib/opportunity/stage.service';
import { createProduct } from '@/lib/product/product.service';
import { createProductCategory } from '@/lib/product/product-category.service';

const DAY = 86_400_000;
export const OPPORTUNITY_OWNERS = ['li', 'sun', 'zhao', 'zhou', 'wang', 'chen'];

const CATALOGUE: { category: string; parent?: string; products: [string, string, string, string][] }[] = [
  { category: '硬件', products: [] },
  { category: '扫描仪', parent: '硬件', products: [['高速文档扫描仪', 'DS-7160', '台', '8999.00'], ['平板扫描仪', 'FB-1200', '台', '3299.00'], ['大幅面工程扫描仪', 'LF-3600', '台', '46800.00']] },
  { category: '打印机', parent: '硬件', products: [['黑白激光打印机', 'LP-4020', '台', '2399.00'], ['彩色多功能一体机', 'MF-C650', '台', '12800.00']] },
  { category: '存储系统', parent: '硬件', products: [['网络存储 NAS', 'NS-8T', '台', '15600.00'], ['磁盘阵列', 'SAN-48T', '套', '189000.00']] },
  { category: '软件', products: [['档案管理软件', 'AMS V5', '套', '68000.00'], ['OCR 识别引擎', 'OCR-Pro', '套', '19.99']] },
  { category: '耗材', products: [['硒鼓', 'TN-420', '支', '459.50'], ['扫描仪滚轮套件', 'RK-7160', '套', '620.00']] },
  { category: '服务', products: [['上门实施服务', 'SV-DAY', '人天', '1800.00'], ['年度维保', 'MT-Y1', '年', '9600.00']] },
];

const INTENTS = ['扫描仪', '存储系统', '软件', '打印机', '耗材', '综合设备'];
const REASONS = ['档案数字化项目', '旧设备到期更换', '新办公楼启用', '等保合规整改', '业务量增长扩容', '信创替代'];
const FORMS = ['公开招标', '竞争性谈判', '单一来源', '询价采购', '框架协议'];
const COMPETITORS = ['富士通、佳能', '惠普', '爱普生、柯达', '群晖', '华为、浪潮', '无明显竞争对手'];
const PROGRESS: [string, string][] = [
  ['拜访信息中心主任，确认了扫描量和预算范围', '一周内提交初步方案'],
  ['技术交流会，演示了双面高速扫描和OCR效果', '安排样机试用两周'],
  ['与采购部沟通招标时间表，预计下月挂网', '准备投标资质文件'],
  ['决策领导听取汇报，对方案表示认可', '商务报价并约谈分管副总'],
  ['电话回访，客户反馈样机运行稳定', '推动合同审批流程'],
];

/** [category, stage number, expected close: months ahead (negative: days ago for closed ones), created days ago] */
const PLAN: [OpportunityCategory, number, number, number][] = [
  [OpportunityCategory.SHORT_TERM, 3, 2, 40],
  [OpportunityCategory.SHORT_TERM, 5, 1, 25],
  [OpportunityCategory.SHORT_TERM, 7, 1, 60],
  [OpportunityCategory.SHORT_TERM, 8, 0.5, 90],
  [OpportunityCategory.SHORT_TERM, 9, 0.3, 120],
  [OpportunityCategory.MID_TERM, 2, 8, 30],
  [OpportunityCategory.MID_TERM, 4, 5, 50],
  [OpportunityCategory.MID_TERM, 6, 4, 70],
  [OpportunityCategory.LONG_TERM, 1, 18, 20],
  [OpportunityCategory.LONG_TERM, 1, 26, 10],
  [OpportunityCategory.WON, 10, -20, 150],
  [OpportunityCategory.LOST, 0, -10, 100],
];
const LOST_REASONS = ['客户预算被砍，项目取消', '价格高于竞品，未中标', '客户选择了原厂直销'];

async function catalogue(db: DataSource, adminId: number) {
  const viewer = (await loadViewer(db.manager, adminId))!.viewer;
  const ids = new Map<string, number>();
  const products: { id: number; price: string }[] = [];
  for (const [sort, entry] of CATALOGUE.entries()) {
    const category = await createProductCategory(db, viewer, { name: entry.category, parentId: entry.parent ? ids.get(entry.parent)! : null, sort });
    ids.set(entry.category, category.id);
    for (const [name, model, unit, price] of entry.products) {
      products.push(await createProduct(db, viewer, { name, model, unit, price, categoryId: category.id, description: `${entry.category}产品` }));
    }
  }
  return products;
}

const daysAheadOf = (months: number) => {
  const today = companyToday();
  if (months >= 1) return addMonths(today, Math.floor(months));
  if (months > 0) return new Date(Date.parse(`${today}T00:00:00Z`) + Math.round(months * 30) * DAY).toISOString().slice(0, 10);
  return new Date(Date.parse(`${today}T00:00:00Z`) + months * DAY).toISOString().slice(0, 10);
};

/** Creates the catalogue and about a dozen opportunities per demo owner; returns how many opportunities. */
export async function seedOpportunities(db: DataSource, people: Record<string, User>): Promise<number> {
  const products = await catalogue(db, people.admin.id);
  const stages = new Map((await listStages(db.manager)).map((s) => [s.sort, s.id]));
  let n = 0;
  for (const [i, username] of OPPORTUNITY_OWNERS.entries()) {
    const owner = people[username];
    const viewer = (await loadViewer(db.manager, owner.id))!.viewer;
    const mine = await db.getRepository(Customer).find({ where: { ownerId: owner.id, deletedAt: IsNull() }, order: { id: 'ASC' } });
    const direct = mine.filter((c) => c.type === CustomerType.DIRECT);
    const distributors = mine.filter((c) => c.type === CustomerType.DISTRIBUTOR);
    if (!direct.length) continue;
    const contacts = await db.getRepository(Contact).find({ where: { customerId: In(direct.map((c) => c.id)), deletedAt: IsNull() } });
    for (const [k, [category, stageSort, months, createdDaysAgo]] of PLAN.entries()) {
      // Rotate the plan per owner so every owner has a mix and, across owners, every stage appears.
      if ((k + i) % 6 === 5 && category !== OpportunityCategory.WON && category !== OpportunityCategory.LOST) continue;
      const customer = direct[(k * 5 + i) % direct.length];
      const lines = Array.from({ length: 1 + ((k + i) % 3) }, (_, j) => {
        const p = products[(k * 3 + i + j * 5) % products.length];
        return { productId: p.id, quantity: String(1 + ((k + j + i) % 4) * (p.price.startsWith('19.99') ? 50 : 1)) };
      });
      const open = category !== OpportunityCategory.WON && category !== OpportunityCategory.LOST;
      const start = open ? { category, stageId: stages.get(stageSort)!, date: daysAheadOf(months) } : { category: OpportunityCategory.MID_TERM, stageId: stages.get(6)!, date: daysAheadOf(3) };
      const o = await createOpportunity(db, viewer, {
        customerId: customer.id, name: `${customer.name.replace(/(科技|软件|机械制造|建设工程|医疗器械|商贸|物流|教育咨询|新能源|食品)?(股份)?有限公司$/, '')}${INTENTS[(k + i) % INTENTS.length]}采购项目`,
        intentCategory: INTENTS[(k + i) % INTENTS.length], category: start.category, stageId: start.stageId, expectedCloseDate: start.date,
        partnerCustomerId: distributors.length && k % 4 === 1 ? distributors[k % distributors.length].id : null,
        contactIds: contacts.filter((c) => c.customerId === customer.id).slice(0, 2).map((c) => c.id),
        purchaseReason: REASONS[(k + i) % REASONS.length], purchaseForm: FORMS[(k * 2 + i) % FORMS.length],
        budget: String((((k + i) % 9) + 1) * 50000), requirements: '支持国产操作系统，提供三年原厂质保，现场实施培训',
        executionTime: `${2026 + ((k + i) % 2)}年第${((k + i) % 4) + 1}季度`, competitors: COMPETITORS[(k + i) % COMPETITORS.length], products: lines,
      });
      const progressCount = 1 + ((k + i) % 3);
      for (let p = 0; p < progressCount; p++) {
        const [content, nextPlan] = PROGRESS[(k + p + i) % PROGRESS.length];
        await addOpportunityProgress(db, viewer, { opportunityId: o.id, content, nextPlan, countsAsContact: p % 2 === 0 });
      }
      if (!open) {
        await updateOpportunityCategory(db, viewer, o.id, {
          category, stageId: stages.get(stageSort)!, expectedCloseDate: daysAheadOf(months),
          lostReason: category === OpportunityCategory.LOST ? LOST_REASONS[(k + i) % LOST_REASONS.length] : null,
        });
      }
      await backdate(db, o.id, createdDaysAgo + i * 3, category);
      n++;
    }
  }
  return n;
}

/** Moves an opportunity's creation and progress into the past, keeping the follow-up clock consistent. */
async function backdate(db: DataSource, id: number, daysAgo: number, category: OpportunityCategory) {
  const created = new Date(Date.now() - daysAgo * DAY);
  const progress = await db.getRepository(OpportunityProgress).find({ where: { opportunityId: id }, order: { id: 'ASC' } });
  // Progress spread from creation up to `quiet` days ago: some pipelines have had no news for a while (due).
  const quiet = (id % 4) * 6 + 2;
  let last: Date | null = null;
  for (const [j, p] of progress.entries()) {
    const at = new Date(created.getTime() + ((j + 1) / progress.length) * Math.max(daysAgo - quiet, 1) * DAY);
    await db.getRepository(OpportunityProgress).update({ id: p.id }, { createdAt: at });
    last = at;
  }
  const closed = category === OpportunityCategory.WON || category === OpportunityCategory.LOST;
  await db.getRepository(Opportunity).update({ id }, {
    createdAt: created, updatedAt: last ?? created, lastProgressAt: last,
    followUpDueAt: closed ? null : followUpDueAt(category, last ?? created, defaultCadences()),
    ...(closed ? { closedAt: new Date(Date.now() - Math.max(daysAgo - 30, 1) * DAY) } : {}),
  });
}
