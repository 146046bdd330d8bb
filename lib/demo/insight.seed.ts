// Demo insight data: monthly sales targets for this year (people, plus 华北大区's own for the last quarter, so one
// department overrides its members' sum), contact-frequency rules sized to the demo company, li brought up to date
// with her core and high-growth customers (on track) while others stay behind, and zhao's next due customer
// reminded once by the job — so the dashboard, the KPI and the compliance report have something to show.
import { DataSource, In, IsNull } from 'typeorm';
import { Customer, Department, FollowUp, User } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import { loadViewer } from '@/lib/access';
import { updateComplianceRules } from '@/lib/compliance/compliance.settings';
import { complianceCustomers } from '@/lib/compliance/compliance.report';
import { resolveSelection } from '@/lib/insight/selection';
import { createFollowUp } from '@/lib/followup/followup.service';
import { setKpiTargets } from '@/lib/insight/target.service';
import { runComplianceReminders } from '@/lib/jobs/compliance-reminders';
import { startOfCompanyDay } from '@/lib/schedule/company-day';

const DAY = 86_400_000;
/** Monthly targets: contract amount, receivable amount, new customers, follow-ups. */
const TARGETS: Record<string, [number, number, number, number]> = {
  wang: [150000, 120000, 3, 20], chen: [150000, 120000, 3, 20],
  li: [120000, 90000, 4, 30], sun: [100000, 80000, 4, 30], zhao: [80000, 60000, 3, 25], zhou: [100000, 80000, 4, 30],
};
const METRICS = [KpiMetric.CONTRACT_AMOUNT, KpiMetric.RECEIVABLE_AMOUNT, KpiMetric.NEW_CUSTOMERS, KpiMetric.FOLLOW_UPS];

export async function seedInsight(db: DataSource) {
  const admin = (await loadViewer(db.manager, (await db.getRepository(User).findOneByOrFail({ username: 'admin' })).id))!.viewer;
  const year = new Date(startOfCompanyDay(new Date()).getTime() + 12 * 3600000).getUTCFullYear();
  const users = await db.getRepository(User).findBy({ username: In(Object.keys(TARGETS)) });
  for (const user of users) {
    const [contract, received, customers, followUps] = TARGETS[user.username];
    const values = Array.from({ length: 12 }, (_, m) => METRICS.map((metric, i) => ({ month: m + 1, metric, value: String([contract, received, customers, followUps][i]) }))).flat();
    await setKpiTargets(db, admin, { subjectType: KpiSubject.USER, subjectId: user.id, year, values });
  }
  const north = await db.getRepository(Department).findOneByOrFail({ name: '华北大区' });
  await setKpiTargets(db, admin, {
    subjectType: KpiSubject.DEPARTMENT, subjectId: north.id, year,
    values: [10, 11, 12].flatMap((month) => [{ month, metric: KpiMetric.CONTRACT_AMOUNT, value: '500000' }, { month, metric: KpiMetric.RECEIVABLE_AMOUNT, value: '400000' }]),
  });
  // A company of six salespeople holds fewer customers than the rulebook's 10 core and 20 high-growth.
  await updateComplianceRules(db, admin, { minCore: 3, minHighGrowth: 3 });
  await bringUpToDate(db, 'li');
  await dueTomorrow(db, 'zhao');
  await runComplianceReminders(db);
}

async function trackedCustomers(db: DataSource, owner: User) {
  return db.getRepository(Customer).find({
    where: { ownerId: owner.id, deletedAt: IsNull(), type: CustomerType.DIRECT, level: In([CustomerLevel.CORE, CustomerLevel.HIGH_GROWTH]) }, order: { id: 'ASC' },
  });
}

async function contact(db: DataSource, owner: User, customer: Customer, occurredAt: Date, result: string) {
  const viewer = (await loadViewer(db.manager, owner.id))!.viewer;
  const saved = await createFollowUp(db, viewer, {
    parentType: 'customer', parentId: customer.id, subject: '致电', method: FollowUpMethod.PHONE, objective: '例行回访，了解项目进展',
    result, nextStep: null, substantive: true, occurredAt, nextContactAt: null, participants: customer.contactName,
  });
  await db.getRepository(FollowUp).update({ id: saved.id }, { createdAt: new Date(occurredAt.getTime() + 20 * 60000), updatedAt: new Date(occurredAt.getTime() + 20 * 60000) });
}

/** A substantive call two days ago on each of the person's core and high-growth customers. */
async function bringUpToDate(db: DataSource, username: string) {
  const owner = await db.getRepository(User).findOneByOrFail({ username });
  const when = new Date(startOfCompanyDay(new Date()).getTime() - 2 * DAY + 10 * 3600000);
  for (const customer of await trackedCustomers(db, owner)) await contact(db, owner, customer, when, '客户确认项目按计划推进，下周提交采购申请');
}

/** One of the person's overdue customers contacted a day short of its interval ago: due tomorrow, so its owner is reminded. */
async function dueTomorrow(db: DataSource, username: string) {
  const owner = await db.getRepository(User).findOneByOrFail({ username });
  const viewer = (await loadViewer(db.manager, owner.id))!.viewer;
  const overdue = await complianceCustomers(db.manager, await resolveSelection(db.manager, viewer, { userId: owner.id }), 'OVERDUE', { first: 1 });
  const target = overdue.nodes[0];
  if (!target?.intervalDays) return;
  const customer = await db.getRepository(Customer).findOneByOrFail({ id: target.id });
  await contact(db, owner, customer, new Date(startOfCompanyDay(new Date()).getTime() - (target.intervalDays - 1) * DAY + 10 * 3600000), '客户表示本季度内确定采购方案');
}
