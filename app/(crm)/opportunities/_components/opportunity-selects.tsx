'use client';
// Pickers for the opportunity form: a customer you can see (direct ones, or distributors for the partner), the
// chosen customer's contacts, a product of the catalogue, and a stage among those the category allows.
import { type ComponentProps, useMemo } from 'react';
import { Select } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { nameOptions } from '@/app/_lib/options';
import { useI18n } from '@/app/_lib/i18n/context';
import {
  CUSTOMER_CHOICES_QUERY, CUSTOMER_CONTACTS_QUERY, type OpportunityCategory, type Stage,
} from '@/app/_lib/api/opportunities';
import { stageLabel, stagesFor } from './opportunity-labels';
import { ProductSelect } from '../../contracts/_components/record-select';

interface Base { id?: string; 'data-testid'?: string; disabled?: boolean }

export function CustomerChoice({ value, onChange, type, initial, allowClear, id, disabled, ...rest }: Base & {
  value?: string | null; onChange?: (value: string | undefined) => void; type: 'DIRECT' | 'DISTRIBUTOR';
  initial?: { id: string; name: string } | null; allowClear?: boolean;
}) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  const { data, isLoading } = useQuery(CUSTOMER_CHOICES_QUERY, {
    // An opportunity belongs to a customer someone owns; pool customers are claimed first.
    keyword: keyword || null, type, inPool: type === 'DIRECT' ? false : null,
  }, { keepPreviousData: true });
  const options = useMemo(() => nameOptions(data?.customers.nodes ?? [], initial), [data, initial]);
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

/** The catalogue's product picker (shared with the contract lines), with the opportunity form's placeholder. */
export function ProductChoice(props: ComponentProps<typeof ProductSelect>) {
  const { t } = useI18n();
  return <ProductSelect placeholder={t('opportunity.productSearch')} {...props} />;
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
