'use client';
// Search-as-you-type pickers for a contract form: a customer you can see, and a product of the catalogue.
import { useMemo } from 'react';
import { Select } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { nameOptions, withInitial } from '@/app/_lib/options';
import { useI18n } from '@/app/_lib/i18n/context';
import { CUSTOMER_OPTIONS_QUERY, OPPORTUNITY_OPTIONS_QUERY, PRODUCT_OPTIONS_QUERY, type ProductOption } from '@/app/_lib/api/contracts';

interface SelectProps<O> {
  value?: string | null;
  onChange?: (value: string | undefined, option?: O) => void;
  /** Shown for the current value before any search (e.g. the edited contract's customer). */
  initial?: O | null;
  id?: string;
  'data-testid'?: string;
}

export function CustomerSelect({ value, onChange, initial, id, ...rest }: SelectProps<{ id: string; name: string }>) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  const { data, isLoading } = useQuery(CUSTOMER_OPTIONS_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  const options = useMemo(() => nameOptions(data?.customers.nodes ?? [], initial), [data, initial]);
  return (
    <Select
      id={id} showSearch={{ filterOption: false, onSearch: setTyped }} value={value ?? undefined} loading={isLoading}
      placeholder={t('contract.customerSearch')} options={options} style={{ width: '100%' }} data-testid={rest['data-testid']}
      onChange={(v) => onChange?.(v, options.find((o) => o.value === v) && { id: v, name: String(options.find((o) => o.value === v)!.label) })}
    />
  );
}

export function ProductSelect({ value, onChange, initial, id, placeholder, ...rest }: SelectProps<ProductOption> & { placeholder?: string }) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  const { data, isLoading } = useQuery(PRODUCT_OPTIONS_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  const products = useMemo(() => withInitial(data?.products.nodes ?? [], initial), [data, initial]);
  return (
    <Select
      id={id} showSearch={{ filterOption: false, onSearch: setTyped }} value={value ?? undefined} loading={isLoading}
      placeholder={placeholder ?? t('contract.line.productSearch')} style={{ width: '100%' }} data-testid={rest['data-testid']} popupMatchSelectWidth={false}
      options={products.map((p) => ({ value: p.id, label: p.model ? `${p.name}（${p.model}）` : p.name }))}
      onChange={(v) => onChange?.(v, products.find((p) => p.id === v))}
    />
  );
}

/** An opportunity of the chosen customer (optional); disabled until a customer is chosen. */
export function OpportunitySelect({ value, onChange, initial, customerId, id, ...rest }: SelectProps<{ id: string; name: string }> & { customerId?: string | null }) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery(OPPORTUNITY_OPTIONS_QUERY, customerId ? { customerId } : null);
  const options = useMemo(() => nameOptions(data?.opportunities.nodes ?? [], initial), [data, initial]);
  return (
    <Select
      id={id} allowClear disabled={!customerId} value={value ?? undefined} loading={isLoading} options={options} style={{ width: '100%' }}
      placeholder={t('contract.opportunityHint')} data-testid={rest['data-testid']} onChange={(v) => onChange?.(v ?? undefined)}
    />
  );
}
