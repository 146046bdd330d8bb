'use client';
// Attachment upload with progress: each file goes to POST /api/attachments as it is chosen; the ids of the
// finished uploads are the field's value (sent with the follow-up as attachmentIds).
import { useState } from 'react';
import { App, Button, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { gql } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { DELETE_ATTACHMENT } from './activity.api';
import { activityServerMessage } from './activity-labels';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  disabled?: boolean;
}

interface UploadResponse { attachment?: { id: string }; error?: { message: string; fields?: { field: string; message: string }[] } }

export function AttachmentUpload({ value, onChange, disabled }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<UploadResponse>[]>([]);
  const idsOf = (list: UploadFile<UploadResponse>[]) => list.filter((f) => f.status === 'done' && f.response?.attachment).map((f) => f.response!.attachment!.id);

  return (
    <Upload<UploadResponse>
      action="/api/attachments"
      name="file"
      withCredentials
      multiple
      disabled={disabled}
      fileList={files}
      progress={{ strokeWidth: 3, showInfo: true }}
      onChange={({ file, fileList }) => {
        if (file.status === 'error') {
          const reason = (file.response as UploadResponse | undefined)?.error;
          const text = reason?.fields?.[0]?.message ?? reason?.message ?? '';
          message.error(t('followup.uploadFailed', { name: file.name, reason: activityServerMessage(t, text) }));
        }
        const kept = fileList.filter((f) => f.status !== 'error');
        setFiles(kept);
        if (file.status === 'done' || file.status === 'removed') onChange?.(idsOf(kept));
      }}
      onRemove={(file) => {
        const id = file.response?.attachment?.id;
        if (id && value?.includes(id)) void gql(DELETE_ATTACHMENT, { id }).catch(() => undefined);
        return true;
      }}
      data-testid="followup-upload"
    >
      <Button icon={<UploadOutlined />} disabled={disabled}>{t('followup.upload')}</Button>
    </Upload>
  );
}
