// The reminder job as `npm run jobs` runs it: loaded on its own (no API modules around it), it must still
// know the contract record type so the owner's notification passes notify()'s visibility check.
import { DataSource } from 'typeorm';
import { Contract, Notification, PaymentPlan } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { JOBS } from '@/lib/jobs';
import { addDays, todayIn } from '@/lib/contract/dates';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

test('run alone, the payment-plan-reminders job notifies the contract owner once', async () => {
  const owner = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  const customer = await makeCustomer(db, owner);
  const contract = await db.getRepository(Contract).save(db.getRepository(Contract).create({
    code: 'HT-JOB-1', title: '提醒测试', customerId: customer.id, amount: '500.00', status: ContractStatus.APPROVED, ownerId: owner.id, createdById: owner.id,
  }));
  await db.getRepository(PaymentPlan).insert({ contractId: contract.id, term: 1, amount: '500.00', plannedDate: addDays(todayIn(), 2), reminderDays: 5, createdById: owner.id });
  expect(await JOBS['payment-plan-reminders'](db)).toEqual({ due: 1, reminded: 1 });
  await JOBS['payment-plan-reminders'](db);
  const sent = await db.getRepository(Notification).findBy({ userId: owner.id, kind: 'payment_plan.due' });
  expect(sent).toHaveLength(1);
  expect(sent[0].title).toContain('HT-JOB-1');
});
