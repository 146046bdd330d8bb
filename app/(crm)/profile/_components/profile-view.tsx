'use client';
// The profile page: account (read-only), own phone/email/address, password change, API tokens.
import { App, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { useMe } from '@/app/_lib/me';
import { USER_STATUS_COLORS, permissionLabel, userStatusLabel } from '@/app/_lib/labels';
import { DEPARTMENTS_QUERY } from '@/app/_lib/api/departments';
import { ChangePasswordForm } from '@/app/_components/change-password-form';
import { ProfileForm } from './profile-form';
import { ApiTokens } from './api-tokens';

export function ProfileView() {
  const { t } = useI18n();
  const { me, refresh } = useMe();
  const { message } = App.useApp();
  const { data } = useQuery(DEPARTMENTS_QUERY);
  const department = data?.departments.find((d) => d.id === me.user.departmentId)?.name;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('profile.title')}</Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('profile.account')} style={{ height: '100%' }}>
            <Descriptions size="small" column={1} items={[
              { key: 'username', label: t('user.field.username'), children: me.user.username },
              { key: 'name', label: t('user.field.name'), children: me.user.name },
              { key: 'department', label: t('user.field.department'), children: department ?? t('common.none') },
              { key: 'status', label: t('user.field.status'), children: <Tag color={USER_STATUS_COLORS[me.user.status]}>{userStatusLabel(t, me.user.status)}</Tag> },
              {
                key: 'permissions', label: t('profile.permissions'),
                children: <Space size={[4, 4]} wrap>{me.permissions.map((p) => <Tag key={p} title={p}>{permissionLabel(t, p)}</Tag>)}</Space>,
              },
            ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('profile.contactInfo')} style={{ height: '100%' }}>
            <ProfileForm onSaved={() => { message.success(t('common.saved')); void refresh(); }} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('profile.password')}>
            <ChangePasswordForm
              username={me.user.username}
              onDone={(signedIn) => {
                message.success(t('password.changed'));
                if (signedIn) void refresh();
                else window.location.assign('/login');
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ApiTokens />
        </Col>
      </Row>
    </Space>
  );
}
