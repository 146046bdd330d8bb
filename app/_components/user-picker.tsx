'use client';
// Chooses a colleague by name or login name, searching the server as the user types.
import { useMemo } from 'react';
import { Select } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { useI18n } from '@/app/_lib/i18n/context';
import { TRANSFER_TARGETS_QUERY, USER_DIRECTORY_QUERY, type UserOption } from '@/app/_lib/api/users';

interface Props {
  /** `transfer`: only users whose customers you may change; `directory`: any active colleague. */
  source: 'transfer' | 'directory';
  /** For `transfer`: the data module whose write scope decides the targets (default customer). */
  module?: string;
  value?: string | null;
  onChange?: (value: string | undefined, option?: UserOption) => void;
  placeholder?: string;
  allowClear?: boolean;
  exclude?: string[];
  style?: React.CSSProperties;
  'data-testid'?: string;
  id?: string;
}

export function UserPicker({ source, module = 'customer', value, onChange, placeholder, allowClear, exclude, style, id, ...rest }: Props) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  // One query per source (each typed by its document); the other waits with null variables and sends nothing.
  const transfer = useQuery(TRANSFER_TARGETS_QUERY, source === 'transfer' ? { module, keyword: keyword || null } : null, { keepPreviousData: true });
  const directory = useQuery(USER_DIRECTORY_QUERY, source === 'directory' ? { keyword: keyword || null } : null, { keepPreviousData: true });
  const found = source === 'transfer' ? transfer.data?.transferTargets : directory.data?.userDirectory;
  const isLoading = source === 'transfer' ? transfer.isLoading : directory.isLoading;
  const users = useMemo(() => (found ?? []).filter((u) => !exclude?.includes(u.id)), [found, exclude]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v, users.find((u) => u.id === v))}
      placeholder={placeholder ?? t('transfer.searchUser')}
      allowClear={allowClear}
      loading={isLoading}
      style={{ width: '100%', ...style }}
      options={users.map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }))}
      data-testid={rest['data-testid']}
    />
  );
}
