'use client';
// Who is behind (seed 002 §3.4): one card per person — core and high-growth customers held against the quota,
// overdue, due soon and short of their level's criteria. Cards, not a wide table, so a manager reads it on a phone.
import { Card, Flex, List, Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { DepartmentRow, PersonRow, Rules } from './compliance.api';

function Figures({ row, rules }: { row: PersonRow | DepartmentRow; rules: Rules | null }) {
  const { t } = useI18n();
  const short = (n: number, min: number) => rules && 'person' in row && row.customers > 0 && n < min;
  return (
    <Flex wrap gap={4}>
      <Tag color={short(row.core, rules?.minCore ?? 0) ? 'orange' : 'default'}>{t('compliance.core')} {row.core}{rules && 'person' in row ? `/${rules.minCore}` : ''}</Tag>
      <Tag color={short(row.highGrowth, rules?.minHighGrowth ?? 0) ? 'orange' : 'default'}>{t('compliance.highGrowth')} {row.highGrowth}{rules && 'person' in row ? `/${rules.minHighGrowth}` : ''}</Tag>
      <Tag color={row.overdue ? 'red' : 'default'}>{t('compliance.overdue')} {row.overdue}</Tag>
      <Tag color={row.dueSoon ? 'gold' : 'default'}>{t('compliance.dueSoon')} {row.dueSoon}</Tag>
      <Tag color={row.criteria ? 'purple' : 'default'}>{t('compliance.criteria')} {row.criteria}</Tag>
    </Flex>
  );
}

export function PeopleList({ people, rules, onPick }: { people: PersonRow[]; rules: Rules; onPick: (userId: string) => void }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('compliance.people')} data-testid="compliance-people">
      <List
        dataSource={people} locale={{ emptyText: t('compliance.noPeople') }}
        renderItem={(row) => (
          <List.Item key={row.person.id} style={{ cursor: 'pointer', paddingInline: 0 }} onClick={() => onPick(row.person.id)} data-testid={`compliance-person-${row.person.username}`}>
            <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>{row.person.name}<Typography.Text type="secondary"> · {row.person.departmentName ?? '—'}</Typography.Text></Typography.Text>
                {row.behind ? <Tag color="red">{t('compliance.behind')}</Tag> : row.customers ? <Tag color="green">{t('compliance.onTrack')}</Tag> : <Tag>{t('compliance.noCustomers')}</Tag>}
              </Flex>
              <Figures row={row} rules={rules} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function DepartmentList({ departments, onPick }: { departments: DepartmentRow[]; onPick: (departmentId: string) => void }) {
  const { t } = useI18n();
  if (!departments.length) return null;
  return (
    <Card size="small" title={t('compliance.departments')} data-testid="compliance-departments">
      <List
        dataSource={departments}
        renderItem={(row) => (
          <List.Item key={row.department.id} style={{ cursor: 'pointer', paddingInline: 0 }} onClick={() => onPick(row.department.id)}>
            <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong ellipsis>{row.department.name}</Typography.Text>
                <Typography.Text type={row.behind ? 'danger' : 'secondary'}>{t('compliance.behindOf', { behind: row.behind, people: row.people })}</Typography.Text>
              </Flex>
              <Figures row={row} rules={null} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
