// The background jobs `npm run jobs` knows, by name. Each must be idempotent and safe to run from several
// app instances at the same moment.
import { DataSource } from 'typeorm';
import { runPoolRecycle } from './pool-recycle';
import { runPaymentPlanReminders } from './payment-plan-reminders';
import { runOpportunityReminders } from './opportunity-reminders';
import { runReminders } from './reminders';
import { runComplianceReminders } from './compliance-reminders';
import { runImportJobs } from '@/lib/import/import-runner';

export type Job = (db: DataSource) => Promise<unknown>;

export const JOBS: Record<string, Job> = {
  'pool-recycle': (db) => runPoolRecycle(db),
  'payment-plan-reminders': (db) => runPaymentPlanReminders(db),
  'opportunity-reminders': (db) => runOpportunityReminders(db),
  reminders: (db) => runReminders(db),
  'compliance-reminders': (db) => runComplianceReminders(db),
  // Imports whose app server died are resumed; abandoned uploads are discarded.
  imports: (db) => runImportJobs(db),
};
