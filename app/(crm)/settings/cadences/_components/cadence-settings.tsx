'use client';
// 提醒周期 (system:settings): the follow-up interval per opportunity category, the default lead time of payment
// plans, how early tasks are reminded and the follow-up contact reminder. The reminder jobs read these values.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, InputNumber, Result, Row, Skeleton, Space, Typography } from 'antd';
import { gql, useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { CADENCE_SETTINGS_QUERY, UPDATE_CADENCE_SETTINGS, type Cadences } from './cadences.api';

type Key = keyof Omit<Cadences, '__typename'>;
interface Group { title: MessageKey; extra?: MessageKey; fields: { key: Key; min: number; max: number; hint?: MessageKey }[] }
const GROUPS: Group[] = [
  { title: 'cadence.opportunity', fields: [
    { key: 'shortTermFollowUpDays', min: 1, max: 365 }, { key: 'midTermFollowUpDays', min: 1, max: 365 }, { key: 'longTermFollowUpDays', min: 1, max: 365 },
  ] },
  { title: 'cadence.payment', fields: [{ key: 'paymentPlanReminderDays', min: 0, max: 365, hint: 'cadence.paymentPlanHint' }] },
  { title: 'cadence.tasks', fields: [{ key: 'taskReminderDays', min: 0, max: 30 }, { key: 'followUpReminderMinutes', min: 0, max: 43200 }] },
];
const KEYS = GROUPS.flatMap((g) => g.fields.map((f) => f.key));

export function CadenceSettings() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<Key, number>>();
  const [busy, setBusy] = useState(false);
  const { data, error, mutate } = useQuery(CADENCE_SETTINGS_QUERY);
  useEffect(() => { if (data) form.setFieldsValue(data.cadenceSettings); }, [data, form]);
  if (error) return <Result status="error" title={errorMessage(t, error)} />;
  if (!data) return <Skeleton active />;

  async function save(values: Record<Key, number>) {
    setBusy(true);
    try {
      await gql(UPDATE_CADENCE_SETTINGS, { input: Object.fromEntries(KEYS.map((k) => [k, values[k]])) });
      message.success(t('cadence.saved'));
      await mutate();
    } catch (e) {
      const { fields, message: rest } = formErrorsOf(t, e, KEYS);
      form.setFields(fields.map((f) => ({ name: f.name as Key, errors: f.errors })));
      if (rest) message.error(rest);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="cadence-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('cadence.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('cadence.hint')} />
      <Form form={form} layout="vertical" onFinish={save}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {GROUPS.map((g) => (
            <Card key={g.title} size="small" title={t(g.title)}>
              <Row gutter={12}>
                {g.fields.map((f) => (
                  <Col key={f.key} xs={24} sm={12} lg={8}>
                    <Form.Item name={f.key} label={t(`cadence.${f.key}` as MessageKey)} extra={f.hint ? t(f.hint) : undefined} rules={[{ required: true }]}>
                      <InputNumber min={f.min} max={f.max} precision={0} style={{ width: '100%' }} data-testid={`cadence-${f.key}`} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
          ))}
          <Typography.Text type="secondary">{t('cadence.pool')}</Typography.Text>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="cadence-save">{t('cadence.save')}</Button>
        </Space>
      </Form>
    </Space>
  );
}
