// Every bench case, in the order the table prints them. A new group: add cases/<group>.ts and list it here.
import { BenchCase } from '../case';
import { cases as customers } from './customers';
import { cases as followUps } from './followups';
import { cases as supervision } from './supervision';
import { cases as opportunities } from './opportunities';
import { cases as lookups } from './lookups';
import { cases as lists } from './lists';
import { cases as dashboard } from './dashboard';
import { cases as customFields } from './custom-fields';

export const ALL_CASES: BenchCase[] = [...customers, ...followUps, ...supervision, ...opportunities, ...lookups, ...lists, ...dashboard, ...customFields];
