'use client';
// A running pass (dry run or import): the server's progress, polled, and the cancel button.
import { Button, Progress, Space, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { ImportJob } from '@/app/_lib/api/imports';

export function ImportProgress({ job, onCancel, cancelling }: { job: ImportJob; onCancel: () => void; cancelling: boolean }) {
  const { t } = useI18n();
  const checking = job.status === 'VALIDATING';
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', padding: '24px 0' }} data-testid="import-progress">
      <Typography.Text strong>{t(checking ? 'io.import.checking' : 'io.import.importing', { file: job.fileName })}</Typography.Text>
      <Progress percent={Math.round(job.progress * 100)} status="active" />
      <Typography.Text type="secondary">
        {job.totalRows ? t('io.import.processed', { done: job.processedRows, total: job.totalRows }) : t('io.import.reading')}
        {' · '}{t('io.import.reloadHint')}
      </Typography.Text>
      <Button danger loading={cancelling} onClick={onCancel} data-testid="import-cancel">{t(checking ? 'io.import.cancelCheck' : 'io.import.cancelImport')}</Button>
    </Space>
  );
}
