'use client';
// The footer of a form drawer: cancel, and save (busy while saving), right-aligned.
import { Button, Space } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';

interface Props {
  onCancel: () => void;
  /** Usually `() => form.submit()`. */
  onSave: () => void;
  busy: boolean;
  saveTestId: string;
  cancelTestId?: string;
}

export function DrawerFooter({ onCancel, onSave, busy, saveTestId, cancelTestId }: Props) {
  const { t } = useI18n();
  return (
    <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Button onClick={onCancel} data-testid={cancelTestId}>{t('action.cancel')}</Button>
      <Button type="primary" loading={busy} onClick={onSave} data-testid={saveTestId}>{t('action.save')}</Button>
    </Space>
  );
}
