'use client';
// The schedule page: month / week / day views of one person's calendar (mine by default; leaders may pick a
// colleague), moving back and forth, and creating entries. `?entry=<id>` opens an entry (where reminders lead);
// `?new=1&relatedType=…&relatedId=…&relatedTitle=…` starts one about a record.
import { useCallback, useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Button, Flex, Grid, Segmented, Space, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { revalidateQueries, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { UserPicker } from '@/app/_components/user-picker';
import {
  type CalendarView, ENTRIES_QUERY, ENTRY_QUERY, type ScheduleEntryItem, addDays, dayKey, entriesByDay, rangeOf, startOfDay, viewDays,
} from './schedule.api';
import { DayView, MonthView, WeekView } from './calendar-views';
import { EntryDetail } from './entry-detail';
import { EntryForm } from './entry-form';

function shift(view: CalendarView, focus: string, direction: 1 | -1): string {
  if (view === 'day') return addDays(focus, direction);
  if (view === 'week') return addDays(focus, 7 * direction);
  return startOfDay(focus).add(direction, 'month').format('YYYY-MM-DD');
}

export function ScheduleView() {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const screens = Grid.useBreakpoint();
  const today = dayKey(new Date());
  const [view, setView] = useState<CalendarView>('month');
  const [focus, setFocus] = useState(today);
  const [userId, setUserId] = useState<string | undefined>();
  const [formOpen, setFormOpen] = useState(params.get('new') === '1');
  const [editing, setEditing] = useState<ScheduleEntryItem | null>(null);
  const [start, setStart] = useState<Dayjs | null>(null);
  const openId = params.get('entry');
  const related = params.get('relatedType') && params.get('relatedId')
    ? { type: params.get('relatedType')!, id: params.get('relatedId')!, title: params.get('relatedTitle') ?? `#${params.get('relatedId')}` }
    : null;
  const leader = can(me, 'supervision:comment');
  const days = useMemo(() => viewDays(view, focus), [view, focus]);
  const { data, error, isLoading } = useQuery(ENTRIES_QUERY, { ...rangeOf(days), userId: userId ?? null }, { keepPreviousData: true });
  const byDay = useMemo(() => entriesByDay(data?.scheduleEntries ?? [], days), [data, days]);
  const refresh = useCallback(() => void revalidateQueries(ENTRIES_QUERY, ENTRY_QUERY), []);
  const setOpen = (id: string | null) => router.replace(id ? `${pathname}?entry=${id}` : pathname, { scroll: false });
  const create = (day?: string) => {
    setEditing(null);
    setStart(day ? dayjs(`${day}T09:00`) : null);
    setFormOpen(true);
  };
  const label = view === 'month' ? dayjs(focus).format('YYYY-MM') : view === 'week' ? `${days[0]} – ${days[6].slice(5)}` : focus;
  const viewProps = { days, byDay, focus, today, onFocus: setFocus, onOpen: (e: ScheduleEntryItem) => setOpen(e.id), onCreate: (day: string) => create(day) };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('schedule.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => create(view === 'month' && screens.md ? undefined : focus)} data-testid="entry-create">{t('schedule.create')}</Button>
      </Flex>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space size={4} wrap>
          <Button icon={<LeftOutlined />} aria-label={t('schedule.prev')} onClick={() => setFocus(shift(view, focus, -1))} data-testid="calendar-prev" />
          <Button onClick={() => setFocus(today)} data-testid="calendar-today">{t('schedule.today')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('schedule.next')} onClick={() => setFocus(shift(view, focus, 1))} data-testid="calendar-next" />
          <Typography.Text strong style={{ marginInlineStart: 8 }} data-testid="calendar-label">{label}</Typography.Text>
        </Space>
        <Space size={8} wrap>
          {leader && <UserPicker source="directory" allowClear value={userId} onChange={setUserId} placeholder={t('schedule.person')} style={{ width: 180 }} data-testid="calendar-person" />}
          <Segmented<CalendarView>
            value={view} onChange={setView} data-testid="calendar-view"
            options={[{ value: 'month', label: t('schedule.view.month') }, { value: 'week', label: t('schedule.view.week') }, { value: 'day', label: t('schedule.view.day') }]}
          />
        </Space>
      </Flex>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      <div style={{ opacity: isLoading ? 0.6 : 1 }} data-testid={`calendar-${view}`}>
        {view === 'month' && <MonthView {...viewProps} />}
        {view === 'week' && <WeekView {...viewProps} />}
        {view === 'day' && <DayView {...viewProps} />}
      </div>
      <EntryDetail id={openId} onClose={() => setOpen(null)} onChanged={refresh} onEdit={(entry) => { setEditing(entry); setFormOpen(true); }} />
      <EntryForm open={formOpen} entry={editing} start={start} related={editing ? null : related} onClose={() => setFormOpen(false)}
        onSaved={() => { setFormOpen(false); refresh(); }} />
    </Flex>
  );
}
