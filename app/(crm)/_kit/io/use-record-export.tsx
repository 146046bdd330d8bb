'use client';
// Export of a record list (any module): asks the API for a download link while a progress dialog is shown, then lets
// the browser download the file, which the server streams (lib/export), so no size is held in memory on either side.
// `menu` is the button with its format choice (.xlsx / .csv) for the selected rows or everything the filter matches,
// shown only to those who hold the module's export permission (`allowed`).
import { useEffect, useRef, useState } from 'react';
import { App, Button, Dropdown, Modal, Progress, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { GraphQLRequestError, gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import type { ExportFormat, ExportLink } from '@/app/_lib/api/exports';
import type { TypedDocumentString } from '@/app/_lib/gql/graphql';

/** The selected rows, or the list's filter (and order, where the module takes one). */
export type ExportRequest<F> = { ids: string[] } | { filter: F; orderBy?: unknown };
type LinkDocument<F> = TypedDocumentString<Record<string, ExportLink>, { input: ExportRequest<F> & { format: ExportFormat } }>;

const FORMATS: ExportFormat[] = ['XLSX', 'CSV'];

/** Starts the browser's own download of the streamed file; the session cookie signs the request in. */
function download(link: ExportLink) {
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.download = link.fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

// Each module's link mutation declares its own input type; they share this shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useRecordExport<F>(module: string, document: TypedDocumentString<any, any>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me } = useMe();
  const allowed = can(me, `${module}:export`);
  const [running, setRunning] = useState(false);
  const [percent, setPercent] = useState(0);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => () => { if (timer.current) clearInterval(timer.current); }, []);

  async function run(request: ExportRequest<F>, format: ExportFormat): Promise<boolean> {
    setRunning(true);
    setPercent(5);
    // The server checks the request and counts the rows: the bar advances towards 90% until it answers.
    timer.current = setInterval(() => setPercent((p) => Math.min(90, p + Math.max(1, Math.round((90 - p) / 8)))), 300);
    try {
      const data = await gql(document as LinkDocument<F>, { input: { ...request, format } });
      const link = Object.values(data)[0];
      setPercent(100);
      download(link);
      message.success(t('io.export.done', { count: link.count }));
      return true;
    } catch (e) {
      const tooMany = e instanceof GraphQLRequestError && e.code === 'BAD_USER_INPUT' && e.fields.some((f) => f.field === 'filter');
      message.error(tooMany ? t('io.export.tooMany') : errorMessage(t, e));
      return false;
    } finally {
      if (timer.current) clearInterval(timer.current);
      timer.current = null;
      setRunning(false);
    }
  }

  /** The export button: `selected` in the batch bar, `all` (everything the filter matches) in the toolbar; none without the permission. */
  const menu = (kind: 'selected' | 'all', request: () => ExportRequest<F>, after?: () => void) => allowed && (
    <Dropdown trigger={['click']} disabled={running} menu={{
      items: FORMATS.map((format) => ({
        key: format, label: <span data-testid={`${module}-export-${format.toLowerCase()}`}>{t(format === 'CSV' ? 'io.export.csv' : 'io.export.xlsx')}</span>,
      })),
      onClick: ({ key }) => void run(request(), key as ExportFormat).then((ok) => { if (ok) after?.(); }),
    }}>
      <Button size={kind === 'selected' ? 'small' : undefined} icon={<DownloadOutlined />} data-testid={kind === 'selected' ? `${module}-batch-export` : `${module}-export-all`}>
        {t(kind === 'selected' ? 'io.export.selected' : 'io.export.all')}
      </Button>
    </Dropdown>
  );

  const progress = (
    <Modal open={running} title={t('io.export.preparing')} footer={null} closable={false} mask={{ closable: false }} keyboard={false}>
      <div data-testid={`${module}-export-progress`}>
        <Progress percent={percent} status="active" />
        <Typography.Text type="secondary">{t('io.export.preparingHint')}</Typography.Text>
      </div>
    </Modal>
  );
  return { run, running, progress, menu, allowed };
}
