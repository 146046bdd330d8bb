'use client';
// The filter bar of 员工监督: period, department (the tree of departments holding people you supervise), person,
// and people who left. Narrow on a phone: every control takes a full row or half of one.
import { useMemo } from 'react';
import { Card, Checkbox, Col, DatePicker, Row, Select, TreeSelect } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import type { SupervisedPerson, SupervisionDepartment } from './supervision.api';
import { PERIOD_PRESETS, type Period } from './supervision-period';

export interface Filters {
  period: Period;
  departmentId?: string;
  userId?: string;
  includeDisabled: boolean;
}

interface Props {
  value: Filters;
  onChange: (patch: Partial<Filters>) => void;
  people: SupervisedPerson[];
  departments: SupervisionDepartment[];
}

interface Option { value: string; title: string; children: Option[] }

export function SupervisionFilters({ value, onChange, people, departments }: Props) {
  const { t } = useI18n();
  const tree = useMemo(() => {
    const toOption = (n: TreeNode<SupervisionDepartment>): Option => ({ value: n.id, title: n.name, children: n.children.map(toOption) });
    return buildTree(departments).map(toOption);
  }, [departments]);
  const shown = people.filter((p) => value.includeDisabled || p.status !== 'DISABLED');
  const period = value.period;
  return (
    <Card size="small" data-testid="supervision-filters">
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={12} lg={6}>
          <Select
            style={{ width: '100%' }} value={period.preset} aria-label={t('supervision.period')} data-testid="supervision-period"
            onChange={(preset) => onChange({ period: { ...period, preset } })}
            options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`supervision.period.${p}` as MessageKey) }))}
          />
        </Col>
        {period.preset === 'custom' && (
          <>
            <Col xs={12} sm={6} lg={3}>
              <DatePicker style={{ width: '100%' }} value={period.from ?? null} placeholder={t('supervision.period.from')} inputReadOnly
                onChange={(from) => onChange({ period: { ...period, from } })} data-testid="supervision-from" />
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <DatePicker style={{ width: '100%' }} value={period.to ?? null} placeholder={t('supervision.period.to')} inputReadOnly
                onChange={(to) => onChange({ period: { ...period, to } })} data-testid="supervision-to" />
            </Col>
          </>
        )}
        <Col xs={12} sm={12} lg={5}>
          <TreeSelect
            style={{ width: '100%' }} allowClear treeDefaultExpandAll value={value.departmentId} treeData={tree}
            placeholder={t('supervision.department')} onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined })}
            data-testid="supervision-department" popupMatchSelectWidth={false}
          />
        </Col>
        <Col xs={12} sm={12} lg={5}>
          <Select
            style={{ width: '100%' }} allowClear showSearch={{ optionFilterProp: 'label' }} value={value.userId} placeholder={t('supervision.person')}
            onChange={(userId) => onChange({ userId: userId ?? undefined })} data-testid="supervision-person"
            options={shown.map((p) => ({ value: p.id, label: p.status === 'DISABLED' ? `${p.name}（${t('supervision.disabled')}）` : p.name }))}
          />
        </Col>
        <Col xs={24} lg={5} style={{ display: 'flex', alignItems: 'center' }}>
          <Checkbox checked={value.includeDisabled} onChange={(e) => onChange({ includeDisabled: e.target.checked })} data-testid="supervision-disabled">
            {t('supervision.includeDisabled')}
          </Checkbox>
        </Col>
      </Row>
    </Card>
  );
}
