'use client';
// Positions (岗位) of one department: a title, not a permission. Add and rename.
import { useState } from 'react';
import { Button, Card, Flex, Input, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery, type Document } from '@/app/_lib/graphql';
import { useChange } from '../../../_kit/form/use-change';
import { CREATE_POSITION, POSITIONS_QUERY, UPDATE_POSITION, type AdminDepartment } from '@/app/_lib/api/admin';

export function PositionsCard({ department }: { department: AdminDepartment }) {
  const { t } = useI18n();
  const { data, mutate } = useQuery(POSITIONS_QUERY, { departmentId: department.id });
  const [name, setName] = useState('');
  const { busy, change } = useChange(mutate);
  const run = <V,>(mutation: Document<unknown, V>, variables: V) => change(() => gql(mutation, variables));

  const positions = data?.positions ?? [];
  return (
    <Card size="small" title={t('admin.dept.positions')} data-testid="department-positions">
      {positions.length === 0 && <Typography.Text type="secondary">{t('admin.dept.noPositions')}</Typography.Text>}
      <Space size={[6, 6]} wrap>
        {positions.map((p) => (
          <Tag key={p.id} data-testid={`position-${p.id}`}>
            <Typography.Text
              editable={{
                tooltip: t('action.rename'),
                onChange: (value) => { if (value.trim() && value.trim() !== p.name) void run(UPDATE_POSITION, { id: p.id, input: { name: value.trim() } }); },
              }}
            >
              {p.name}
            </Typography.Text>
          </Tag>
        ))}
      </Space>
      {department.enabled && (
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('admin.dept.positionName')} maxLength={100}
            onPressEnter={() => name.trim() && run(CREATE_POSITION, { input: { name: name.trim(), departmentId: department.id } }).then((ok) => ok && setName(''))}
            data-testid="position-name" />
          <Button icon={<PlusOutlined />} disabled={!name.trim()} loading={busy} data-testid="position-add"
            onClick={() => run(CREATE_POSITION, { input: { name: name.trim(), departmentId: department.id } }).then((ok) => ok && setName(''))}>
            {t('admin.dept.addPosition')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
