'use client';
// The import wizard (导入向导): upload → column mapping → dry-run report → choices → import with progress → result.
// Its state is the import job on the server (polled while a pass runs), so a reload finds it where it was; the
// page keeps only which import is open.
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Modal, Space, Steps } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import {
  CANCEL_DATA_IMPORT, COMMIT_DATA_IMPORT, DATA_IMPORT_QUERY, type ImportJob, type ImportModule, type ImportOptions, RUNNING_STATUSES,
  START_DATA_IMPORT, UNDO_DATA_IMPORT,
} from '@/app/_lib/api/imports';
import { IMPORT_SPECS } from './import-spec';
import { importErrorText } from './import-errors';
import { ImportUpload } from './import-upload';
import { ImportMapping, type Mapping, mappingProblems } from './import-mapping';
import { ImportReport } from './import-report';
import { ImportOptionsForm, optionsOf, sameOptions } from './import-options';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';

type Step = 'upload' | 'mapping' | 'report' | 'options' | 'import' | 'result';
const STEPS: Step[] = ['upload', 'mapping', 'report', 'options', 'import', 'result'];
const FINISHED = ['DONE', 'FAILED', 'CANCELLED', 'UNDONE'];

/** Where the wizard stands: from the job's state, unless the user stepped back to the mapping or on to the choices. */
function stepOf(job: ImportJob | null | undefined, local: 'mapping' | 'options' | null): Step {
  if (!job) return 'upload';
  switch (job.status) {
    case 'UPLOADED': return 'mapping';
    case 'VALIDATING': return 'report';
    case 'VALIDATED': return local ?? 'report';
    case 'IMPORTING': return 'import';
    default: return 'result';
  }
}

interface Props {
  module: ImportModule;
  open: boolean;
  jobId: string | null;
  onJob: (id: string | null) => void;
  onClose: () => void;
  /** The import wrote records: refresh the list. */
  onImported?: () => void;
}

export function ImportWizard({ module, open, jobId, onJob, onClose, onImported }: Props) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const spec = IMPORT_SPECS[module];
  const [local, setLocal] = useState<'mapping' | 'options' | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [options, setOptions] = useState<ImportOptions | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data, mutate } = useQuery(DATA_IMPORT_QUERY, open && jobId ? { id: jobId } : null, {
    refreshInterval: (latest) => (latest?.dataImport && RUNNING_STATUSES.includes(latest.dataImport.status) ? 1000 : 0),
  });
  const job = jobId ? data?.dataImport ?? null : null;
  const step = stepOf(job, local);

  // A new job (or one found again after a reload) brings its mapping and choices.
  const loaded = useRef<string | null>(null);
  useEffect(() => {
    if (!job || loaded.current === job.id) return;
    loaded.current = job.id;
    setMapping(job.mapping);
    setOptions(optionsOf(job));
  }, [job]);
  // The list shows what an import wrote (or undid) as soon as it has finished: on the change seen here, however short
  // the pass (a small file is done before the commit even answers).
  const status = useRef<string | null>(null);
  useEffect(() => {
    if (job && status.current && status.current !== job.status && FINISHED.includes(job.status)) onImported?.();
    status.current = job?.status ?? null;
  }, [job, onImported]);
  // The id points to an import that is gone (another user, removed): start afresh.
  useEffect(() => { if (jobId && data && !data.dataImport) onJob(null); }, [jobId, data, onJob]);

  async function act(run: () => Promise<ImportJob | void>, then?: () => void) {
    setBusy(true);
    setError(null);
    try {
      const next = await run();
      if (next) await mutate({ dataImport: next }, { revalidate: false });
      then?.();
    } catch (e) {
      setError(importErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const check = (opts: ImportOptions) => act(
    async () => (await gql(START_DATA_IMPORT, { id: job!.id, input: { mapping, options: opts } })).startDataImport,
    () => setLocal(null),
  );
  const commit = () => act(async () => (await gql(COMMIT_DATA_IMPORT, { id: job!.id })).commitDataImport, () => setLocal(null));
  const cancel = () => act(async () => (await gql(CANCEL_DATA_IMPORT, { id: job!.id })).cancelDataImport);
  const undo = () => modal.confirm({
    title: t('io.import.undoConfirm', { count: job!.createdCount }), content: t('io.import.undoHint'), okText: t('io.import.undo'), okType: 'danger', cancelText: t('action.cancel'),
    onOk: () => act(async () => (await gql(UNDO_DATA_IMPORT, { id: job!.id })).undoDataImport, () => message.success(t('io.import.undone'))),
  });
  const restart = () => {
    // An import not yet started is discarded with its file; a finished one stays in the history.
    if (job && (job.status === 'UPLOADED' || job.status === 'VALIDATED')) void gql(CANCEL_DATA_IMPORT, { id: job.id }).catch(() => undefined);
    loaded.current = null;
    setLocal(null);
    setError(null);
    onJob(null);
  };
  const finish = () => { if (step === 'result') restart(); onClose(); };

  const problems = job ? mappingProblems(job, mapping) : { missing: [], twice: [] };
  const current = options ?? (job ? optionsOf(job) : null);
  const changed = !!job && !!current && !sameOptions(current, optionsOf(job));
  const importable = job ? job.createdCount + job.updatedCount : 0;

  const footer = (() => {
    switch (step) {
      case 'upload': return <Button onClick={onClose}>{t('action.cancel')}</Button>;
      case 'mapping': return (
        <Space>
          <Button onClick={restart}>{t('io.import.otherFile')}</Button>
          <Button type="primary" loading={busy} disabled={problems.missing.length > 0 || problems.twice.length > 0} onClick={() => current && check(current)} data-testid="import-check">{t('io.import.check')}</Button>
        </Space>
      );
      case 'report': return job?.status === 'VALIDATING' ? null : (
        <Space>
          <Button onClick={() => setLocal('mapping')}>{t('io.import.backToMapping')}</Button>
          <Button type="primary" disabled={!importable} onClick={() => setLocal('options')} data-testid="import-next-options">{t('io.import.toOptions')}</Button>
        </Space>
      );
      case 'options': return (
        <Space>
          <Button onClick={() => setLocal(null)}>{t('io.import.backToReport')}</Button>
          {changed
            ? <Button type="primary" loading={busy} disabled={current?.owner === 'USER' && !current.ownerId} onClick={() => current && check(current)} data-testid="import-recheck">{t('io.import.recheck')}</Button>
            : <Button type="primary" loading={busy} onClick={commit} data-testid="import-commit">{t('io.import.commit', { count: importable })}</Button>}
        </Space>
      );
      case 'import': return null;
      case 'result': return (
        <Space>
          {job?.viewerCanUndo && <Button danger loading={busy} onClick={undo} data-testid="import-undo">{t('io.import.undo')}</Button>}
          <Button onClick={restart} data-testid="import-again">{t('io.import.again')}</Button>
          <Button type="primary" onClick={finish} data-testid="import-finish">{t('io.import.finish')}</Button>
        </Space>
      );
    }
  })();

  const body = (() => {
    if (jobId && !job) return null;
    switch (step) {
      case 'upload': return <ImportUpload module={module} onUploaded={(id) => { loaded.current = null; onJob(id); }} />;
      case 'mapping': return <ImportMapping job={job!} mapping={mapping} onChange={setMapping} />;
      case 'report': return job!.status === 'VALIDATING'
        ? <ImportProgress job={job!} onCancel={cancel} cancelling={busy} />
        : <ImportReport job={job!} />;
      case 'options': return <ImportOptionsForm job={job!} spec={spec} value={current!} onChange={setOptions} />;
      case 'import': return <ImportProgress job={job!} onCancel={cancel} cancelling={busy} />;
      case 'result': return <ImportResult job={job!} />;
    }
  })();

  return (
    <Modal open={open} onCancel={onClose} width={960} title={t(`io.import.title.${module}`)} footer={footer} mask={{ closable: false }} destroyOnHidden>
      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="import-wizard-body">
        <Steps size="small" current={STEPS.indexOf(step)} items={STEPS.map((s) => ({ title: t(`io.import.step.${s}`) }))} data-testid="import-steps" />
        {step === 'options' && changed && <Alert type="info" showIcon title={t('io.import.optionsChanged')} />}
        {error && <Alert type="error" showIcon role="alert" title={error} closable={{ onClose: () => setError(null) }} data-testid="import-error" />}
        {body}
      </Space>
    </Modal>
  );
}
