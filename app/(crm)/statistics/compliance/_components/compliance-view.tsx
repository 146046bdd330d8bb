'use client';
// 联络频次 (seed 002 §3.2–3.5): live — who is behind (quotas, overdue and due-soon customers, level criteria) per
// person and department, and the customers themselves; monthly — the 考核 summary per person. Phone first: cards.
import Link from 'next/link';
import { Alert, Card, Col, Flex, Result, Row, Skeleton, Statistic, Tabs, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { SCOPE_QUERY } from '../../../_insight/insight.api';
import { InsightFilters } from '../../../_insight/insight-filters';
import { useInsightFilter } from '../../../_insight/use-insight-filter';
import { REPORT_QUERY } from './compliance.api';
import { DepartmentList, PeopleList } from './people-list';
import { CustomerList } from './customer-list';
import { MonthlyTab } from './monthly-tab';

export function ComplianceView() {
  const { t } = useI18n();
  const { me } = useMe();
  const { filter, setFilter } = useInsightFilter();
  const selection = { departmentId: filter.departmentId, userId: filter.userId };
  const scope = useQuery(SCOPE_QUERY);
  const { data, error } = useQuery(REPORT_QUERY, { filter: selection }, { keepPreviousData: true });
  const report = data?.complianceReport;
  const r = report?.rules;
  return (
    <Flex vertical gap={12} data-testid="compliance">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('compliance.title')}</Typography.Title>
      <InsightFilters value={filter} onChange={setFilter} scope={scope.data?.insightScope} period={false} />
      {error && <Result status={error.code === 'BAD_USER_INPUT' ? 'warning' : 'error'} title={errorMessage(t, error)} />}
      {!report && !error && <Skeleton active />}
      {report && r && (
        <Tabs
          defaultActiveKey="live" data-testid="compliance-tabs"
          items={[
            {
              key: 'live', label: t('compliance.tab.live'), children: (
                <Flex vertical gap={12}>
                  <Alert type="info" showIcon data-testid="compliance-rules"
                    message={t('compliance.rules', { minCore: r.minCore, short: r.coreShortDays, mid: r.coreMidDays, minHg: r.minHighGrowth, hg: r.highGrowthDays, remind: r.reminderDays })}
                    action={can(me, 'system:settings') ? <Link href="/settings/compliance">{t('compliance.editRules')}</Link> : undefined} />
                  <Row gutter={[8, 8]} data-testid="compliance-totals">
                    {([['behind', `${report.totals.behind}/${report.totals.people}`], ['overdue', report.totals.overdue], ['dueSoon', report.totals.dueSoon], ['criteria', report.totals.criteria]] as const).map(([key, value]) => (
                      <Col key={key} xs={12} md={6}><Card size="small"><Statistic title={t(`compliance.total.${key}`)} value={value} /></Card></Col>
                    ))}
                  </Row>
                  <DepartmentList departments={report.departments} onPick={(departmentId) => setFilter({ departmentId, userId: undefined })} />
                  {report.people.length > 1 || !filter.userId ? (
                    <PeopleList people={report.people} rules={r} onPick={(userId) => setFilter({ userId, departmentId: undefined })} />
                  ) : null}
                  <CustomerList filter={selection} />
                </Flex>
              ),
            },
            { key: 'monthly', label: t('compliance.tab.monthly'), children: <MonthlyTab filter={selection} /> },
          ]}
        />
      )}
    </Flex>
  );
}
