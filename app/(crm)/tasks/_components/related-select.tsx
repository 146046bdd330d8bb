'use client';
// The record a task is about, picked in the task form: none, or a customer, opportunity or contract the user can
// see (search as you type). A task already about another kind of record (a lead, a follow-up …) keeps it unless
// the user picks something else or clears it.
import { useEffect, useMemo, useState } from 'react';
import { Select, Space } from 'antd';
import { graphql } from '@/app/_lib/gql';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { useI18n } from '@/app/_lib/i18n/context';
import { CUSTOMER_OPTIONS_QUERY } from '@/app/_lib/api/contracts';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import type { RecordRef } from '../../_components/activity/activity.api';
import { CONTRACT_OPTIONS_QUERY } from '../../receivables/_components/receivables.api';

export const PICKABLE_TYPES = ['customer', 'opportunity', 'contract'] as const;

const OPPORTUNITY_OPTIONS_QUERY = graphql(`
  query TaskOpportunityOptions($keyword: String) { opportunities(first: 20, filter: { keyword: $keyword }) { nodes { id name } } }
`);

interface Props {
  value?: RecordRef | null;
  onChange?: (value: RecordRef | null) => void;
  id?: string;
  'data-testid'?: string;
}

export function RelatedSelect({ value, onChange, id, ...rest }: Props) {
  const { t } = useI18n();
  const [type, setType] = useState<string>(value?.type ?? '');
  const [keyword, setTyped] = useSearchKeyword();
  // The form sets the edited task's record after the first render.
  useEffect(() => { if (value) setType(value.type); }, [value]);
  const search = { keyword: keyword || null };
  const customers = useQuery(CUSTOMER_OPTIONS_QUERY, type === 'customer' ? search : null, { keepPreviousData: true });
  const opportunities = useQuery(OPPORTUNITY_OPTIONS_QUERY, type === 'opportunity' ? search : null, { keepPreviousData: true });
  const contracts = useQuery(CONTRACT_OPTIONS_QUERY, type === 'contract' ? search : null, { keepPreviousData: true });
  const pickable = (PICKABLE_TYPES as readonly string[]).includes(type);

  const options = useMemo(() => {
    const found: { value: string; label: string }[] =
      type === 'customer' ? (customers.data?.customers.nodes ?? []).map((c) => ({ value: c.id, label: c.name }))
        : type === 'opportunity' ? (opportunities.data?.opportunities.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))
          : type === 'contract' ? (contracts.data?.contracts.nodes ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))
            : [];
    if (value && value.type === type && !found.some((o) => o.value === value.id)) found.unshift({ value: value.id, label: value.title });
    return found;
  }, [type, customers.data, opportunities.data, contracts.data, value]);

  const typeOptions = [
    { value: '', label: t('task.related.none') },
    ...PICKABLE_TYPES.map((k) => ({ value: k, label: recordTypeLabel(t, k) })),
    ...(value && !(PICKABLE_TYPES as readonly string[]).includes(value.type) ? [{ value: value.type, label: recordTypeLabel(t, value.type) }] : []),
  ];

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        value={type} options={typeOptions} style={{ width: 110, flex: 'none' }} data-testid={`${rest['data-testid'] ?? 'related'}-type`}
        onChange={(k) => { setType(k); setTyped(''); onChange?.(k === value?.type ? value : null); }}
      />
      <Select
        id={id} allowClear showSearch={pickable ? { filterOption: false, onSearch: setTyped } : false} disabled={!type}
        value={value && value.type === type ? value.id : undefined} options={options} popupMatchSelectWidth={false}
        loading={customers.isLoading || opportunities.isLoading || contracts.isLoading}
        placeholder={type ? t('task.related.search') : undefined} style={{ flex: 1, minWidth: 0 }} data-testid={rest['data-testid']}
        onChange={(v?: string) => {
          const option = options.find((o) => o.value === v);
          onChange?.(v && option ? { type, id: v, title: option.label } : null);
        }}
      />
    </Space.Compact>
  );
}
