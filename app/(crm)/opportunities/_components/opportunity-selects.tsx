'use client';
// Pickers for the opportunity form: a customer you can see (direct ones, or distributors for the partner), the
// chosen customer's contacts, a product of the catalogue, and a stage among those the category allows.
import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import {
  CUSTOMER_CHOICES_QUERY, CUSTOMER_CONTACTS_QUERY, PRODUCT_CHOICES_QUERY, type OpportunityCategory, type Stage,
} from '@/app/_lib/api/opportunities';
import { stageLabel, stagesFor } from './opportunity-labels';

function useTyped() {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setKeyword(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  return { keyword, setTyped };
}

interface Base { id?: string; 'data-testid'?: string; disabled?: boolean }

export function CustomerChoice({ value, onChange, type, initial, allowClear, id, disabled, ...rest }: Base & {
  value?: string | null; onChange?: (value: string | undefined) => void; type: 'DIRECT' | 'DISTRIBUTOR';
  initial?: { id: string; name: string } | null; allowClear?: boolean;
}) {
  const { t } = useI18n();
  const { keyword, setTyped } = useTyped();
  const { data, isLoading } = useQuery(CUSTOMER_CHOICES_QUERY, {
    // An opportunity belongs to a customer someone owns; pool customers are claimed first.
    keyword: keyword || null, type, inPool: type === 'DIRECT' ? false : null,
  }, { keepPreviousData: true });
  const options = useMemo(() => {
    const list = (data?.customers.nodes ?? []).map((c) => ({ value: c.id, label: c.name }));
    if (initial && !list.some((o) => o.value === initial.id)) list.unshift({ value: initial.id, label: initial.name });
    return list;
  }, [data, initial]);
  return (
    <Select
      id={id} showSearch={{ filterOption: false, onSearch: setTyped }} value={value ?? undefined} loading={isLoading} allowClear={allowClear} disabled={disabled}
      placeholder={t(type === 'DIRECT' ? 'opportunity.customerSearch' : 'opportunity.partnerSearch')} options={options} style={{ width: '100%' }}
      data-testid={rest['data-testid']} onChange={(v) => onChange?.(v ?? undefined)}
    />
  );
}

export function ContactChoice({ customerId, value, onChange, id, ...rest }: Base & { customerId?: string | null; value?: string[]; onChange?: (value: string[]) => void }) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery(
    CUSTOMER_CONTACTS_QUERY, customerId ? { id: customerId } : null,
  );
  const options = (data?.customer?.contacts ?? []).map((c) => ({ value: c.id, label: c.position ? `${c.name}（${c.position}）` : c.name }));
  return (
    <Select
      id={id} mode="multiple" value={value ?? []} onChange={(v) => onChange?.(v)} loading={isLoading} disabled={!customerId}
      placeholder={customerId ? t('opportunity.field.contacts') : t('opportunity.pickCustomerFirst')} options={options} style={{ width: '100%' }}
      data-testid={rest['data-testid']} optionFilterProp="label"
    />
  );
}

export interface ProductChoiceOption { id: string; name: string; model: string | null; unit: string | null; price: string }

export function ProductChoice({ value, onChange, initial, id, ...rest }: Base & {
  value?: string | null; onChange?: (value: string | undefined, product?: ProductChoiceOption) => void; initial?: ProductChoiceOption | null;
}) {
  const { t } = useI18n();
  const { keyword, setTyped } = useTyped();
  const { data, isLoading } = useQuery(PRODUCT_CHOICES_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  const products = useMemo(() => {
    const list = data?.products.nodes ?? [];
    return initial && !list.some((p) => p.id === initial.id) ? [initial, ...list] : list;
  }, [data, initial]);
  return (
    <Select
      id={id} showSearch={{ filterOption: false, onSearch: setTyped }} value={value ?? undefined} loading={isLoading} popupMatchSelectWidth={false}
      placeholder={t('opportunity.productSearch')} style={{ width: '100%' }} data-testid={rest['data-testid']}
      options={products.map((p) => ({ value: p.id, label: p.model ? `${p.name}（${p.model}）` : p.name }))}
      onChange={(v) => onChange?.(v, products.find((p) => p.id === v))}
    />
  );
}

export function StageChoice({ stages, category, value, onChange, id, disabled, ...rest }: Base & {
  stages: Stage[]; category?: OpportunityCategory; value?: string | null; onChange?: (value: string | undefined) => void;
}) {
  const allowed = stagesFor(category, stages);
  return (
    <Select
      id={id} value={value ?? undefined} onChange={(v) => onChange?.(v)} disabled={disabled} style={{ width: '100%' }} data-testid={rest['data-testid']}
      options={allowed.map((s) => ({ value: s.id, label: `${stageLabel(s)}（${s.probability}%）` }))}
    />
  );
}
