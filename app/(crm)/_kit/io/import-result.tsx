'use client';
// The end of an import: what was written, the rows not taken (as a file to fix and import again), and undo.
import { Result } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import type { ImportJob } from '@/app/_lib/api/imports';
import { ImportReport } from './import-report';

const STATUS: Record<string, 'success' | 'warning' | 'error' | 'info'> = { DONE: 'success', FAILED: 'error', CANCELLED: 'warning', UNDONE: 'info' };

/** The runner's plain-English reason why a whole file failed, in the user's words. */
const FAILURES: [RegExp, MessageKey][] = [
  [/^(\d+) rows have errors: nothing was imported/, 'io.import.failure.rejected'],
  [/^The importer may no longer import/, 'io.import.failure.permission'],
  [/^The import stopped on an unexpected error/, 'io.import.failure.unexpected'],
  [/^Not imported within (\d+) days/, 'io.import.failure.expired'],
];
export function failureText(t: Translate, failure: string): string {
  for (const [pattern, key] of FAILURES) {
    const m = pattern.exec(failure);
    if (m) return t(key, { count: m[1] });
  }
  return failure;
}

/** Whether the import itself ran (not only its dry run): a committed pass keeps the dry run's time. */
export const committed = (job: ImportJob) => job.status === 'DONE' || job.status === 'UNDONE' || (job.status !== 'VALIDATED' && !!job.validatedAt);

export function ImportResult({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const ran = committed(job);
  const written = job.createdCount + job.updatedCount;
  const status = job.status === 'DONE' && job.errorCount + job.duplicateCount > 0 ? 'warning' : STATUS[job.status] ?? 'info';
  const title = ran ? t(`io.import.result.${job.status}` as MessageKey, { count: written }) : t(job.status === 'FAILED' ? 'io.import.result.checkFailed' : 'io.import.result.checkCancelled');
  return (
    <div data-testid="import-result">
      <Result status={status} style={{ padding: '12px 0' }} title={<span data-testid="import-result-title">{title}</span>}
        subTitle={job.failure ? failureText(t, job.failure) : t('io.import.resultHint', { file: job.fileName })} />
      {ran && <ImportReport job={job} done />}
    </div>
  );
}
