'use client';
// Assigns selected pool customers to a colleague within the assigner's customer write scope.
import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { ASSIGN_CUSTOMERS } from '@/app/_lib/api/pool';
import { UserPicker } from '@/app/_components/user-picker';
import { poolErrorMessage } from './pool-ui';

export function AssignModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ userId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (open) { form.resetFields(); setError(null); } }, [open, form]);

  async function submit(values: { userId: string }) {
    setBusy(true);
    setError(null);
    try {
      await gql(ASSIGN_CUSTOMERS, { ids, userId: values.userId });
      onDone(ids.length);
    } catch (e) {
      const { fields } = formErrorsOf(t, e, ['userId']);
      form.setFields(fields.map((f) => ({ name: 'userId' as const, errors: f.errors })));
      if (!fields.length) setError(poolErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t('pool.assignTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('pool.action.assign')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId('pool-assign-submit')}>
      <Typography.Paragraph type="secondary">{t('common.selected', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="userId" label={t('pool.assignTo')} rules={[{ required: true, message: t('validation.select', { field: t('pool.assignTo') }) }]}>
          <UserPicker source="transfer" data-testid="pool-assign-user" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
