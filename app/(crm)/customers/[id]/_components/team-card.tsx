'use client';
// The customer's team: the owner, then members (read-only or can-edit). Those who manage the customer may add,
// change and remove members.
import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Popconfirm, Space, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, type Document } from '@/app/_lib/graphql';
import { can, useMe } from '@/app/_lib/me';
import { testId } from '@/app/_lib/labels';
import { REMOVE_TEAM_MEMBER, SET_TEAM_MEMBER, type CustomerDetail, type TeamMember } from '@/app/_lib/api/customers';
import { UserPicker } from '@/app/_components/user-picker';
import { useChange } from '../../../_kit/form/use-change';

export function TeamCard({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const [userId, setUserId] = useState<string | undefined>();
  const [canEdit, setCanEdit] = useState(false);
  const manage = customer.viewerCanManage && can(me, 'customer:update');

  const { busy, change } = useChange(async () => onChanged());
  const run = <V,>(mutation: Document<unknown, V>, variables: V) => change(() => gql(mutation, variables));

  async function add() {
    if (!userId) return;
    if (await run(SET_TEAM_MEMBER, { customerId: customer.id, userId, canEdit })) {
      setUserId(undefined);
      setCanEdit(false);
    }
  }

  const exclude = [customer.owner?.id, ...customer.team.map((m) => m.userId)].filter((x): x is string => !!x);
  const name = (m: TeamMember) => m.user?.name ?? t('common.unknownUser', { id: m.userId });

  return (
    <Card size="small" title={t('detail.team')} data-testid="customer-team">
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{customer.owner?.name ?? t('common.pool')}</Typography.Text>
        <Tag color="gold">{t('team.owner')}</Tag>
      </Flex>
      {customer.team.length === 0 && <Typography.Text type="secondary">{t('team.empty')}</Typography.Text>}
      {customer.team.map((m) => (
        <Flex key={m.userId} align="center" justify="space-between" gap={8} wrap style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }} data-testid={`team-member-${m.userId}`}>
          <Typography.Text>{name(m)}</Typography.Text>
          {manage ? (
            <Space size={4}>
              <Switch
                size="small" checked={m.canEdit} disabled={busy}
                checkedChildren={t('team.canEdit')} unCheckedChildren={t('team.readOnly')}
                aria-label={`${t('team.canEdit')} ${name(m)}`}
                onChange={(checked) => run(SET_TEAM_MEMBER, { customerId: customer.id, userId: m.userId, canEdit: checked })}
                data-testid={`team-can-edit-${m.userId}`}
              />
              <Popconfirm title={t('team.removeConfirm', { name: name(m) })} okText={t('action.remove')} cancelText={t('action.cancel')}
                okButtonProps={{ danger: true, ...testId<object>('confirm-ok') }}
                onConfirm={() => run(REMOVE_TEAM_MEMBER, { customerId: customer.id, userId: m.userId })}>
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('action.remove')} ${name(m)}`} data-testid={`team-remove-${m.userId}`} />
              </Popconfirm>
            </Space>
          ) : <Tag>{m.canEdit ? t('team.canEdit') : t('team.readOnly')}</Tag>}
        </Flex>
      ))}
      {manage && (
        <Flex gap={8} wrap align="center" style={{ marginTop: 12 }}>
          <div style={{ flex: '1 1 160px', minWidth: 0 }}>
            <UserPicker source="directory" value={userId} onChange={(v) => setUserId(v)} exclude={exclude} data-testid="team-add-user" />
          </div>
          <Checkbox checked={canEdit} onChange={(e) => setCanEdit(e.target.checked)} data-testid="team-add-can-edit">{t('team.canEdit')}</Checkbox>
          <Button icon={<UserAddOutlined />} onClick={add} disabled={!userId} loading={busy} data-testid="team-add-submit">{t('team.add')}</Button>
        </Flex>
      )}
    </Card>
  );
}
