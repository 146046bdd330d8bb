// Demo activity: four weeks of follow-ups on the demo users' customers and contacts (through the service, so
// customers' last/next follow-up times and the audit are real), with comments (批示) by the managers wang and
// chen on their teams' records — the latest ones left unread for the salespeople to find.
import { DataSource, In, IsNull } from 'typeorm';
import { Comment, CommentReceipt, Contact, Customer, FollowUp, User } from '@/entities';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { Viewer, loadViewer } from '@/lib/access';
import { commentOn } from '@/lib/comment/comment.service';
import { createFollowUp } from '@/lib/followup/followup.service';
import { FOLLOW_UP_TYPE } from '@/lib/followup/followup.tables';
import { startOfCompanyDay } from '@/lib/schedule/company-day';

const AUTHORS = ['wang', 'chen', 'li', 'sun', 'zhao', 'zhou'];
const MANAGER_OF: Record<string, string> = { li: 'wang', sun: 'wang', zhao: 'wang', zhou: 'chen' };
const DAY = 86400000;

const VISITS: { subject: string; method: FollowUpMethod; objective: string; result: string; nextStep: string | null; substantive: boolean }[] = [
  { subject: '致电', method: FollowUpMethod.PHONE, objective: '了解今年信息化预算安排', result: '对方确认预算已上报，预计下月审批，需求集中在数据中心扩容', nextStep: '下周发送扩容方案初稿', substantive: true },
  { subject: '去访', method: FollowUpMethod.VISIT, objective: '拜访信息中心主任，介绍新产品线', result: '现场演示顺利，主任对运维平台兴趣较大，提出需要本地化部署', nextStep: '安排技术工程师做一次现场调研', substantive: true },
  { subject: '来电', method: FollowUpMethod.PHONE, objective: '客户咨询维保续约事宜', result: '解答了续约价格与服务范围，客户会内部走采购流程', nextStep: '跟进采购流程进度', substantive: true },
  { subject: '来访', method: FollowUpMethod.VISIT, objective: '客户来公司参观并洽谈合作', result: '参观了展厅和实施案例，初步达成试点意向', nextStep: '准备试点合同草稿', substantive: true },
  { subject: '致电', method: FollowUpMethod.PHONE, objective: '确认技术交流会时间', result: '电话未接通，已发短信说明来意', nextStep: '明天上午再次致电', substantive: false },
  { subject: '邮件沟通', method: FollowUpMethod.EMAIL, objective: '发送报价单和产品资料', result: '客户已回复收到，会在周五前反馈意见', nextStep: null, substantive: true },
  { subject: '微信沟通', method: FollowUpMethod.WECHAT, objective: '节前问候，了解项目近况', result: '项目因领导调整暂缓，预计下季度重启', nextStep: '下季度初再联系', substantive: false },
  { subject: '去访', method: FollowUpMethod.VISIT, objective: '与采购部谈商务条款', result: '付款方式基本谈妥（3-6-1），对交付周期仍有顾虑', nextStep: '和交付团队确认最短交付周期后回复', substantive: true },
];

const COMMENTS = [
  '跟进及时，注意把客户的预算节点记录清楚。',
  '这个客户是重点客户，下次拜访带上技术支持一起去。',
  '电话未接通不算有效沟通，请尽快补一次实质性联系。',
  '报价前先和我确认一下折扣。',
  '很好，试点合同注意付款条款。',
];

/** A small deterministic sequence so the demo looks the same on every machine. */
const pick = <T>(list: readonly T[], n: number) => list[Math.abs(n) % list.length];

async function viewers(db: DataSource, names: string[]) {
  const users = await db.getRepository(User).findBy({ username: In(names) });
  const out = new Map<string, { user: User; viewer: Viewer }>();
  for (const user of users) out.set(user.username, { user, viewer: (await loadViewer(db.manager, user.id))!.viewer });
  return out;
}

export async function seedFollowUps(db: DataSource): Promise<number> {
  const people = await viewers(db, [...AUTHORS]);
  const today = startOfCompanyDay(new Date()).getTime();
  let count = 0;
  const latestByAuthor = new Map<string, FollowUp[]>();
  for (const [a, username] of AUTHORS.entries()) {
    const author = people.get(username);
    if (!author) continue;
    const customers = await db.getRepository(Customer).find({ where: { ownerId: author.user.id, deletedAt: IsNull() }, order: { id: 'ASC' } });
    for (const [k, customer] of customers.entries()) {
      if (k % 3 === 2) continue; // some customers have no recent contact: the compliance views show them
      const contacts = await db.getRepository(Contact).find({ where: { customerId: customer.id, deletedAt: IsNull() }, order: { id: 'ASC' } });
      const visits = 1 + ((k + a) % 4);
      for (let v = 0; v < visits; v++) {
        const seed = a * 31 + k * 7 + v * 3;
        const template = pick(VISITS, seed);
        // Office hours in China on a past day, and the next contact in office hours ahead, whatever time it is now.
        const occurredAt = new Date(today - (27 - ((k * 5 + v * 8 + a) % 27)) * DAY + 9 * 3600000 + ((seed * 37) % 480) * 60000);
        const onContact = contacts.length > 0 && v % 2 === 1;
        const isLast = v === visits - 1;
        const nextContactAt = template.nextStep && isLast ? new Date(today + (1 + (seed % 9)) * DAY + (9 + (seed % 8)) * 3600000) : null;
        const saved = await createFollowUp(db, author.viewer, {
          parentType: onContact ? 'contact' : 'customer', parentId: onContact ? contacts[0].id : customer.id,
          subject: template.subject, method: template.method, objective: template.objective, result: template.result,
          nextStep: template.nextStep, substantive: template.substantive, occurredAt, nextContactAt,
          participants: contacts[0] ? `${contacts[0].name} ${contacts[0].position ?? ''}`.trim() : null,
        });
        // Recorded shortly after the contact, as the rules ask; older ones are past the edit window.
        await db.getRepository(FollowUp).update({ id: saved.id }, { createdAt: new Date(occurredAt.getTime() + 20 * 60000), updatedAt: new Date(occurredAt.getTime() + 20 * 60000) });
        latestByAuthor.set(username, [...(latestByAuthor.get(username) ?? []), saved]);
        count++;
      }
    }
  }
  await seedComments(db, people, latestByAuthor);
  return count;
}

async function seedComments(db: DataSource, people: Map<string, { user: User; viewer: Viewer }>, byAuthor: Map<string, FollowUp[]>) {
  for (const [username, managerName] of Object.entries(MANAGER_OF)) {
    const manager = people.get(managerName);
    const followUps = [...(byAuthor.get(username) ?? [])].sort((x, y) => y.occurredAt.getTime() - x.occurredAt.getTime());
    if (!manager) continue;
    for (const [i, followUp] of followUps.filter((_, i) => i % 4 === 0).slice(0, 6).entries()) {
      const comment = await commentOn(db, manager.viewer, { targetType: FOLLOW_UP_TYPE, targetId: followUp.id, content: pick(COMMENTS, i + username.length) });
      const at = new Date(followUp.occurredAt.getTime() + (2 + i) * 3600000);
      await db.getRepository(Comment).update({ id: comment.id }, { createdAt: at });
      // Older comments have been read; the two newest stay unread.
      if (i >= 2) await db.getRepository(CommentReceipt).update({ commentId: comment.id }, { readAt: new Date(at.getTime() + 3600000) });
    }
  }
}
