// The category rules of SPEC 3.5, as pure functions: which stage numbers and expected close dates each category
// allows, and when the next follow-up is due. Dates are calendar days in the company's time zone.
import dayjs from 'dayjs';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import type { OpportunityStage } from '@/entities';
import { Cadences, followUpDaysOf } from '@/lib/cadence/cadence.settings';
import { FieldErrors } from '@/lib/errors';
import { FIRST_STAGE, LOST_STAGE } from './stage.service';

const TIME_ZONE = () => process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai';

/** Today as YYYY-MM-DD in the company's time zone. */
export function companyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The same day `months` later (clamped to the month's end: 2026-11-30 + 3 months = 2027-02-28). */
export const addMonths = (day: string, months: number) => dayjs(day).add(months, 'month').format('YYYY-MM-DD');

/** When the next progress record is due: the category's interval from the settings (SPEC 3.5); none when closed. */
export function followUpDueAt(category: OpportunityCategory, since: Date, cadence: Cadences): Date | null {
  const days = followUpDaysOf(cadence, category);
  return days ? new Date(since.getTime() + days * 86_400_000) : null;
}

export interface CategoryState {
  category: OpportunityCategory;
  stage: OpportunityStage | null;
  expectedCloseDate: string | null | undefined;
  lostReason: string | null | undefined;
}

export interface CategoryCheckOptions {
  /** Number (sort) of the last enabled stage: the stage of WON. */
  finalSort: number;
  today?: string;
  /** Which parts are being set now; parts kept from before are not re-judged (an overdue date stays valid). */
  checkStage?: boolean;
  checkDate?: boolean;
}

/** Field errors of a category / stage / date / reason combination (SPEC 3.5). */
export function categoryErrors(state: CategoryState, options: CategoryCheckOptions, errors = new FieldErrors()): FieldErrors {
  const { category, stage, expectedCloseDate: date, lostReason } = state;
  const { finalSort, checkStage = true, checkDate = true } = options;
  const today = options.today ?? companyToday();
  if (!Object.values(OpportunityCategory).includes(category)) return errors.add('category', 'is not an opportunity category');

  if (checkStage) {
    if (!stage) errors.add('stageId', 'is not a stage');
    else if (!stage.enabled) errors.add('stageId', 'is disabled');
    else {
      const n = stage.sort;
      const open = n !== LOST_STAGE && n < finalSort;
      switch (category) {
        case OpportunityCategory.SHORT_TERM: errors.check(open && n >= 3, 'stageId', 'must be stage 3 or later (before the final stage) for a short-term opportunity'); break;
        case OpportunityCategory.MID_TERM: errors.check(open && n >= 2, 'stageId', 'must be stage 2 or later (before the final stage) for a mid-term opportunity'); break;
        case OpportunityCategory.LONG_TERM: errors.check(n === FIRST_STAGE, 'stageId', `must be stage ${FIRST_STAGE} for a long-term opportunity`); break;
        case OpportunityCategory.WON: errors.check(n === finalSort, 'stageId', `must be the final stage (${finalSort}) for a won opportunity`); break;
        case OpportunityCategory.LOST: errors.check(n === LOST_STAGE, 'stageId', `must be stage ${LOST_STAGE} (abandoned or failed) for a lost opportunity`); break;
        default: break;
      }
    }
  }

  if (checkDate) {
    if (date === null || date === undefined || date === '') errors.add('expectedCloseDate', 'is required');
    else if (!isCalendarDate(date)) errors.add('expectedCloseDate', 'must be a date (YYYY-MM-DD)');
    else if (category === OpportunityCategory.SHORT_TERM || category === OpportunityCategory.MID_TERM || category === OpportunityCategory.LONG_TERM) {
      if (date < today) errors.add('expectedCloseDate', 'must not be in the past');
      else if (category === OpportunityCategory.SHORT_TERM && date > addMonths(today, 3)) errors.add('expectedCloseDate', 'must be within 3 months for a short-term opportunity');
      else if (category === OpportunityCategory.MID_TERM && date > addMonths(today, 12)) errors.add('expectedCloseDate', 'must be within 1 year for a mid-term opportunity');
    }
  }

  if (category === OpportunityCategory.LOST) {
    const reason = lostReason?.trim();
    if (!reason) errors.add('lostReason', 'is required for a lost opportunity');
    else if ([...reason].length > 500) errors.add('lostReason', 'must be at most 500 characters');
  }
  return errors;
}
