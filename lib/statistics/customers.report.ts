// 客户分析: the selected people's customers by level, type, source, industry and region — those created in the
// period, or every customer they own — and new customers per month for 12 months.
import { OWNED, ownedRecords } from '@/lib/insight/owned';
import { EntityManager } from 'typeorm';
import { Selection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';
import { monthlyCounts } from './monthly';
import { fieldModes, isReadable } from '@/lib/fields/field-modes';
import { BreakdownRow, breakdown, mergeEmpty } from './breakdown';

export type CustomerBasis = 'CREATED_IN_PERIOD' | 'ALL_OWNED';
export interface CustomerReport { total: number; byLevel: BreakdownRow[]; byType: BreakdownRow[]; bySource: BreakdownRow[]; byIndustry: BreakdownRow[]; byRegion: BreakdownRow[]; newByMonth: { month: string; count: number }[] }

const TOP = 50;

export async function customerReport(manager: EntityManager, sel: Selection, basis: CustomerBasis = 'CREATED_IN_PERIOD'): Promise<CustomerReport> {
  const base = await ownedRecords(manager, sel.viewer, OWNED.customers, sel.people);
  const scoped = basis === 'ALL_OWNED' ? base : within(base.clone(), 'c.createdAt', sel.period, 'instant');
  // A field the viewer's field permissions hide or mask is not broken down: its groups would show its values.
  const modes = fieldModes(sel.viewer, 'customer');
  const byField = async (field: 'source' | 'industry' | 'region'): Promise<BreakdownRow[]> => {
    const mode = modes.get(field);
    return mode && !isReadable(mode) ? [] : breakdown(manager, scoped, `c.${field}`, { limit: TOP });
  };
  const [byLevel, byType, bySource, byIndustry, byRegion, total, newByMonth] = await Promise.all([
    breakdown(manager, scoped, 'c.level'), breakdown(manager, scoped, 'c.type'),
    byField('source'), byField('industry'), byField('region'),
    scoped.clone().select('COUNT(*)', 'n').getRawOne<{ n: unknown }>(),
    monthlyCounts(base, 'c.createdAt', 'instant', sel.period.months[sel.period.months.length - 1]),
  ]);
  return { total: Number(total?.n ?? 0), byLevel, byType, bySource: mergeEmpty(bySource), byIndustry: mergeEmpty(byIndustry), byRegion: mergeEmpty(byRegion), newByMonth };
}
