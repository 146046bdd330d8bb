'use client';
// 退回公海: the owner returns customers to their pool with a reason (used by the customer list and page).
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { RETURN_CUSTOMERS } from '@/app/_lib/api/pool';
import { poolErrorMessage } from './pool-ui';

export const RETURN_REASON_MAX = 200;

export function ReturnToPoolModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (open) { form.resetFields(); setError(null); } }, [open, form]);

  async function submit(values: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await gql(RETURN_CUSTOMERS, { ids, reason: values.reason });
      onDone(ids.length);
    } catch (e) {
      const { fields } = formErrorsOf(t, e, ['reason']);
      form.setFields(fields.map((f) => ({ name: 'reason' as const, errors: f.errors })));
      if (!fields.length) setError(poolErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t('pool.returnTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('pool.action.return')}
      okButtonProps={{ danger: true, ...testId<object>('pool-return-submit') }} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('pool.returnHint', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('pool.returnReason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('pool.returnReason') }) }, { max: RETURN_REASON_MAX, message: t('validation.maxLength', { max: RETURN_REASON_MAX }) }]}>
          <Input.TextArea rows={3} maxLength={RETURN_REASON_MAX} showCount placeholder={t('pool.returnReasonPlaceholder')} data-testid="pool-return-reason" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('pool.lockedHint')}</Typography.Text>
    </Modal>
  );
}
