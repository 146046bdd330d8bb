'use client';
// Wizard step 1: choose the file (.xlsx or .csv), with the record type's template to start from.
import { useState } from 'react';
import { Alert, Button, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { type ImportModule, templateUrl } from '@/app/_lib/api/imports';
import { importErrorText, uploadImportFile } from './import-errors';

export function ImportUpload({ module, onUploaded }: { module: ImportModule; onUploaded: (id: string) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(file: File) {
    setBusy(true);
    setError(null);
    try {
      onUploaded(await uploadImportFile(module, file));
    } catch (e) {
      setError(importErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div data-testid="import-upload">
      <Upload.Dragger accept=".xlsx,.csv" multiple={false} showUploadList={false} disabled={busy}
        beforeUpload={(file) => { void send(file); return false; }}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">{busy ? t('io.import.uploading') : t('io.import.drop')}</p>
        <p className="ant-upload-hint">{t('io.import.dropHint')}</p>
      </Upload.Dragger>
      </div>
      {error && <Alert type="error" showIcon role="alert" title={error} data-testid="import-upload-error" />}
      <Space>
        <Typography.Text type="secondary">{t('io.import.templateHint')}</Typography.Text>
        <Button type="link" icon={<DownloadOutlined />} href={templateUrl(module)} download data-testid="import-template">{t('io.import.template')}</Button>
      </Space>
    </Space>
  );
}
