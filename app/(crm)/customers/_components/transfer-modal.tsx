'use client';
// Transfer customers to a colleague (within your write scope), optionally with their contacts, open
// opportunities and live contracts (each only offered with its transfer permission), keeping the old owner on the team.
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { can, useMe } from '@/app/_lib/me';
import { TRANSFER_CUSTOMERS } from '@/app/_lib/api/customers';
import { UserPicker } from '@/app/_components/user-picker';

interface Values { toUserId: string; withContacts: boolean; withOpportunities?: boolean; withContracts?: boolean; keepOldOwnerInTeam: boolean }

export function TransferModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  // A handed-over customer's open deals normally go with it: ticked by default for those allowed to move them.
  const mayMoveOpportunities = can(me, 'opportunity:transfer');
  const mayMoveContracts = can(me, 'contract:transfer');
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
      const { withOpportunities, withContracts, ...rest } = values;
      await gql(TRANSFER_CUSTOMERS, { input: {
        ids, ...rest, withOpportunities: mayMoveOpportunities && !!withOpportunities, withContracts: mayMoveContracts && !!withContracts,
      } });
      onDone(ids.length);
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['toUserId']);
      form.setFields(fields.map((f) => ({ name: f.name as 'toUserId', errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('transfer.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.transfer')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={testId('transfer-submit')}
    >
      <Typography.Paragraph type="secondary">{t('transfer.count', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit}
        initialValues={{ withContacts: true, withOpportunities: mayMoveOpportunities, withContracts: mayMoveContracts, keepOldOwnerInTeam: false }} data-testid="transfer-form">
        <Form.Item name="toUserId" label={t('transfer.toUser')} rules={[{ required: true, message: t('validation.select', { field: t('transfer.toUser') }) }]}>
          <UserPicker source="transfer" data-testid="transfer-user" />
        </Form.Item>
        <Form.Item name="withContacts" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox data-testid="transfer-with-contacts">{t('transfer.withContacts')}</Checkbox>
        </Form.Item>
        {mayMoveOpportunities && (
          <Form.Item name="withOpportunities" valuePropName="checked" style={{ marginBottom: 8 }} extra={t('transfer.withOpportunitiesHint')}>
            <Checkbox data-testid="transfer-with-opportunities">{t('transfer.withOpportunities')}</Checkbox>
          </Form.Item>
        )}
        {mayMoveContracts && (
          <Form.Item name="withContracts" valuePropName="checked" style={{ marginBottom: 8 }} extra={t('transfer.withContractsHint')}>
            <Checkbox data-testid="transfer-with-contracts">{t('transfer.withContracts')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="keepOldOwnerInTeam" valuePropName="checked">
          <Checkbox data-testid="transfer-keep-owner">{t('transfer.keepOldOwner')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
