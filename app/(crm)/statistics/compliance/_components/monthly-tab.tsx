'use client';
// 月度汇总 (seed 002 §3.5.6 考核依据): per person, the month's follow-ups, substantive contacts, new customers,
// contracts and receivables, beside where they stand on the rulebook now. Exportable to Excel.
import { useState } from 'react';
import dayjs from 'dayjs';
import { Card, DatePicker, Flex, Table, Tag } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatMoney } from '../../../_insight/format';
import { ExportButton } from '../../_components/export-button';
import { MONTHLY_QUERY } from './compliance.api';

export function MonthlyTab({ filter }: { filter: { departmentId?: string; userId?: string } }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const { data, isLoading } = useQuery(MONTHLY_QUERY, { month, filter });
  return (
    <Card size="small" data-testid="compliance-monthly"
      title={<DatePicker picker="month" value={dayjs(`${month}-01`)} allowClear={false} inputReadOnly onChange={(d) => d && setMonth(d.format('YYYY-MM'))} data-testid="compliance-month" />}
      extra={<ExportButton report="COMPLIANCE_MONTHLY" filter={filter} month={month} />}>
      <Table
        size="small" loading={isLoading} rowKey={(r) => r.person.id} dataSource={data?.complianceMonthly.rows ?? []} pagination={false} scroll={{ x: 'max-content' }}
        columns={[
          { title: t('insight.person'), key: 'name', fixed: 'left', render: (_, r) => <Flex vertical><span>{r.person.name}</span>{r.behind && <Tag color="red" style={{ width: 'fit-content' }}>{t('compliance.behind')}</Tag>}</Flex> },
          { title: t('compliance.monthly.followUps'), dataIndex: 'followUps', align: 'right' },
          { title: t('compliance.monthly.substantive'), dataIndex: 'substantive', align: 'right' },
          { title: t('compliance.monthly.newCustomers'), dataIndex: 'newCustomers', align: 'right' },
          { title: t('insight.metric.CONTRACT_AMOUNT'), key: 'contract', align: 'right', render: (_, r) => formatMoney(r.contractAmount) },
          { title: t('insight.metric.RECEIVABLE_AMOUNT'), key: 'receivable', align: 'right', render: (_, r) => formatMoney(r.receivableAmount) },
          { title: t('compliance.core'), dataIndex: 'core', align: 'right' },
          { title: t('compliance.highGrowth'), dataIndex: 'highGrowth', align: 'right' },
          { title: t('compliance.overdue'), dataIndex: 'overdue', align: 'right' },
          { title: t('compliance.criteria'), dataIndex: 'criteria', align: 'right' },
        ]}
      />
    </Card>
  );
}
