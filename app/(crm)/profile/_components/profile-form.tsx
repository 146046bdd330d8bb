'use client';
// Your own phone, email and address — the only things about yourself you may change.
import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { EMAIL, PHONE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import { graphql } from '@/app/_lib/gql';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { useMe } from '@/app/_lib/me';

interface Values { phone: string | null; email: string | null; address: string | null }

const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id phone email address } }
`);

export function ProfileForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await gql(UPDATE_MY_PROFILE, { input: values });
      onSaved();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['phone', 'email', 'address']);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Values>
      form={form} layout="vertical" onFinish={submit} data-testid="profile-form"
      initialValues={{ phone: me.user.phone, email: me.user.email, address: me.user.address }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item name="phone" label={t('user.field.phone')} rules={[{ pattern: PHONE, message: t('validation.phone') }]}>
        <Input allowClear data-testid="profile-phone" />
      </Form.Item>
      <Form.Item name="email" label={t('user.field.email')} rules={[{ pattern: EMAIL, message: t('validation.email') }, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input allowClear data-testid="profile-email" />
      </Form.Item>
      <Form.Item name="address" label={t('user.field.address')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input allowClear data-testid="profile-address" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="profile-save">{t('action.save')}</Button>
    </Form>
  );
}
