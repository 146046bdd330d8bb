'use client';
// Search-as-you-type picker of a contract you can see (number and title), for the receivable filter.
import { Select } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { useI18n } from '@/app/_lib/i18n/context';
import { CONTRACT_OPTIONS_QUERY } from './receivables.api';

export function ContractSelect({ value, onChange, id, ...rest }: { value?: string | null; onChange?: (value: string | undefined) => void; id?: string; 'data-testid'?: string }) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  const { data, isLoading } = useQuery(CONTRACT_OPTIONS_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  return (
    <Select
      id={id} allowClear showSearch={{ filterOption: false, onSearch: setTyped }} value={value ?? undefined} loading={isLoading}
      placeholder={t('daily.receivable.contractSearch')} style={{ width: '100%' }} popupMatchSelectWidth={false} data-testid={rest['data-testid']}
      options={(data?.contracts.nodes ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
      onChange={(v) => onChange?.(v ?? undefined)}
    />
  );
}
