'use client';
// Export of leads: asks for a download link while a progress dialog is shown, then lets the browser download the
// file, which the server streams (lib/export), so no size is held in memory on either side.
import { useEffect, useRef, useState } from 'react';
import { App, Modal, Progress, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { GraphQLRequestError, gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { EXPORT_LEADS_LINK, type ExportFormat, type ExportLink, type LeadFilter, type LeadOrder } from '@/app/_lib/api/leads';

export type ExportRequest = { ids: string[] } | { filter: LeadFilter; orderBy?: LeadOrder };

/** Starts the browser's own download of the streamed file; the session cookie signs the request in. */
function download(link: ExportLink) {
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.download = link.fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
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
    // The server checks the request and counts the rows: the bar advances towards 90% until it answers.
    timer.current = setInterval(() => setPercent((p) => Math.min(90, p + Math.max(1, Math.round((90 - p) / 8)))), 300);
    try {
      const { exportLeadsLink } = await gql(EXPORT_LEADS_LINK, { input: { ...request, format } });
      setPercent(100);
      download(exportLeadsLink);
      message.success(t('lead.export.done', { count: exportLeadsLink.count }));
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
