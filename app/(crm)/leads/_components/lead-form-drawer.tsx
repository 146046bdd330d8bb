'use client';
// Create / edit a lead. Rules mirror the server's (lib/lead/lead.validation.ts); server field errors land on
// their fields.
import { useEffect, useState } from 'react';
import { Alert, Button, Col, DatePicker, Divider, Drawer, Form, Grid, Input, Row, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { EMAIL, MOBILE, PHONE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { CREATE_LEAD, LEAD_INPUT_FIELDS, SETTABLE_LEAD_STATUSES, UPDATE_LEAD, type LeadDetail, type LeadInput } from '@/app/_lib/api/leads';
import { leadStatusLabel } from './lead-labels';

type Field = (typeof LEAD_INPUT_FIELDS)[number];
type Values = Omit<LeadInput, 'nextContactAt'> & { nextContactAt?: Dayjs | null };

interface Props {
  open: boolean;
  /** The lead being edited; absent to create one. */
  lead?: LeadDetail | null;
  onClose: () => void;
  onSaved: (result: { id: string; name?: string }) => void;
}

function initialValues(lead?: LeadDetail | null): Partial<Values> {
  if (!lead) return { status: 'NEW' };
  const out: Record<string, unknown> = {};
  for (const f of LEAD_INPUT_FIELDS) out[f] = lead[f as keyof LeadDetail] ?? null;
  return { ...out, nextContactAt: lead.nextContactAt ? dayjs(lead.nextContactAt) : null } as Partial<Values>;
}

export function LeadFormDrawer({ open, lead, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editing = !!lead;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues(lead));
      setError(null);
    }
  }, [open, lead, form]);

  const label = (f: Field) => t(`lead.field.${f}` as MessageKey);
  const max = (n: number): Rule => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const rules: Partial<Record<Field, Rule[]>> = {
    name: [{ required: true, whitespace: true, message: t('validation.required', { field: label('name') }) }, max(50)],
    company: [max(100)], source: [max(50)], address: [max(200)], remarks: [max(1000)],
    mobile: [{ pattern: MOBILE, message: t('validation.mobile') }],
    phone: [{ pattern: PHONE, message: t('validation.phone') }],
    email: [{ pattern: EMAIL, message: t('validation.email') }, max(100)],
  };
  const text = (f: Field, span = 12, extra?: React.ReactNode) => (
    <Col xs={24} md={span}>
      <Form.Item name={f} label={label(f)} rules={rules[f]} extra={extra}>
        <Input allowClear data-testid={`lead-form-${f}`} />
      </Form.Item>
    </Col>
  );

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const input = { ...values, nextContactAt: values.nextContactAt ? values.nextContactAt.toISOString() : null };
    try {
      if (editing) {
        await gql(UPDATE_LEAD, { id: lead!.id, input });
        onSaved({ id: lead!.id });
      } else {
        const { createLead } = await gql<{ createLead: { id: string; name: string } }>(CREATE_LEAD, { input });
        onSaved(createLead);
      }
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, LEAD_INPUT_FIELDS);
      form.setFields(fields.map((f) => ({ name: f.name as Field, errors: f.errors })));
      if (fields.length) form.scrollToField(fields[0].name as Field);
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('lead.edit') : t('lead.create')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      footer={(
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose} data-testid="lead-form-cancel">{t('action.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="lead-form-submit">{t('action.save')}</Button>
        </Space>
      )}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="lead-form-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="lead-form" scrollToFirstError>
        <Divider titlePlacement="start" plain>{t('lead.section.person')}</Divider>
        <Row gutter={16}>
          {text('name')}
          {text('company', 12, t('lead.companyHint'))}
          {text('mobile')}
          {text('phone')}
          {text('email', 24)}
        </Row>
        <Divider titlePlacement="start" plain>{t('lead.section.other')}</Divider>
        <Row gutter={16}>
          <Col xs={12} md={12}>
            <Form.Item name="status" label={label('status')}>
              <Select data-testid="lead-form-status" options={SETTABLE_LEAD_STATUSES.map((v) => ({ value: v, label: leadStatusLabel(t, v) }))} />
            </Form.Item>
          </Col>
          {text('source')}
          <Col xs={24} md={12}>
            <Form.Item name="nextContactAt" label={label('nextContactAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="lead-form-nextContactAt" />
            </Form.Item>
          </Col>
          {text('address')}
        </Row>
        <Form.Item name="remarks" label={label('remarks')} rules={rules.remarks}>
          <Input.TextArea rows={3} showCount maxLength={1000} data-testid="lead-form-remarks" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
