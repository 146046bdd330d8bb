'use client';
// Picks a department from the tree (e.g. "owner's department, with its sub-departments").
import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import { DEPARTMENTS_QUERY, type DepartmentRow } from '@/app/_lib/api/departments';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Departments that may not be chosen (shown disabled), e.g. a department's own subtree when moving it. */
  disabledIds?: Set<string>;
  style?: React.CSSProperties;
  id?: string;
  'data-testid'?: string;
}

interface Option { value: string; title: string; disabled?: boolean; children: Option[] }

export function DepartmentTreeSelect({ value, onChange, placeholder, allowClear, disabledIds, style, id, ...rest }: Props) {
  const { data, isLoading } = useQuery(DEPARTMENTS_QUERY);
  const treeData = useMemo(() => {
    const toOption = (n: TreeNode<DepartmentRow>): Option => ({
      value: n.id, title: n.enabled ? n.name : `${n.name} ⊘`, disabled: disabledIds?.has(n.id), children: n.children.map(toOption),
    });
    return buildTree(data?.departments ?? []).map(toOption);
  }, [data, disabledIds]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      loading={isLoading}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      data-testid={rest['data-testid']}
    />
  );
}
