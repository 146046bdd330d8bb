'use client';
// Export of leads: runs the export mutation while a progress dialog is shown, then saves the file it returns.
import { useEffect, useRef, useState } from 'react';
import { App, Modal, Progress, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { GraphQLRequestError, gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { EXPORT_LEADS, type ExportFile, type ExportFormat, type LeadFilter, type LeadOrder } from '@/app/_lib/api/leads';

export type ExportRequest = { ids: string[] } | { filter: LeadFilter; orderBy?: LeadOrder };

/** Saves a base64 file through a temporary link (works in every current browser). */
function saveFile(file: ExportFile) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function useLeadExport() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [running, setRunning] = useState(false);
  const [percent, setPercent] = useState(0);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => () => { if (timer.current) clearInterval(timer.current); }, []);

  async function run(request: ExportRequest, format: ExportFormat) {
    setRunning(true);
    setPercent(5);
    // The server prepares the file in one request: the bar advances towards 90% until it answers.
    timer.current = setInterval(() => setPercent((p) => Math.min(90, p + Math.max(1, Math.round((90 - p) / 8)))), 300);
    try {
      const { exportLeads } = await gql(EXPORT_LEADS, { input: { ...request, format } });
      setPercent(100);
      saveFile(exportLeads);
      message.success(t('lead.export.done', { count: exportLeads.count }));
    } catch (e) {
      const tooMany = e instanceof GraphQLRequestError && e.code === 'BAD_USER_INPUT' && e.fields.some((f) => f.field === 'filter');
      message.error(tooMany ? t('lead.export.tooMany') : errorMessage(t, e));
    } finally {
      if (timer.current) clearInterval(timer.current);
      timer.current = null;
      setRunning(false);
    }
  }

  const progress = (
    <Modal open={running} title={t('lead.export.preparing')} footer={null} closable={false} mask={{ closable: false }} keyboard={false}>
      <div data-testid="lead-export-progress">
        <Progress percent={percent} status="active" />
        <Typography.Text type="secondary">{t('lead.export.preparingHint')}</Typography.Text>
      </div>
    </Modal>
  );
  return { run, running, progress };
}
