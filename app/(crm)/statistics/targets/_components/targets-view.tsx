'use client';
// 业绩目标设置: monthly targets of a department or a person for one year — contract amount, receivable amount, new
// customers, follow-ups. Empty cells show the effective target (a department without its own sums its members');
// quarters and the year are the sums of their months. Read-only for those who may only look.
import { useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import { App, Button, Card, DatePicker, Empty, Flex, InputNumber, Result, Segmented, Select, Skeleton, Table, TreeSelect, Typography } from 'antd';
import { gql, useQuery } from '@/app/_lib/graphql';
import { graphql } from '@/app/_lib/gql';
import type { KpiSubject } from '@/app/_lib/gql/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { errorMessage } from '@/app/_lib/errors';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import { KPI_METRICS, MONEY_METRICS, type InsightDepartment, type KpiMetric } from '../../../_insight/insight.api';
import { formatCount, formatMoney } from '../../../_insight/format';

type Subject = KpiSubject;

const SUBJECTS = graphql(`query TargetSubjects { targetSubjects { departments { id name parentId } people { ...InsightPersonFields } }
  me { user { id name departmentId } } }`);
const SHEET = graphql(`query KpiTargets($type: KpiSubject!, $id: ID!, $year: Int!) { kpiTargets(subjectType: $type, subjectId: $id, year: $year) {
  subjectName editable own { month metric value } effective { month metric value } } }`);
const SAVE = graphql(`mutation SetKpiTargets($input: SetKpiTargetsInput!) { setKpiTargets(input: $input) { subjectName } }`);

interface Option { value: string; title: string; children: Option[] }
const show = (metric: KpiMetric, value: string | null | undefined) => (value === null || value === undefined ? '—' : MONEY_METRICS.has(metric) ? formatMoney(value) : formatCount(value));
const sum = (values: (string | null | undefined)[]) => {
  const present = values.filter((v): v is string => v !== null && v !== undefined);
  return present.length ? present.reduce((a, v) => a + Math.round(Number(v) * 100), 0) / 100 : null;
};

export function TargetsView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const subjects = useQuery(SUBJECTS);
  const [type, setType] = useState<Subject>('DEPARTMENT');
  const [id, setId] = useState<string | undefined>();
  const [year, setYear] = useState(dayjs().year());
  const [draft, setDraft] = useState<Record<string, string | null>>({});
  const [saving, setSaving] = useState(false);
  const list = subjects.data?.targetSubjects;
  const manages = !!list && (list.departments.length > 0 || list.people.length > 0);
  const me = subjects.data?.me.user;
  // Someone who sets no targets sees their own.
  useEffect(() => { if (subjects.data && !manages && me && !id) { setType('USER'); setId(me.id); } }, [subjects.data, manages, me, id]);
  const sheet = useQuery(SHEET, id ? { type, id, year } : null);
  useEffect(() => { setDraft({}); }, [type, id, year, sheet.data]);
  const tree = useMemo(() => {
    const toOption = (n: TreeNode<InsightDepartment>): Option => ({ value: n.id, title: n.name, children: n.children.map(toOption) });
    return buildTree(list?.departments ?? []).map(toOption);
  }, [list]);

  if (subjects.error) return <Result status="error" title={errorMessage(t, subjects.error)} />;
  if (!subjects.data) return <Skeleton active />;
  const data = sheet.data?.kpiTargets;
  const key = (month: string, metric: KpiMetric) => `${month}|${metric}`;
  const own = new Map((data?.own ?? []).map((c) => [key(c.month, c.metric), c.value]));
  const effective = new Map((data?.effective ?? []).map((c) => [key(c.month, c.metric), c.value]));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const valueOf = (month: string, metric: KpiMetric) => (key(month, metric) in draft ? draft[key(month, metric)] : own.get(key(month, metric)) ?? null);
  const shown = (month: string, metric: KpiMetric) => valueOf(month, metric) ?? effective.get(key(month, metric)) ?? null;
  const rows = [
    ...months.map((month) => ({ key: month, label: t('insight.targets.month', { m: Number(month.slice(5)) }), months: [month], editable: true })),
    ...[1, 2, 3, 4].map((q) => ({ key: `Q${q}`, label: t('insight.targets.quarter', { q }), months: months.slice((q - 1) * 3, q * 3), editable: false })),
    { key: 'year', label: t('insight.targets.year'), months, editable: false },
  ];
  const save = async () => {
    if (!id) return;
    setSaving(true);
    try {
      const values = Object.entries(draft).map(([k, value]) => {
        const [month, metric] = k.split('|');
        return { month: Number(month.slice(5)), metric: metric as KpiMetric, value };
      });
      await gql(SAVE, { input: { subjectType: type, subjectId: id, year, values } });
      message.success(t('insight.targets.saved'));
      await sheet.mutate();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Flex vertical gap={12} data-testid="targets">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('insight.targets.title')}</Typography.Title>
      <Card size="small">
        <Flex gap={8} wrap align="center">
          {manages && (
            <>
              <Segmented value={type} onChange={(v) => { setType(v as Subject); setId(undefined); }} data-testid="targets-type"
                options={[{ value: 'DEPARTMENT', label: t('insight.targets.department') }, { value: 'USER', label: t('insight.targets.person') }]} />
              {type === 'DEPARTMENT' ? (
                <TreeSelect style={{ minWidth: 200 }} treeData={tree} treeDefaultExpandAll value={id} onChange={setId} placeholder={t('insight.targets.pickDepartment')} data-testid="targets-subject" />
              ) : (
                <Select style={{ minWidth: 200 }} showSearch={{ optionFilterProp: 'label' }} value={id} onChange={setId} placeholder={t('insight.targets.pickPerson')} data-testid="targets-subject"
                  options={(list?.people ?? []).map((p) => ({ value: p.id, label: p.departmentName ? `${p.name}（${p.departmentName}）` : p.name }))} />
              )}
            </>
          )}
          <DatePicker picker="year" value={dayjs(`${year}-01-01`)} allowClear={false} inputReadOnly onChange={(d) => d && setYear(d.year())} data-testid="targets-year" />
          {data?.editable && <Button type="primary" onClick={save} loading={saving} disabled={!Object.keys(draft).length} data-testid="targets-save">{t('insight.targets.save')}</Button>}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>{t('insight.targets.hint')}</Typography.Paragraph>
      </Card>
      {!id ? <Empty description={t('insight.targets.pick')} /> : sheet.error ? <Result status="warning" title={errorMessage(t, sheet.error)} /> : !data ? <Skeleton active /> : (
        <Card size="small" title={data.subjectName}>
          <Table
            size="small" pagination={false} rowKey="key" dataSource={rows} scroll={{ x: 'max-content' }} data-testid="targets-table"
            rowClassName={(r) => (r.editable ? '' : 'ant-table-row-selected')}
            columns={[
              { title: t('insight.targets.period'), dataIndex: 'label', fixed: 'left', width: 80 },
              ...KPI_METRICS.map((metric) => ({
                title: t(`insight.metric.${metric}` as MessageKey), key: metric, width: 170,
                render: (_: unknown, r: (typeof rows)[number]) => {
                  if (!r.editable) return <Typography.Text strong>{show(metric, sum(r.months.map((m) => shown(m, metric)))?.toFixed(MONEY_METRICS.has(metric) ? 2 : 0))}</Typography.Text>;
                  const month = r.months[0];
                  if (!data.editable) return show(metric, shown(month, metric));
                  const value = valueOf(month, metric);
                  return (
                    <InputNumber
                      style={{ width: 150 }} min="0" precision={MONEY_METRICS.has(metric) ? 2 : 0} stringMode value={value ?? null}
                      placeholder={effective.get(key(month, metric)) ?? ''} data-testid={`target-${month}-${metric}`}
                      onChange={(v) => setDraft((d) => ({ ...d, [key(month, metric)]: v === null || v === '' ? null : String(v) }))}
                    />
                  );
                },
              })),
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
