'use client';
// Chooses colleagues to @ in a comment, searching the user directory as the user types.
import { Select } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { graphql } from '@/app/_lib/gql';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { useI18n } from '@/app/_lib/i18n/context';

export interface Mentioned { id: string; name: string }

const MENTION_DIRECTORY = graphql(`query MentionDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }`);

export function MentionPicker({ value, onChange, ...rest }: { value: Mentioned[]; onChange: (users: Mentioned[]) => void; 'data-testid'?: string }) {
  const { t } = useI18n();
  const [keyword, setTyped] = useSearchKeyword();
  const { data, isLoading } = useQuery(MENTION_DIRECTORY, { keyword: keyword || null }, { keepPreviousData: true });
  const found = data?.userDirectory ?? [];
  const names = new Map([...value.map((u) => [u.id, u.name] as const), ...found.map((u) => [u.id, u.name] as const)]);
  return (
    <Select
      mode="multiple"
      size="small"
      prefix={<UserOutlined />}
      placeholder={t('daily.comment.mention')}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={isLoading}
      value={value.map((u) => u.id)}
      onChange={(ids: string[]) => onChange(ids.slice(0, 20).map((id) => ({ id, name: names.get(id) ?? id })))}
      options={found.map((u) => ({ value: u.id, label: `@${u.name}（${u.username}）` }))}
      style={{ minWidth: 180, flex: '1 1 180px' }}
      maxTagCount="responsive"
      data-testid={rest['data-testid']}
    />
  );
}
