'use client';
// 编号规则 (system:numbering): one card per numbered record type with its prefix, date part, reset period and
// sequence length, an example of the pattern as typed and the number the next record gets. New numbers only.
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Result, Row, Select, Skeleton, Space, Typography } from 'antd';
import { gql, useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import type { NumberingDatePart, NumberingResetPeriod } from '@/app/_lib/gql/graphql';
import { NUMBERING_RULES_QUERY, UPDATE_NUMBERING_RULE, type NumberingRule } from './numbering.api';

interface Values { prefix: string; datePart: NumberingDatePart; resetPeriod: NumberingResetPeriod; sequenceLength: number }
const FIELDS = ['prefix', 'datePart', 'resetPeriod', 'sequenceLength'];
const DATE_FORMATS: Record<NumberingDatePart, string> = { NONE: '', YYYY: 'YYYY', YYYYMM: 'YYYYMM', YYYYMMDD: 'YYYYMMDD' };
const DATE_PARTS = Object.keys(DATE_FORMATS) as NumberingDatePart[];
const RESET_PERIODS: NumberingResetPeriod[] = ['NEVER', 'YEARLY', 'MONTHLY', 'DAILY'];

/** The pattern as typed, with today's date and sequence 1 (the server decides the real next number). */
function example(v: Partial<Values>): string {
  const date = v.datePart ? dayjs().format(DATE_FORMATS[v.datePart]) || '' : '';
  return `${v.prefix ?? ''}${date}${'1'.padStart(v.sequenceLength ?? 1, '0')}`;
}

function RuleCard({ rule, onSaved }: { rule: NumberingRule; onSaved: () => Promise<unknown> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const title = t(`numbering.module.${rule.module}` as MessageKey);
  useEffect(() => {
    form.setFieldsValue({ prefix: rule.prefix, datePart: rule.datePart, resetPeriod: rule.resetPeriod, sequenceLength: rule.sequenceLength });
  }, [rule, form]);

  async function save(input: Values) {
    setBusy(true);
    setError(null);
    try {
      await gql(UPDATE_NUMBERING_RULE, { module: rule.module, input: { ...input, prefix: input.prefix.trim() } });
      message.success(t('numbering.saved', { module: title }));
      await onSaved();
    } catch (e) {
      const { fields, message: rest } = formErrorsOf(t, e, FIELDS);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(rest);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={title} data-testid={`numbering-${rule.module}`}
      extra={<Typography.Text type="secondary">{t('numbering.next')}：<Typography.Text code data-testid={`numbering-next-${rule.module}`}>{rule.nextNumber}</Typography.Text></Typography.Text>}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      {/* A server refusal is about the combination: any change makes it stale. */}
      <Form<Values> form={form} layout="vertical" onFinish={save}
        onValuesChange={() => { setError(null); form.setFields(FIELDS.map((name) => ({ name: name as keyof Values, errors: [] }))); }}>
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="prefix" label={t('numbering.prefix')} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,10}$/, message: t('server.numbering.prefix') }]}>
              <Input maxLength={10} data-testid={`numbering-prefix-${rule.module}`} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="datePart" label={t('numbering.datePart')}>
              <Select options={DATE_PARTS.map((d) => ({ value: d, label: t(`numbering.date.${d}` as MessageKey) }))} data-testid={`numbering-date-${rule.module}`} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="resetPeriod" label={t('numbering.resetPeriod')}>
              <Select options={RESET_PERIODS.map((r) => ({ value: r, label: t(`numbering.reset.${r}` as MessageKey) }))} data-testid={`numbering-reset-${rule.module}`} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="sequenceLength" label={t('numbering.sequenceLength')} rules={[{ required: true }]}>
              <InputNumber min={3} max={10} precision={0} style={{ width: '100%' }} data-testid={`numbering-length-${rule.module}`} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={4}>
            <Form.Item label={t('numbering.example')}>
              <Space>
                <Typography.Text code data-testid={`numbering-example-${rule.module}`}>{values ? example(values) : rule.nextNumber}</Typography.Text>
              </Space>
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid={`numbering-save-${rule.module}`}>{t('numbering.save')}</Button>
      </Form>
    </Card>
  );
}

export function NumberingSettings() {
  const { t } = useI18n();
  const { data, error, mutate } = useQuery(NUMBERING_RULES_QUERY);
  if (error) return <Result status="error" title={errorMessage(t, error)} />;
  if (!data) return <Skeleton active />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="numbering-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('numbering.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('numbering.hint')} />
      {data.numberingRules.map((rule) => <RuleCard key={rule.module} rule={rule} onSaved={mutate} />)}
    </Space>
  );
}
