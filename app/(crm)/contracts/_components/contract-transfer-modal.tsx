'use client';
// Transfer contracts to a colleague within your contract write scope.
import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { TRANSFER_CONTRACTS } from '@/app/_lib/api/contracts';
import { UserPicker } from '@/app/_components/user-picker';

export function ContractTransferModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ toUserId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (open) { form.resetFields(); setError(null); } }, [open, form]);

  async function submit(values: { toUserId: string }) {
    setBusy(true);
    setError(null);
    try {
      await gql(TRANSFER_CONTRACTS, { input: { ids, toUserId: values.toUserId } });
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
    <Modal
      open={open} title={t('contract.transferTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('action.transfer')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId('contract-transfer-submit')}
    >
      <Typography.Paragraph type="secondary">{t('contract.transferCount', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="toUserId" label={t('transfer.toUser')} rules={[{ required: true, message: t('validation.select', { field: t('transfer.toUser') }) }]}>
          <UserPicker source="transfer" module="contract" data-testid="contract-transfer-user" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
