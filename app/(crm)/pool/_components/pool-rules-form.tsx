'use client';
// A pool's recycle rules: the switch, warning days, exemptions and days per customer level. Editable by the
// pool's administrators and system:settings holders; shown read-only to everyone else who can see the pool.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { levelLabel, testId } from '@/app/_lib/labels';
import { CUSTOMER_LEVELS, type CustomerLevel } from '@/app/_lib/api/customers';
import { UPDATE_POOL_RULES, type PoolRule, type PoolSummary } from '@/app/_lib/api/pool';

type DayField = 'noFollowUpDays' | 'noOpportunityDays' | 'noDealDays';
const DAY_FIELDS: DayField[] = ['noFollowUpDays', 'noOpportunityDays', 'noDealDays'];
interface Values {
  recycleEnabled: boolean;
  warnDays: number;
  exemptDealCustomers: boolean;
  exemptOpenOpportunities: boolean;
  rules: Record<CustomerLevel, Record<DayField, number | null>>;
}

const toValues = (pool: PoolSummary): Values => ({
  recycleEnabled: pool.recycleEnabled, warnDays: pool.warnDays, exemptDealCustomers: pool.exemptDealCustomers, exemptOpenOpportunities: pool.exemptOpenOpportunities,
  rules: Object.fromEntries(CUSTOMER_LEVELS.map((level) => {
    const rule = pool.rules.find((r) => r.level === level);
    return [level, { noFollowUpDays: rule?.noFollowUpDays ?? null, noOpportunityDays: rule?.noOpportunityDays ?? null, noDealDays: rule?.noDealDays ?? null }];
  })) as Values['rules'],
});

export function PoolRulesForm({ pool, opportunityChecks, onSaved }: { pool: PoolSummary; opportunityChecks?: boolean; onSaved?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = pool.viewerCanAdminister;
  useEffect(() => { form.setFieldsValue(toValues(pool)); setError(null); }, [pool, form]);

  async function save(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const rules: PoolRule[] = CUSTOMER_LEVELS.map((level) => ({ level, ...values.rules[level] }));
      await gql(UPDATE_POOL_RULES, { poolId: pool.id, input: {
        recycleEnabled: values.recycleEnabled, warnDays: values.warnDays ?? 0,
        exemptDealCustomers: values.exemptDealCustomers, exemptOpenOpportunities: values.exemptOpenOpportunities, rules,
      } });
      message.success(t('common.saved'));
      onSaved?.();
    } catch (e) {
      setError(formErrorsOf(t, e, []).message);
    } finally {
      setBusy(false);
    }
  }

  const days = (level: CustomerLevel, field: DayField) => (
    <Form.Item name={['rules', level, field]} noStyle>
      <InputNumber min={1} max={3650} disabled={!editable} placeholder={t('poolRules.off')} suffix={t('poolRules.days')} style={{ width: '100%', minWidth: 96 }}
        data-testid={`pool-rule-${level}-${field}`} />
    </Form.Item>
  );

  return (
    <Form form={form} layout="vertical" onFinish={save} disabled={!editable} data-testid="pool-rules-form">
      {!editable && <Alert type="info" showIcon title={t('poolRules.readOnly')} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Space wrap size={[24, 0]}>
        <Form.Item name="recycleEnabled" label={t('poolRules.recycleEnabled')} valuePropName="checked">
          <Switch data-testid="pool-rule-enabled" />
        </Form.Item>
        <Form.Item name="warnDays" label={t('poolRules.warnDays')}>
          <InputNumber min={0} max={30} suffix={t('poolRules.days')} />
        </Form.Item>
        <Form.Item name="exemptDealCustomers" label={t('poolRules.exemptDealCustomers')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="exemptOpenOpportunities" label={t('poolRules.exemptOpenOpportunities')} valuePropName="checked"><Switch /></Form.Item>
      </Space>
      <Table
        rowKey="level" size="small" pagination={false} scroll={{ x: 560 }}
        dataSource={CUSTOMER_LEVELS.map((level) => ({ level }))}
        columns={[
          { title: t('poolRules.level'), dataIndex: 'level', width: 100, render: (level: CustomerLevel) => levelLabel(t, level) },
          ...DAY_FIELDS.map((field) => ({ title: t(`poolRules.${field}`), key: field, render: (_: unknown, row: { level: CustomerLevel }) => days(row.level, field) })),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4 }}>{t('poolRules.alwaysExempt')} {t('poolRules.homePoolHint')}</Typography.Paragraph>
      {opportunityChecks === false && <Typography.Paragraph type="warning" style={{ marginBottom: 4 }}>{t('poolRules.opportunityMissing')}</Typography.Paragraph>}
      {editable && (
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 8 }} {...testId<object>('pool-rules-save')}>{t('action.save')}</Button>
      )}
    </Form>
  );
}
