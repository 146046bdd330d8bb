// 仪表盘 and KPI targets (SPEC 5.1, 5.2): every figure computed in SQL over the modules' readable queries.
import '@/lib/customer/customer.tables';
import '@/lib/opportunity/opportunity.tables';
import '@/lib/contract/contract.tables';
import '@/lib/followup/followup.tables';

export * from './period';
export * from './people';
export * from './selection';
export * from './brief';
export * from './kpi';
export * from './funnel';
export * from './trend';
export * from './ranking';
export * from './targets';
export * from './target.service';
export * from './target-sheet';
