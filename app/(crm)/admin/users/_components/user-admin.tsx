'use client';
// Users you administer: filters, server-side paging, and per-user actions (disabling hands their records over).
import { useState } from 'react';
import { App, Button, Card, Col, Flex, Grid, Input, Row, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleOutlined, EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { USER_STATUS_COLORS, testId, userStatusLabel } from '@/app/_lib/labels';
import { useMe } from '@/app/_lib/me';
import {
  ENABLE_USER, ROLES_QUERY, USERS_QUERY, USER_STATUSES,
  type AdminUser, type UserFilter,
} from '@/app/_lib/api/admin';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { UserFormDrawer } from './user-form-drawer';
import { ResetPasswordModal } from './reset-password-modal';
import { OffboardingModal } from './offboarding-modal';
import { AdminTable, usePagedFilter } from '../../_components/admin-table';
import { offboardingSummary } from './offboarding-summary';

export function UserAdmin() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { update, page, setPage, variables } = usePagedFilter<UserFilter>();
  const [editing, setEditing] = useState<{ user: AdminUser | null } | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [offboarding, setOffboarding] = useState<AdminUser | null>(null);
  const { data, error, isLoading, mutate } = useQuery(USERS_QUERY, variables, { keepPreviousData: true });
  const { data: roles } = useQuery(ROLES_QUERY, { assignable: false });

  // Disabling goes through offboarding (the user's records are handed over); enabling is a plain confirmation.
  const toggle = (u: AdminUser) => (u.status === 'DISABLED' ? enable(u) : setOffboarding(u));
  const enable = (u: AdminUser) => modal.confirm({
    title: t('admin.user.enableConfirm', { name: u.name }),
    okText: t('action.confirm'),
    cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'),
    onOk: async () => {
      try {
        await gql(ENABLE_USER, { id: u.id });
        message.success(t('admin.user.enabledDone'));
        await mutate();
      } catch (e) {
        message.error(formErrorsOf(t, e, []).message ?? errorMessage(t, e));
      }
    },
  });

  const columns: TableColumnsType<AdminUser> = [
    { key: 'username', dataIndex: 'username', title: t('user.field.username'), width: 120, fixed: screens.md ? 'left' : undefined },
    { key: 'name', dataIndex: 'name', title: t('user.field.name'), width: 100 },
    { key: 'department', title: t('user.field.department'), width: 120, render: (_, u) => u.department?.name },
    { key: 'position', title: t('user.field.position'), width: 100, render: (_, u) => u.position?.name },
    { key: 'roles', title: t('user.field.roles'), width: 200, render: (_, u) => <Space size={[4, 4]} wrap>{u.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>)}</Space> },
    {
      key: 'status', title: t('user.field.status'), width: 150,
      render: (_, u) => (
        <Space size={4} wrap>
          <Tag color={USER_STATUS_COLORS[u.status]}>{userStatusLabel(t, u.status)}</Tag>
          {u.mustChangePassword && u.status !== 'DISABLED' && <Tag color="orange">{t('admin.user.mustChange')}</Tag>}
        </Space>
      ),
    },
    { key: 'phone', dataIndex: 'phone', title: t('user.field.phone'), width: 130 },
    { key: 'email', dataIndex: 'email', title: t('user.field.email'), width: 190, ellipsis: true },
    { key: 'lastLoginAt', title: t('user.field.lastLoginAt'), width: 150, render: (_, u) => formatDateTime(u.lastLoginAt) },
    {
      key: 'actions', title: t('common.actions'), width: 120, fixed: 'right',
      // Users whose rights exceed yours are left to a super administrator (the server refuses them too).
      render: (_, u) => u.id === me.user.id ? null : !u.viewerCanAdminister ? (
        <Tooltip title={t('admin.user.beyondYou')}><LockOutlined aria-label={t('admin.user.beyondYou')} data-testid={`user-locked-${u.username}`} /></Tooltip>
      ) : (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} aria-label={`${t('action.edit')} ${u.username}`} onClick={() => setEditing({ user: u })} data-testid={`user-edit-${u.username}`} />
          <Button type="link" size="small" danger={u.status !== 'DISABLED'} icon={u.status === 'DISABLED' ? <CheckCircleOutlined /> : <StopOutlined />}
            aria-label={`${u.status === 'DISABLED' ? t('action.enable') : t('action.disable')} ${u.username}`} onClick={() => toggle(u)} data-testid={`user-toggle-${u.username}`} />
          {u.viewerCanResetPassword && <Button type="link" size="small" icon={<KeyOutlined />} aria-label={`${t('action.resetPassword')} ${u.username}`} onClick={() => setResetting(u)} data-testid={`user-reset-${u.username}`} />}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('admin.user.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })} data-testid="user-create">{t('admin.user.create')}</Button>
      </Flex>
      <Card size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={8}>
            <Input.Search placeholder={t('admin.user.keyword')} aria-label={t('admin.user.keyword')} allowClear enterButton data-testid="user-filter-keyword"
              onSearch={(v) => update({ keyword: v.trim() || undefined })} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <DepartmentTreeSelect allowClear placeholder={t('user.field.department')} onChange={(v) => update({ departmentId: v })} data-testid="user-filter-department" />
          </Col>
          <Col xs={12} md={12} xl={5}>
            <Select allowClear style={{ width: '100%' }} placeholder={t('admin.user.allStatuses')} aria-label={t('user.field.status')} data-testid="user-filter-status"
              options={USER_STATUSES.map((s) => ({ value: s, label: userStatusLabel(t, s) }))} onChange={(v) => update({ status: v })} />
          </Col>
          <Col xs={12} md={12} xl={5}>
            <Select allowClear style={{ width: '100%' }} placeholder={t('admin.user.allRoles')} aria-label={t('user.field.roles')} data-testid="user-filter-role"
              options={(roles?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))} onChange={(v) => update({ roleId: v })} />
          </Col>
        </Row>
      </Card>
      <AdminTable<AdminUser>
        rows={data?.users.nodes ?? []} total={data?.users.totalCount ?? 0} loading={isLoading} error={error} columns={columns}
        scrollX={1400} rowTestId={(u) => `user-row-${u.username}`} page={page} onPage={setPage}
      />
      <UserFormDrawer
        open={!!editing}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={(created) => { setEditing(null); message.success(created ? t('admin.user.created') : t('common.saved')); void mutate(); }}
      />
      <OffboardingModal
        user={offboarding}
        onClose={() => setOffboarding(null)}
        onDone={(result) => {
          setOffboarding(null);
          message.success({ content: <span data-testid="offboarding-done">{offboardingSummary(t, result)}</span>, duration: 8 });
          void mutate();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onDone={() => { setResetting(null); message.success(t('admin.user.resetDone')); void mutate(); }} />
    </Space>
  );
}
