// Seed-002 compliance: classification criteria, contact frequency, the live report, the monthly summary.
import '@/lib/insight';

export * from './compliance.settings';
export * from './compliance.query';
export * from './compliance.report';
export * from './compliance.monthly';
