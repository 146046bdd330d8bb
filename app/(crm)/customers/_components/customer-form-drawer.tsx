'use client';
// Create / edit a customer. Rules mirror the server's; server field errors land on their fields, and a duplicate
// name says which customer already has it.
import { useEffect, useState } from 'react';
import { Alert, Button, Col, Divider, Drawer, Form, Grid, Input, Row, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { EMAIL, MOBILE, PHONE, POSTCODE, WEBSITE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { levelLabel, typeLabel } from '@/app/_lib/labels';
import {
  CREATE_CUSTOMER, CUSTOMER_INPUT_FIELDS, CUSTOMER_LEVELS, CUSTOMER_TYPES, UPDATE_CUSTOMER,
  type CustomerDetail, type CustomerInput,
} from '@/app/_lib/api/customers';

type Field = (typeof CUSTOMER_INPUT_FIELDS)[number];

interface Props {
  open: boolean;
  /** The customer being edited; absent to create one. */
  customer?: CustomerDetail | null;
  onClose: () => void;
  onSaved: (result: { id: string; code?: string }) => void;
}

/** Only the input fields, with the edited customer's values (null where empty). */
export function initialValuesOf(customer?: CustomerDetail | null): Partial<CustomerInput> {
  if (!customer) return { type: 'DIRECT', level: 'NORMAL' };
  const out: Record<string, unknown> = {};
  for (const f of CUSTOMER_INPUT_FIELDS) out[f] = customer[f as keyof CustomerDetail] ?? null;
  return out as Partial<CustomerInput>;
}

export function CustomerFormDrawer({ open, customer, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<CustomerInput>();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editing = !!customer;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValuesOf(customer));
      setError(null);
    }
  }, [open, customer, form]);

  const label = (f: Field) => t(`customer.field.${f}` as MessageKey);
  const max = (n: number): Rule => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const pattern = (re: RegExp, key: MessageKey): Rule => ({ pattern: re, message: t(key) });
  const rules: Partial<Record<Field, Rule[]>> = {
    name: [{ required: true, whitespace: true, message: t('validation.required', { field: label('name') }) }, max(100)],
    industry: [max(50)], source: [max(50)], region: [max(50)], address: [max(200)],
    postcode: [pattern(POSTCODE, 'validation.postcode')],
    profile: [max(50)],
    contactName: [max(50)], contactPosition: [max(50)],
    mobile: [pattern(MOBILE, 'validation.mobile')],
    phone: [pattern(PHONE, 'validation.phone')],
    email: [pattern(EMAIL, 'validation.email'), max(100)],
    website: [pattern(WEBSITE, 'validation.website'), max(200)],
    remarks: [max(1000)],
  };
  const text = (f: Field, span = 12, extra?: React.ReactNode) => (
    <Col xs={24} md={span}>
      <Form.Item name={f} label={label(f)} rules={rules[f]} extra={extra}>
        <Input allowClear data-testid={`customer-form-${f}`} />
      </Form.Item>
    </Col>
  );

  async function submit(values: CustomerInput) {
    setBusy(true);
    setError(null);
    try {
      if (editing) {
        await gql(UPDATE_CUSTOMER, { id: customer!.id, input: values });
        onSaved({ id: customer!.id });
      } else {
        const { createCustomer } = await gql<{ createCustomer: { id: string; code: string } }>(CREATE_CUSTOMER, { input: values });
        onSaved(createCustomer);
      }
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, CUSTOMER_INPUT_FIELDS);
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
      title={editing ? t('customer.edit') : t('customer.create')}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={(
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose} data-testid="customer-form-cancel">{t('action.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="customer-form-submit">{t('action.save')}</Button>
        </Space>
      )}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="customer-form-error" />}
      <Form<CustomerInput> form={form} layout="vertical" onFinish={submit} data-testid="customer-form" scrollToFirstError>
        <Divider titlePlacement="start" plain>{t('customer.section.basic')}</Divider>
        <Row gutter={16}>
          {text('name', 24)}
          <Col xs={12} md={12}>
            <Form.Item name="type" label={label('type')}>
              <Select data-testid="customer-form-type" options={CUSTOMER_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="level" label={label('level')}>
              <Select data-testid="customer-form-level" options={CUSTOMER_LEVELS.map((v) => ({ value: v, label: levelLabel(t, v) }))} />
            </Form.Item>
          </Col>
          {text('industry', 8)}
          {text('source', 8)}
          {text('region', 8)}
          {text('address', 16)}
          {text('postcode', 8)}
          <Col xs={24}>
            <Form.Item name="profile" label={label('profile')} rules={rules.profile} extra={t('customer.profileHint')}>
              <Input.TextArea rows={2} showCount maxLength={50} data-testid="customer-form-profile" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>{t('customer.section.contact')}</Divider>
        <Row gutter={16}>
          {text('contactName')}
          {text('contactPosition')}
          {text('mobile')}
          {text('phone')}
          {text('email')}
          {text('website')}
        </Row>
        <Divider titlePlacement="start" plain>{t('customer.section.other')}</Divider>
        <Form.Item name="remarks" label={label('remarks')} rules={rules.remarks}>
          <Input.TextArea rows={3} data-testid="customer-form-remarks" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
