'use client';
// Pickers for a pool's members: several colleagues (searching the directory), several departments (tree).
import { useMemo } from 'react';
import { Select, TreeSelect } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useSearchKeyword } from '@/app/_lib/use-search-keyword';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import { USER_DIRECTORY_QUERY } from '@/app/_lib/api/users';
import { DEPARTMENTS_QUERY, type DepartmentRow } from '@/app/_lib/api/departments';
import type { UserRef } from '@/app/_lib/api/customers';

interface UsersProps { value?: string[]; onChange?: (value: string[]) => void; initial?: UserRef[]; id?: string; 'data-testid'?: string }

export function UsersSelect({ value, onChange, initial, id, ...rest }: UsersProps) {
  const [keyword, setTyped] = useSearchKeyword();
  const { data, isLoading } = useQuery(USER_DIRECTORY_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  const options = useMemo(() => {
    const list = (data?.userDirectory ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }));
    for (const u of initial ?? []) if (!list.some((o) => o.value === u.id)) list.push({ value: u.id, label: u.name });
    return list;
  }, [data, initial]);
  return (
    <Select id={id} mode="multiple" value={value ?? []} onChange={onChange} options={options} loading={isLoading}
      showSearch={{ filterOption: false, onSearch: setTyped }} style={{ width: '100%' }} data-testid={rest['data-testid']} />
  );
}

interface DeptOption { value: string; title: string; children: DeptOption[] }

export function DepartmentsSelect({ value, onChange, id, ...rest }: { value?: string[]; onChange?: (value: string[]) => void; id?: string; 'data-testid'?: string }) {
  const { data, isLoading } = useQuery(DEPARTMENTS_QUERY);
  const treeData = useMemo(() => {
    const toOption = (n: TreeNode<DepartmentRow>): DeptOption => ({ value: n.id, title: n.name, children: n.children.map(toOption) });
    return buildTree(data?.departments ?? []).map(toOption);
  }, [data]);
  return (
    <TreeSelect id={id} multiple value={value ?? []} onChange={(v: string[]) => onChange?.(v)} treeData={treeData} treeDefaultExpandAll
      loading={isLoading} showSearch={{ treeNodeFilterProp: 'title' }} style={{ width: '100%' }} data-testid={rest['data-testid']} />
  );
}
