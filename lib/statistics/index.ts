// 统计报表 (SPEC 5.2, seed 004): each report an SQL aggregate over the modules' readable queries, narrowed to the
// selected people and period, like the dashboard.
import '@/lib/insight';

export * from './breakdown';
export * from './customers.report';
export * from './followups.report';
export * from './opportunities.report';
export * from './contracts.report';
export * from './products.report';
export * from './export';
