'use client';
// 联络频次规则 (settings): the seed-002 rulebook an administrator may adjust — required fields per level, the deal and
// contact a core / high-growth customer needs, contact intervals, quotas and how early owners are reminded.
import { useEffect } from 'react';
import { App, Button, Card, Checkbox, Col, Flex, Form, InputNumber, Result, Row, Skeleton, Typography } from 'antd';
import { gql, useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { errorMessage } from '@/app/_lib/errors';
import { RULES_QUERY, type Rules, UPDATE_RULES } from '../../../statistics/compliance/_components/compliance.api';

const FIELDS = ['NAME', 'ADDRESS', 'POSTCODE', 'REGION', 'INDUSTRY', 'TYPE', 'SOURCE', 'PROFILE', 'CONTACT_NAME', 'CONTACT_POSITION', 'PHONE'];
const NUMBERS: { key: keyof Rules; label: MessageKey; min: number; max: number }[] = [
  { key: 'coreShortDays', label: 'compliance.settings.coreShortDays', min: 1, max: 365 },
  { key: 'coreMidDays', label: 'compliance.settings.coreMidDays', min: 1, max: 365 },
  { key: 'highGrowthDays', label: 'compliance.settings.highGrowthDays', min: 1, max: 365 },
  { key: 'minCore', label: 'compliance.settings.minCore', min: 0, max: 10000 },
  { key: 'minHighGrowth', label: 'compliance.settings.minHighGrowth', min: 0, max: 10000 },
  { key: 'coreDealMonths', label: 'compliance.settings.coreDealMonths', min: 1, max: 60 },
  { key: 'highGrowthContactDays', label: 'compliance.settings.highGrowthContactDays', min: 1, max: 365 },
  { key: 'reminderDays', label: 'compliance.settings.reminderDays', min: 0, max: 30 },
];

export function RulesForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Rules>();
  const { data, error, mutate } = useQuery(RULES_QUERY);
  useEffect(() => { if (data) form.setFieldsValue(data.complianceRules); }, [data, form]);
  if (error) return <Result status="error" title={errorMessage(t, error)} />;
  if (!data) return <Skeleton active />;
  const save = async (values: Rules) => {
    try {
      await gql(UPDATE_RULES, { input: values });
      message.success(t('compliance.settings.saved'));
      await mutate();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <Flex vertical gap={12} data-testid="compliance-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('compliance.settings.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('compliance.settings.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save}>
        <Card size="small" title={t('compliance.settings.frequency')}>
          <Row gutter={12}>
            {NUMBERS.map((n) => (
              <Col key={n.key} xs={24} sm={12} lg={6}>
                <Form.Item name={n.key} label={t(n.label)} rules={[{ required: true }]}><InputNumber min={n.min} max={n.max} precision={0} style={{ width: '100%' }} data-testid={`rule-${n.key}`} /></Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Card size="small" title={t('compliance.settings.requiredFields')} style={{ marginTop: 12 }}>
          <Form.Item name="requiredFields" style={{ margin: 0 }}>
            <Checkbox.Group options={FIELDS.map((f) => ({ value: f, label: t(`compliance.field.${f}` as MessageKey) }))} />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" style={{ marginTop: 12 }} data-testid="rules-save">{t('compliance.settings.save')}</Button>
      </Form>
    </Flex>
  );
}
