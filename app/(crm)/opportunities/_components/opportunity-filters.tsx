'use client';
// The opportunity filter fields (list and board), and the filter bar the board shows on its own.
import { Form } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { useQuery } from '@/app/_lib/graphql';
import { OPPORTUNITY_CATEGORIES, STAGES_QUERY, type OpportunityFilter, type Stage } from '@/app/_lib/api/opportunities';
import { type FieldDef, toApiFilter } from '../../_kit/fields/field-def';
import { FilterBar } from '../../_kit/list/filter-bar';
import { categoryLabel, stageLabel } from './opportunity-labels';

export function opportunityFilterFields(t: Translate, stages: Stage[] | null): FieldDef[] {
  return [
    { name: 'keyword', kind: 'search', label: t('opportunity.filter.keyword'), primary: true },
    { name: 'categories', kind: 'multiSelect', label: t('opportunity.field.category'), primary: true, testId: 'opportunity-filter-category',
      options: OPPORTUNITY_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) })) },
    ...(stages ? [{ name: 'stageId', kind: 'select', label: t('opportunity.field.stage'), testId: 'opportunity-filter-stage',
      options: stages.map((s) => ({ value: s.id, label: stageLabel(s) })) } as FieldDef] : []),
    { name: 'ownerId', kind: 'user', label: t('opportunity.field.owner') },
    { name: 'departmentId', kind: 'department', label: t('opportunity.field.department') },
    { name: 'expected', kind: 'dateRange', label: t('opportunity.filter.expected'), range: { from: 'expectedCloseFrom', to: 'expectedCloseTo', as: 'date' } },
  ];
}

/** The stages for the stage filter (none until they load). */
export function useStages(): Stage[] {
  return useQuery(STAGES_QUERY).data?.opportunityStages ?? [];
}

/** The board's filter bar (the board groups by stage, so it offers no stage filter). */
export function OpportunityFilters({ onChange }: { onChange: (filter: OpportunityFilter) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const fields = opportunityFilterFields(t, null);
  return <FilterBar module="opportunity" fields={fields} form={form} onApply={() => onChange(toApiFilter(fields, form.getFieldsValue(true)))} />;
}
