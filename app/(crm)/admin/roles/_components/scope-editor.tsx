'use client';
// Data scopes: the role-wide default (read / write / transfer), optional per-module overrides, and the departments a
// CUSTOM scope covers (each with or without its sub-departments).
import { useMemo } from 'react';
import { Alert, Col, Flex, Row, Select, Switch, Table, TreeSelect, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { moduleLabel, scopeLabel } from '@/app/_lib/labels';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import { DEPARTMENTS_QUERY, type DepartmentRow } from '@/app/_lib/api/departments';
import type { PermissionCatalog, ScopeLevel } from '@/app/_lib/api/admin';
import { type RoleDraft, type ScopePair, usesCustom, withRead, writeLevelsFor } from './role-draft';

interface Props { catalog: PermissionCatalog; draft: RoleDraft; onChange: (draft: RoleDraft) => void }

const INHERIT = '__inherit__';

export function ScopeEditor({ catalog, draft, onChange }: Props) {
  const { t } = useI18n();
  const levels = catalog.scopeLevels;
  const { data } = useQuery(DEPARTMENTS_QUERY);
  const names = useMemo(() => new Map((data?.departments ?? []).map((d) => [d.id, d.name])), [data]);
  const treeData = useMemo(() => {
    interface Option { value: string; title: string; children: Option[] }
    const toNode = (n: TreeNode<DepartmentRow>): Option => ({ value: n.id, title: n.name, children: n.children.map(toNode) });
    return buildTree(data?.departments ?? []).map(toNode);
  }, [data]);

  const levelOptions = (list: ScopeLevel[]) => list.map((l) => ({ value: l, label: scopeLabel(t, l) }));
  const pairEditor = (pair: ScopePair, set: (p: ScopePair) => void, testId: string) => (
    <Flex gap={8} wrap>
      <Select<ScopeLevel> value={pair.read} style={{ minWidth: 130 }} options={levelOptions(levels)} onChange={(v) => set(withRead(pair, v))}
        aria-label={t('admin.role.read')} data-testid={`${testId}-read`} />
      <Select<ScopeLevel> value={pair.write} style={{ minWidth: 130 }} options={levelOptions(writeLevelsFor(pair.read, levels))} onChange={(v) => set({ ...pair, write: v })}
        aria-label={t('admin.role.write')} data-testid={`${testId}-write`} />
      <Select<ScopeLevel> value={pair.transfer} style={{ minWidth: 130 }} options={levelOptions(writeLevelsFor(pair.read, levels))} onChange={(v) => set({ ...pair, transfer: v })}
        aria-label={t('admin.role.transfer')} title={t('admin.role.transferHint')} data-testid={`${testId}-transfer`} />
    </Flex>
  );

  const setModule = (module: string, pair: ScopePair | null) => {
    const modules = { ...draft.modules };
    if (pair) modules[module] = pair; else delete modules[module];
    onChange({ ...draft, modules });
  };

  const columns: TableColumnsType<string> = [
    { key: 'module', title: t('admin.role.module'), width: 110, render: (_, m) => moduleLabel(t, m) },
    {
      key: 'read', title: t('admin.role.read'), width: 150,
      render: (_, m) => (
        <Select<string> value={draft.modules[m]?.read ?? INHERIT} style={{ width: '100%' }} data-testid={`role-module-${m}-read`} aria-label={`${moduleLabel(t, m)} ${t('admin.role.read')}`}
          options={[{ value: INHERIT, label: t('admin.role.inherit') }, ...levelOptions(levels)]}
          onChange={(v) => setModule(m, v === INHERIT ? null : withRead(draft.modules[m] ?? draft.defaultScope, v as ScopeLevel))} />
      ),
    },
    {
      key: 'write', title: t('admin.role.write'), width: 150,
      render: (_, m) => (draft.modules[m]
        ? <Select<ScopeLevel> value={draft.modules[m].write} style={{ width: '100%' }} data-testid={`role-module-${m}-write`} aria-label={`${moduleLabel(t, m)} ${t('admin.role.write')}`}
            options={levelOptions(writeLevelsFor(draft.modules[m].read, levels))} onChange={(v) => setModule(m, { ...draft.modules[m], write: v })} />
        : <Typography.Text type="secondary">{t('admin.role.inherit')}</Typography.Text>),
    },
    {
      key: 'transfer', title: t('admin.role.transfer'), width: 150,
      render: (_, m) => (draft.modules[m]
        ? <Select<ScopeLevel> value={draft.modules[m].transfer} style={{ width: '100%' }} data-testid={`role-module-${m}-transfer`} aria-label={`${moduleLabel(t, m)} ${t('admin.role.transfer')}`}
            options={levelOptions(writeLevelsFor(draft.modules[m].read, levels))} onChange={(v) => setModule(m, { ...draft.modules[m], transfer: v })} />
        : <Typography.Text type="secondary">{t('admin.role.inherit')}</Typography.Text>),
    },
  ];

  return (
    <div data-testid="role-scopes">
      <Typography.Text strong>{t('admin.role.defaultScope')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{t('admin.role.transferHint')}</Typography.Paragraph>
      <div style={{ margin: '8px 0 16px' }}>
        {pairEditor(draft.defaultScope, (p) => onChange({ ...draft, defaultScope: p }), 'role-default')}
      </div>
      <Typography.Text strong>{t('admin.role.moduleScopes')}</Typography.Text>
      <Table<string> rowKey={(m) => m} size="small" columns={columns} dataSource={catalog.modules} pagination={false} scroll={{ x: 560 }} style={{ margin: '8px 0 16px' }} />
      {usesCustom(draft) && (
        <>
          <Typography.Text strong>{t('admin.role.customDepartments')}</Typography.Text>
          <Alert type="info" showIcon title={t('admin.role.customHint')} style={{ margin: '8px 0' }} />
          <TreeSelect
            multiple treeCheckable treeCheckStrictly showCheckedStrategy={TreeSelect.SHOW_ALL} treeDefaultExpandAll
            style={{ width: '100%' }} placeholder={t('admin.role.chooseDepartments')} treeData={treeData} data-testid="role-custom-departments"
            value={draft.customDepartments.map((c) => ({ value: c.departmentId, label: names.get(c.departmentId) ?? c.departmentId }))}
            onChange={(chosen: { value: string }[]) => onChange({
              ...draft,
              customDepartments: chosen.map((c) => draft.customDepartments.find((d) => d.departmentId === c.value) ?? { departmentId: String(c.value), includeChildren: true }),
            })}
          />
          <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
            {draft.customDepartments.map((c) => (
              <Col key={c.departmentId} xs={24} sm={12}>
                <Flex justify="space-between" align="center" gap={8} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 8px' }}>
                  <Typography.Text ellipsis>{names.get(c.departmentId) ?? c.departmentId}</Typography.Text>
                  <Switch size="small" checked={c.includeChildren} checkedChildren={t('admin.role.includeChildren')} unCheckedChildren={t('admin.role.includeChildren')}
                    data-testid={`role-custom-children-${c.departmentId}`}
                    onChange={(on) => onChange({ ...draft, customDepartments: draft.customDepartments.map((d) => (d.departmentId === c.departmentId ? { ...d, includeChildren: on } : d)) })} />
                </Flex>
              </Col>
            ))}
          </Row>
        </>
      )}
    </div>
  );
}
