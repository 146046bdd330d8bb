'use client';
// Convert leads to customers: choose the customers' type and level; a duplicate name refuses the whole batch and
// every affected lead is listed with the customer that already has the name.
import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { levelLabel, testId, typeLabel } from '@/app/_lib/labels';
import { CUSTOMER_LEVELS, CUSTOMER_TYPES, type CustomerLevel, type CustomerType } from '@/app/_lib/api/customers';
import { CONVERT_LEADS } from '@/app/_lib/api/leads';
import { conflictLine, conversionConflicts, leadConflictMessage } from './lead-errors';

interface Values { customerType: CustomerType; customerLevel: CustomerLevel }

export function LeadConvertModal({ ids, open, onClose, onDone }: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ title: string; lines: string[] } | null>(null);

  useEffect(() => {
    if (open) { form.resetFields(); setError(null); }
  }, [open, form]);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await gql(CONVERT_LEADS, { input: { ids, ...values } });
      onDone(ids.length);
    } catch (e) {
      const conflicts = conversionConflicts(e);
      if (conflicts) setError({ title: t('lead.convert.conflictTitle'), lines: conflicts.map((c) => conflictLine(t, c)) });
      else setError({ title: leadConflictMessage(t, e) ?? errorMessage(t, e), lines: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('lead.convert.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.convert')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={testId('lead-convert-submit')}
    >
      <Typography.Paragraph>{t('lead.convert.count', { count: ids.length })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('lead.convert.atomic')}</Typography.Paragraph>
      {error && (
        <Alert
          type="error" showIcon role="alert" style={{ marginBottom: 16 }} data-testid="lead-convert-error" title={error.title}
          description={error.lines.length ? <ul style={{ margin: 0, paddingInlineStart: 18 }}>{error.lines.map((l) => <li key={l}>{l}</li>)}</ul> : undefined}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ customerType: 'DIRECT', customerLevel: 'NORMAL' }} data-testid="lead-convert-form">
        <Form.Item name="customerType" label={t('lead.convert.customerType')}>
          <Select data-testid="lead-convert-type" options={CUSTOMER_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))} />
        </Form.Item>
        <Form.Item name="customerLevel" label={t('lead.convert.customerLevel')}>
          <Select data-testid="lead-convert-level" options={CUSTOMER_LEVELS.map((v) => ({ value: v, label: levelLabel(t, v) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
