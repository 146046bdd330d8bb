'use client';
// What one person is doing now: today's schedule, open tasks (overdue marked), latest follow-ups (each opens with
// its comment box) and latest reports. In a drawer, full width on a phone.
import { useState } from 'react';
import Link from 'next/link';
import { Card, Drawer, Empty, Flex, Grid, Result, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { FollowUpDrawer } from '../../_components/activity/follow-up-detail';
import { FollowUpHeadline } from '../../_components/activity/follow-up-view';
import { KIND_COLORS, type ReportKind } from '../../reports/_components/reports.api';
import { PERSON_NOW_QUERY } from './supervision.api';
import { RecordLink } from './followups-tab';

const time = (iso: string) => formatDateTime(iso).slice(11);
const ROW: React.CSSProperties = { padding: '8px 0', borderTop: '1px solid rgba(5, 5, 5, 0.06)' };
/** One line of a section (the first without its top border). */
const line = (i: number): React.CSSProperties => (i ? ROW : { ...ROW, borderTop: undefined });

function Section({ title, empty, children, count, testId }: { title: string; empty: string; children: React.ReactNode; count: number; testId: string }) {
  return (
    <Card size="small" title={title} data-testid={testId} styles={{ body: { padding: count ? '4px 12px' : 12 } }}>
      {count ? children : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: 0 }} />}
    </Card>
  );
}

function NowView({ userId }: { userId: string }) {
  const { t } = useI18n();
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, error, isLoading, mutate } = useQuery(PERSON_NOW_QUERY, { userId });
  if (error) return <Result status={error.code === 'NOT_FOUND' ? '404' : 'error'} title={errorMessage(t, error)} />;
  if (isLoading || !data) return <Skeleton active />;
  const now = data.personNow;
  return (
    <Flex vertical gap={12} data-testid="person-now">
      <Flex gap={8} wrap align="baseline">
        <Typography.Title level={5} style={{ margin: 0 }}>{now.person.name}</Typography.Title>
        <Typography.Text type="secondary">{now.person.departmentName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('supervision.now.lastLogin')} {formatDateTime(now.lastLoginAt)}</Typography.Text>
      </Flex>
      <Section title={t('supervision.now.today')} empty={t('supervision.now.noSchedule')} count={now.todaySchedule.length} testId="now-schedule">
        {now.todaySchedule.map((e, i) => (
          <div key={e.id} style={line(i)}>
            <Flex gap={8} style={{ minWidth: 0 }}>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{e.allDay ? t('supervision.now.allDay') : `${time(e.startAt)}–${time(e.endAt)}`}</Typography.Text>
              <Typography.Text style={{ wordBreak: 'break-word' }}>{e.title}</Typography.Text>
            </Flex>
          </div>
        ))}
      </Section>
      <Section title={t('supervision.now.tasks', { open: now.openTaskCount, overdue: now.overdueTaskCount })} empty={t('supervision.now.noTasks')} count={now.openTasks.length} testId="now-tasks">
        {now.openTasks.map((task, i) => (
          <div key={task.id} style={line(i)}>
            <Flex justify="space-between" gap={8} style={{ width: '100%', minWidth: 0 }}>
              <Typography.Text style={{ wordBreak: 'break-word' }}>{task.title}</Typography.Text>
              <Typography.Text type={task.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
                {task.dueAt ? formatDateTime(task.dueAt) : t('supervision.task.noDue')}
              </Typography.Text>
            </Flex>
          </div>
        ))}
      </Section>
      <Section title={t('supervision.now.followUps')} empty={t('supervision.now.noFollowUps')} count={now.latestFollowUps.length} testId="now-followups">
        {now.latestFollowUps.map((f, i) => (
          <div key={f.id} role="button" tabIndex={0} onClick={() => setOpenId(f.id)} onKeyDown={(e) => { if (e.key === 'Enter') setOpenId(f.id); }}
            style={{ ...line(i), cursor: 'pointer' }}>
            <FollowUpHeadline followUp={f} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}><RecordLink followUp={f} /></Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, wordBreak: 'break-word' }}>{f.result}</Typography.Paragraph>
          </div>
        ))}
      </Section>
      <Section title={t('supervision.now.reports')} empty={t('supervision.now.noReports')} count={now.latestReports.length} testId="now-reports">
        {now.latestReports.map((r, i) => (
          <div key={r.id} style={line(i)}>
            <Flex gap={6} wrap align="center">
              <Tag color={KIND_COLORS[r.kind as ReportKind]}>{t(`report.kind.${r.kind}` as MessageKey)}</Tag>
              <Link href={`/reports/${r.id}`} style={{ wordBreak: 'break-word' }}>{r.subject}</Link>
            </Flex>
          </div>
        ))}
      </Section>
      <FollowUpDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void mutate()} />
    </Flex>
  );
}

export function PersonNowDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={!!userId} onClose={onClose} size={screens.md ? 560 : '100%'} destroyOnHidden title={t('supervision.now')}>
      {userId && <NowView userId={userId} />}
    </Drawer>
  );
}
