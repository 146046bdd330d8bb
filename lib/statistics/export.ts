// 统计报表 as Excel: each report's tables as sheets with Chinese headers, exactly the figures the page shows.
// Building one is a read of the viewer's own figures; the export itself is audited by the caller.
import { Workbook } from 'exceljs';
import { EntityManager } from 'typeorm';
import { Selection } from '@/lib/insight/selection';
import { monthlySummary } from '@/lib/compliance/compliance.monthly';
import { customerReport, CustomerBasis } from './customers.report';
import { followUpReport } from './followups.report';
import { opportunityReport } from './opportunities.report';
import { contractReport } from './contracts.report';
import { productReport } from './products.report';
import { BreakdownRow } from './breakdown';

export type ExportReport = 'CUSTOMERS' | 'FOLLOW_UPS' | 'OPPORTUNITIES' | 'CONTRACTS' | 'PRODUCTS' | 'COMPLIANCE_MONTHLY';

const LABELS: Record<string, string> = {
  CORE: '核心', HIGH_GROWTH: '高成长', NORMAL: '普通', DIRECT: '直接客户', DISTRIBUTOR: '分销商',
  PHONE: '电话', EMAIL: '邮件', VISIT: '拜访', SMS: '短信', WECHAT: '微信', OTHER: '其他',
  SHORT_TERM: '短线', MID_TERM: '中线', LONG_TERM: '线索', WON: '已成交', LOST: '放弃',
};
const label = (key: string | null) => (key === null ? '未填写' : LABELS[key] ?? key);
const money = (value: string | null) => (value === null ? null : Number(value));

type Sheet = { name: string; header: string[]; rows: (string | number | null)[][] };
const breakdownSheet = (name: string, title: string, rows: BreakdownRow[], amount = false, extra?: string): Sheet => ({
  name, header: [title, '数量', ...(amount ? ['金额'] : []), ...(extra ? [extra] : [])],
  rows: rows.map((r) => [label(r.key), r.count, ...(amount ? [money(r.amount)] : []), ...(extra ? [r.extra ?? 0] : [])]),
});

async function sheets(manager: EntityManager, sel: Selection, report: ExportReport, options: { basis?: CustomerBasis; month?: string }): Promise<Sheet[]> {
  switch (report) {
    case 'CUSTOMERS': {
      const r = await customerReport(manager, sel, options.basis);
      return [
        breakdownSheet('客户级别', '级别', r.byLevel), breakdownSheet('客户类型', '类型', r.byType), breakdownSheet('客户来源', '来源', r.bySource),
        breakdownSheet('所属行业', '行业', r.byIndustry), breakdownSheet('所在地区', '地区', r.byRegion),
        { name: '每月新增', header: ['月份', '新增客户'], rows: r.newByMonth.map((m) => [m.month, m.count]) },
      ];
    }
    case 'FOLLOW_UPS': {
      const r = await followUpReport(manager, sel);
      return [
        breakdownSheet('按方式', '跟进方式', r.byMethod, false, '实质沟通'),
        { name: '按人员', header: ['人员', '部门', '跟进次数', '实质沟通', '实质占比'], rows: r.byPerson.map((p) => [p.person.name, p.person.departmentName, p.count, p.substantive, p.count ? Math.round((p.substantive / p.count) * 1000) / 10 : null]) },
      ];
    }
    case 'OPPORTUNITIES': {
      const r = await opportunityReport(manager, sel);
      return [
        { name: '按阶段', header: ['阶段', '数量', '金额'], rows: r.byStage.map((s) => [s.stage ? `${s.stage.sort} ${s.stage.name}` : '—', s.count, money(s.amount)]) },
        breakdownSheet('按分类', '分类', r.byCategory, true),
        { name: '成交与放弃', header: ['', '数量', '金额'], rows: [['已成交', r.won.count, money(r.won.amount)], ['放弃', r.lost.count, money(r.lost.amount)]] },
        breakdownSheet('放弃原因', '原因', r.lossReasons, true),
        { name: '每月跟单（不重复）', header: ['月份', '线索', '中线', '短线', '已成交', '放弃'], rows: r.monthly.map((m) => [m.month, m.counts.LONG_TERM, m.counts.MID_TERM, m.counts.SHORT_TERM, m.counts.WON, m.counts.LOST]) },
      ];
    }
    case 'CONTRACTS': {
      const r = await contractReport(manager, sel);
      return [
        { name: '按人员', header: ['人员', '部门', '合同数', '合同金额', '已回款', '未回款'], rows: r.byPerson.map((p) => [p.person.name, p.person.departmentName, p.contracts, money(p.amount), money(p.received), money(p.outstanding)]) },
        { name: '计划与实际回款', header: ['月份', '计划回款', '实际回款'], rows: r.months.map((m) => [m.month, money(m.planned), money(m.received)]) },
        { name: '逾期回款计划', header: ['合同编号', '合同', '期次', '计划日期', '计划金额', '已回款', '未回款'], rows: r.overduePlans.map((p) => [p.contractCode, p.contractTitle, p.term, p.plannedDate, money(p.planned), money(p.received), money(p.outstanding)]) },
      ];
    }
    case 'PRODUCTS': {
      const r = await productReport(manager, sel);
      const rows = (list: typeof r.byProduct) => list.map((p) => [p.name ?? '未分类', p.contracts, Number(p.quantity), money(p.amount)]);
      return [{ name: '按产品', header: ['产品', '合同数', '数量', '金额'], rows: rows(r.byProduct) }, { name: '按分类', header: ['分类', '合同数', '数量', '金额'], rows: rows(r.byCategory) }];
    }
    case 'COMPLIANCE_MONTHLY': {
      const { month, rows } = await monthlySummary(manager, sel, options.month ?? '');
      return [{
        name: `${month} 月度汇总`, header: ['人员', '部门', '跟进次数', '实质沟通', '新增客户', '合同金额', '回款金额', '核心客户', '高成长客户', '超期客户', '不符合分类标准', '是否落后'],
        rows: rows.map((r) => [r.person.name, r.person.departmentName, r.followUps, r.substantive, r.newCustomers, money(r.contractAmount), money(r.receivableAmount), r.core, r.highGrowth, r.overdue, r.criteria, r.behind ? '是' : '否']),
      }];
    }
  }
}

export async function exportStatistics(manager: EntityManager, sel: Selection, report: ExportReport, options: { basis?: CustomerBasis; month?: string } = {}) {
  const workbook = new Workbook();
  const list = await sheets(manager, sel, report, options);
  for (const sheet of list) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    ws.addRow([`${sel.period.from} ~ ${sel.period.to}`]);
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((c) => { c.width = 16; });
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, rows: list.reduce((n, s) => n + s.rows.length, 0) };
}
