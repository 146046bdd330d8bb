'use client';
// Add or edit a contact of a customer; rules mirror the server's, server field errors land on their fields.
import { useEffect, useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, Modal, Row, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { EMAIL, MOBILE, PHONE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { CONTACT_INPUT_FIELDS, CREATE_CONTACT, UPDATE_CONTACT, type Contact, type ContactInput } from '@/app/_lib/api/customers';

type Values = Omit<ContactInput, 'birthday'> & { birthday?: Dayjs | null };
type Field = (typeof CONTACT_INPUT_FIELDS)[number];

interface Props { customerId: string; contact: Contact | null; open: boolean; onClose: () => void; onSaved: () => void }

export function ContactFormModal({ customerId, contact, open, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    if (contact) {
      const values: Record<string, unknown> = {};
      for (const f of CONTACT_INPUT_FIELDS) values[f] = contact[f as keyof Contact] ?? null;
      form.setFieldsValue({ ...values, birthday: contact.birthday ? dayjs(contact.birthday) : null } as Values);
    } else {
      form.setFieldsValue({ isPrimary: false });
    }
  }, [open, contact, form]);

  const label = (f: Field) => t(`contact.field.${f}` as MessageKey);
  const max = (n: number): Rule => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const rules: Partial<Record<Field, Rule[]>> = {
    name: [{ required: true, whitespace: true, message: t('validation.required', { field: label('name') }) }, max(50)],
    department: [max(50)], position: [max(50)], wechat: [max(50)], remarks: [max(500)],
    mobile: [{ pattern: MOBILE, message: t('validation.mobile') }],
    phone: [{ pattern: PHONE, message: t('validation.phone') }],
    email: [{ pattern: EMAIL, message: t('validation.email') }, max(100)],
  };
  const text = (f: Field) => (
    <Col xs={24} sm={12}>
      <Form.Item name={f} label={label(f)} rules={rules[f]}>
        <Input allowClear data-testid={`contact-form-${f}`} />
      </Form.Item>
    </Col>
  );

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const input = { ...values, birthday: values.birthday ? values.birthday.format('YYYY-MM-DD') : null };
    try {
      if (contact) await gql(UPDATE_CONTACT, { id: contact.id, input });
      else await gql(CREATE_CONTACT, { input: { ...input, customerId } });
      onSaved();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, CONTACT_INPUT_FIELDS);
      form.setFields(fields.map((f) => ({ name: f.name as Field, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={contact ? t('contact.edit') : t('contact.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={busy}
      destroyOnHidden
      width={640}
      okButtonProps={testId('contact-form-submit')}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="contact-form">
        <Row gutter={16}>
          {text('name')}
          {text('position')}
          {text('department')}
          {text('mobile')}
          {text('phone')}
          {text('email')}
          {text('wechat')}
          <Col xs={24} sm={12}>
            <Form.Item name="birthday" label={label('birthday')}>
              <DatePicker style={{ width: '100%' }} data-testid="contact-form-birthday" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="remarks" label={label('remarks')} rules={rules.remarks}>
              <Input.TextArea rows={2} data-testid="contact-form-remarks" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="isPrimary" label={label('isPrimary')} valuePropName="checked">
              <Switch data-testid="contact-form-isPrimary" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
