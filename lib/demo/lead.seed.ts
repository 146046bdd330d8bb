// Demo leads: about eight per salesperson and manager, in every status, a few converted to customers. Created
// through the lead services, so audit entries, customer codes and conversion rules are the real ones.
import { DataSource } from 'typeorm';
import { Lead, User } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { loadViewer } from '@/lib/access';
import { createLead, updateLead } from '@/lib/lead/lead.service';
import { convertLeads } from '@/lib/lead/lead-conversion.service';
import { SOURCES, company, mobile, person } from './names';

export const LEAD_OWNERS = ['li', 'sun', 'zhao', 'zhou', 'wang', 'chen'];
const PER_OWNER = 8;
/** Company numbers well above those the demo customers use, so no lead collides with a customer name. */
const FIRST_COMPANY = 1200;
const STATUSES = [LeadStatus.NEW, LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.QUALIFIED, LeadStatus.INVALID, LeadStatus.QUALIFIED];
const REMARKS = ['展会上留下名片，对产品演示感兴趣', '官网留言咨询报价', '老客户推荐，需求明确', '电话沟通过一次，预算待确认', '计划明年上半年采购', '招标公告中发现的潜在客户'];

const daysFromNow = (n: number) => new Date(Date.now() + n * 86400000);

/** Creates the demo leads; the first lead of each owner is converted, the last left without a company. */
export async function seedLeads(db: DataSource, people: Record<string, User>): Promise<number> {
  let n = 0;
  for (const [i, username] of LEAD_OWNERS.entries()) {
    const viewer = (await loadViewer(db.manager, people[username].id))!.viewer;
    const leads: Lead[] = [];
    for (let k = 0; k < PER_OWNER; k++, n++) {
      const c = company(FIRST_COMPANY + n * 3);
      const status = STATUSES[(k + i) % STATUSES.length];
      const lead = await createLead(db, viewer, {
        name: person(n + 40), company: k === PER_OWNER - 1 ? null : c.name, mobile: mobile(n + 9000),
        phone: k % 3 === 0 ? `0${20 + (n % 7)}-8${String(1000000 + n * 37).slice(1)}` : null,
        email: k % 2 === 0 ? `lead${n}@example.cn` : null, source: SOURCES[(n + i) % SOURCES.length],
        address: `${c.city}市经济开发区创业路${(n % 60) + 1}号`, remarks: REMARKS[n % REMARKS.length],
        status: status === LeadStatus.NEW ? null : status,
        nextContactAt: status === LeadStatus.INVALID ? null : daysFromNow(((n * 5) % 20) - 4),
      });
      leads.push(lead);
    }
    // A lived-in history: creation dates over the last two months.
    for (const [k, lead] of leads.entries()) {
      const created = daysFromNow(-60 + ((k * 7 + i * 3) % 55));
      await db.getRepository(Lead).update({ id: lead.id }, { createdAt: created, updatedAt: new Date(created.getTime() + (k % 4) * 86400000) });
    }
    const [first] = leads;
    await updateLead(db, viewer, first.id, { status: LeadStatus.QUALIFIED });
    await convertLeads(db, viewer, { ids: [first.id], customerType: CustomerType.DIRECT, customerLevel: i % 2 ? CustomerLevel.HIGH_GROWTH : CustomerLevel.NORMAL });
  }
  return n;
}
