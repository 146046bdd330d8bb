'use client';
// Transfer opportunities to a colleague within your opportunity write scope.
import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { TRANSFER_OPPORTUNITIES } from '@/app/_lib/api/opportunities';
import { UserPicker } from '@/app/_components/user-picker';

export function OpportunityTransferModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ toUserId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) { form.resetFields(); setError(null); }
  }, [open, form]);

  async function submit(values: { toUserId: string }) {
    setBusy(true);
    setError(null);
    try {
      await gql(TRANSFER_OPPORTUNITIES, { input: { ids, toUserId: values.toUserId } });
      onDone(ids.length);
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['toUserId']);
      form.setFields(fields.map((f) => ({ name: 'toUserId' as const, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t('opportunity.transferTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('action.transfer')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId('opportunity-transfer-submit')}>
      <Typography.Paragraph type="secondary">{t('opportunity.transferCount', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="opportunity-transfer-form">
        <Form.Item name="toUserId" label={t('transfer.toUser')} rules={[{ required: true, message: t('validation.select', { field: t('transfer.toUser') }) }]}>
          <UserPicker source="transfer" module="opportunity" data-testid="opportunity-transfer-user" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
