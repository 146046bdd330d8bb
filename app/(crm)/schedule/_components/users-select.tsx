'use client';
// Chooses several active colleagues (participants, report recipients) by name, searching as the user types.
import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { useI18n } from '@/app/_lib/i18n/context';
import { USER_DIRECTORY_QUERY } from '@/app/_lib/api/users';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Users already chosen (so their names show before any search). */
  known?: { id: string; name: string }[];
  exclude?: string[];
  placeholder?: string;
  'data-testid'?: string;
}

export function UsersSelect({ value, onChange, known = [], exclude = [], placeholder, ...rest }: Props) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  const [seen, setSeen] = useState<Map<string, string>>(new Map());
  const { data, isLoading } = useQuery(USER_DIRECTORY_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  useEffect(() => {
    if (!data) return;
    setSeen((prev) => {
      const next = new Map(prev);
      for (const u of data.userDirectory) next.set(u.id, `${u.name}（${u.username}）`);
      return next;
    });
  }, [data]);
  const options = useMemo(() => {
    const labels = new Map(seen);
    for (const k of known) if (!labels.has(k.id)) labels.set(k.id, k.name);
    const shown = new Set([...(data?.userDirectory ?? []).map((u) => u.id), ...(value ?? [])]);
    return [...shown].filter((id) => !exclude.includes(id)).map((id) => ({ value: id, label: labels.get(id) ?? `#${id}` }));
  }, [seen, known, data, value, exclude]);
  return (
    <Select
      mode="multiple" showSearch={{ filterOption: false, onSearch: setTyped }} value={value ?? []} onChange={(ids) => onChange?.(ids)}
      placeholder={placeholder ?? t('transfer.searchUser')} loading={isLoading} options={options} style={{ width: '100%' }}
      data-testid={rest['data-testid']}
    />
  );
}
