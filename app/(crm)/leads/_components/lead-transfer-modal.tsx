'use client';
// Transfer leads to a colleague within your lead write scope.
import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { TRANSFER_LEADS } from '@/app/_lib/api/leads';
import { UserPicker } from '@/app/_components/user-picker';
import { leadConflictMessage } from './lead-errors';

interface Values { toUserId: string }

export function LeadTransferModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) { form.resetFields(); setError(null); }
  }, [open, form]);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await gql(TRANSFER_LEADS, { input: { ids, toUserId: values.toUserId } });
      onDone(ids.length);
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['toUserId']);
      form.setFields(fields.map((f) => ({ name: f.name as 'toUserId', errors: f.errors })));
      setError(leadConflictMessage(t, e) ?? message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('lead.transfer.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.transfer')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={testId('lead-transfer-submit')}
    >
      <Typography.Paragraph type="secondary">{t('lead.transfer.count', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="lead-transfer-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="lead-transfer-form">
        <Form.Item name="toUserId" label={t('transfer.toUser')} rules={[{ required: true, message: t('validation.select', { field: t('transfer.toUser') }) }]}>
          <UserPicker source="transfer" module="lead" data-testid="lead-transfer-user" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
