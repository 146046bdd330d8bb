'use client';
// The filter bar shared by the dashboard and the reports: period (今天 … 上月, 自定义 with a date range) and 切换 to
// one department or one person within the viewer's scope. A salesperson, who sees only themselves, gets no switch.
import { useMemo } from 'react';
import dayjs from 'dayjs';
import { Card, Col, DatePicker, Grid, Row, Segmented, Select, TreeSelect } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import type { InsightDepartment, InsightFilter, InsightScope, PeriodPreset } from './insight.api';
import { PRESETS } from './use-insight-filter';

interface Option { value: string; title: string; children: Option[] }

export function InsightFilters({ value, onChange, scope, period = true }: { value: InsightFilter; onChange: (patch: Partial<InsightFilter>) => void; scope: InsightScope | undefined; period?: boolean }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const tree = useMemo(() => {
    const toOption = (n: TreeNode<InsightDepartment>): Option => ({ value: n.id, title: n.name, children: n.children.map(toOption) });
    return buildTree(scope?.departments ?? []).map(toOption);
  }, [scope]);
  const presets = PRESETS.map((p) => ({ value: p, label: t(`insight.period.${p}` as MessageKey) }));
  const people = (scope?.people ?? []).filter((p) => p.status !== 'DISABLED' || p.id === value.userId);
  const canSwitch = !!scope && (scope.everyone || scope.people.length > 1);
  if (!period && !canSwitch) return null;
  return (
    <Card size="small" data-testid="insight-filters">
      <Row gutter={[8, 8]} align="middle">
        {period && (
        <Col xs={24} xl={canSwitch ? 12 : 24}>
          {screens.md ? (
            <Segmented options={presets} value={value.preset ?? 'THIS_MONTH'} onChange={(preset) => onChange({ preset: preset as PeriodPreset })} data-testid="insight-period" />
          ) : (
            <Select style={{ width: '100%' }} options={presets} value={value.preset ?? 'THIS_MONTH'} aria-label={t('insight.period')}
              onChange={(preset) => onChange({ preset })} data-testid="insight-period" />
          )}
        </Col>
        )}
        {period && value.preset === 'CUSTOM' && (
          <Col xs={24} md={12} xl={6}>
            <DatePicker.RangePicker
              style={{ width: '100%' }} inputReadOnly allowClear={false} data-testid="insight-range"
              value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
              onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            />
          </Col>
        )}
        {canSwitch && (
          <>
            <Col xs={12} md={period ? 6 : 12} xl={!period ? 8 : value.preset === 'CUSTOM' ? 3 : 6}>
              <TreeSelect
                style={{ width: '100%' }} allowClear treeDefaultExpandAll value={value.departmentId} treeData={tree} popupMatchSelectWidth={false}
                placeholder={t('insight.department')} data-testid="insight-department"
                onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined, userId: undefined })}
              />
            </Col>
            <Col xs={12} md={period ? 6 : 12} xl={!period ? 8 : value.preset === 'CUSTOM' ? 3 : 6}>
              <Select
                style={{ width: '100%' }} allowClear showSearch={{ optionFilterProp: 'label' }} value={value.userId} placeholder={t('insight.person')}
                data-testid="insight-person" popupMatchSelectWidth={false}
                onChange={(userId) => onChange({ userId: userId ?? undefined, departmentId: undefined })}
                options={people.map((p) => ({ value: p.id, label: p.departmentName ? `${p.name}（${p.departmentName}）` : p.name }))}
              />
            </Col>
          </>
        )}
      </Row>
    </Card>
  );
}
