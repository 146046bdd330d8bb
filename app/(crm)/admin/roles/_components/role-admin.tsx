'use client';
// The role list with each role's permissions and default scope; opens the editor.
import { useState } from 'react';
import { App, Button, Card, Flex, Grid, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { scopeLabel } from '@/app/_lib/labels';
import { ROLES_QUERY, type AdminRole } from '@/app/_lib/api/admin';
import { RoleEditor } from './role-editor';
import { roleDescription } from './role-draft';

export const SUPER_ADMIN = 'SUPER_ADMIN';

export function RoleAdmin() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { data, error, isLoading, mutate } = useQuery(ROLES_QUERY, { assignable: false });
  const [editing, setEditing] = useState<{ role: AdminRole | null } | null>(null);

  const columns: TableColumnsType<AdminRole> = [
    {
      key: 'name', title: t('admin.role.name'), width: 160, fixed: screens.md ? 'left' : undefined,
      render: (_, r) => <Space size={4}>{r.name}{r.builtin && <Tag>{t('admin.role.builtin')}</Tag>}</Space>,
    },
    {
      key: 'description', title: t('admin.role.description'), width: 240, ellipsis: { showTitle: false },
      // Built-in roles keep their English description on the server; the catalogue has it in every language.
      render: (_, r) => { const text = roleDescription(t, r); return <span title={text}>{text || t('common.none')}</span>; },
    },
    { key: 'permissions', title: t('admin.role.permissions'), width: 120, render: (_, r) => t('admin.role.permissionCount', { count: r.permissions.length }) },
    { key: 'read', title: t('admin.role.read'), width: 120, render: (_, r) => (r.code === SUPER_ADMIN ? scopeLabel(t, 'ALL') : scopeLabel(t, r.defaultScope.read)) },
    { key: 'write', title: t('admin.role.write'), width: 120, render: (_, r) => (r.code === SUPER_ADMIN ? scopeLabel(t, 'ALL') : scopeLabel(t, r.defaultScope.write)) },
    { key: 'transfer', title: t('admin.role.transfer'), width: 120, render: (_, r) => (r.code === SUPER_ADMIN ? scopeLabel(t, 'ALL') : scopeLabel(t, r.defaultScope.transfer)) },
    { key: 'modules', title: t('admin.role.overrides'), width: 100, render: (_, r) => r.moduleScopes.length || t('common.none') },
    {
      key: 'actions', title: t('common.actions'), width: 90, fixed: 'right',
      render: (_, r) => (r.code === SUPER_ADMIN
        ? <LockOutlined aria-label={t('admin.role.superAdminLocked')} title={t('admin.role.superAdminLocked')} />
        : !r.viewerCanEdit
          ? <LockOutlined aria-label={t('admin.role.beyondYou')} title={t('admin.role.beyondYou')} data-testid={`role-locked-${r.id}`} />
          : <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ role: r })} data-testid={`role-edit-${r.id}`}>{t('action.edit')}</Button>),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('admin.role.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ role: null })} data-testid="role-create">{t('admin.role.create')}</Button>
      </Flex>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<AdminRole> rowKey="id" size={screens.md ? 'middle' : 'small'} loading={isLoading} columns={columns} dataSource={data?.roles ?? []}
          pagination={false} scroll={{ x: 950 }} onRow={(r) => ({ 'data-testid': `role-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>} />
      </Card>
      <RoleEditor
        open={!!editing}
        role={editing?.role ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => { setEditing(null); message.success(t('admin.role.saved')); void mutate(); }}
      />
    </Space>
  );
}
