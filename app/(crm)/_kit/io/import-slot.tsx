'use client';
// The import slot of a list page's toolbar: 导入 opens the wizard; beside it the template and the import history.
// Shown only to users holding the record type's import permission. The open import is remembered in the browser,
// so a reload during a running pass opens the wizard again at its progress.
import { useCallback, useEffect, useState } from 'react';
import { Button, Dropdown, Space } from 'antd';
import { DownOutlined, UploadOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { useQuery } from '@/app/_lib/graphql';
import { DATA_IMPORT_QUERY, type ImportModule, RUNNING_STATUSES, templateUrl } from '@/app/_lib/api/imports';
import { useStoredState } from '../list/list-storage';
import { IMPORT_SPECS } from './import-spec';
import { ImportWizard } from './import-wizard';
import { ImportHistory } from './import-history';

export function ImportSlot({ module, onImported }: { module: ImportModule; onImported?: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const allowed = can(me, IMPORT_SPECS[module].permission);
  const [jobId, setJobId] = useStoredState<string | null>('import', me.user.id, module, null);
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState(false);
  const onJob = useCallback((id: string | null) => setJobId(id), [setJobId]);

  // After a reload: a pass still running shows its progress again.
  const [resumed, setResumed] = useState(false);
  const { data } = useQuery(DATA_IMPORT_QUERY, allowed && jobId && !resumed ? { id: jobId } : null, { revalidateOnFocus: false });
  useEffect(() => {
    if (!data || resumed) return;
    setResumed(true);
    if (data.dataImport && RUNNING_STATUSES.includes(data.dataImport.status)) setOpen(true);
  }, [data, resumed]);

  if (!allowed) return null;
  const lower = module.toLowerCase();
  return (
    <>
      <Space.Compact>
        <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={`${lower}-import`}>{t('io.import.button')}</Button>
        <Dropdown trigger={['click']} menu={{
          items: [
            { key: 'template', label: <a href={templateUrl(module)} download data-testid={`${lower}-import-template`}>{t('io.import.template')}</a> },
            { key: 'history', label: <span data-testid={`${lower}-import-history`}>{t('io.import.history')}</span>, onClick: () => setHistory(true) },
          ],
        }}>
          <Button icon={<DownOutlined />} aria-label={t('io.import.more')} data-testid={`${lower}-import-more`} />
        </Dropdown>
      </Space.Compact>
      <ImportWizard module={module} open={open} jobId={jobId} onJob={onJob} onClose={() => setOpen(false)} onImported={onImported} />
      <ImportHistory module={module} open={history} onClose={() => setHistory(false)} onOpen={(id) => { setHistory(false); setJobId(id); setOpen(true); }} />
    </>
  );
}
