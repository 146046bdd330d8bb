'use client';
// The three calendar views over the entries of their days: a month (antd Calendar; on a phone a small calendar with
// dots and the chosen day's agenda below), a week (seven columns; on a phone a list by day) and a day (an agenda).
import dayjs, { type Dayjs } from 'dayjs';
import { Badge, Calendar, Card, Col, Empty, Flex, Grid, Row, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { type ScheduleEntryItem, timeOf } from './schedule.api';

interface ViewProps {
  days: string[];
  byDay: Map<string, ScheduleEntryItem[]>;
  focus: string;
  today: string;
  onFocus: (day: string) => void;
  onOpen: (entry: ScheduleEntryItem) => void;
  onCreate: (day: string) => void;
}

const color = (e: ScheduleEntryItem) => (e.source === 'FOLLOW_UP' ? '#722ed1' : e.allDay ? '#fa8c16' : '#1677ff');

export function EntryChip({ entry, onOpen, wide }: { entry: ScheduleEntryItem; onOpen: (e: ScheduleEntryItem) => void; wide?: boolean }) {
  const { t } = useI18n();
  return (
    <div
      role="button" tabIndex={0} onClick={(ev) => { ev.stopPropagation(); onOpen(entry); }} onKeyDown={(ev) => { if (ev.key === 'Enter') onOpen(entry); }}
      data-testid={`entry-${entry.id}`}
      style={{ borderInlineStart: `3px solid ${color(entry)}`, background: '#fafafa', padding: wide ? '6px 8px' : '1px 4px', marginBottom: 4, borderRadius: 4, cursor: 'pointer', overflow: 'hidden' }}
    >
      <Typography.Text style={{ fontSize: wide ? 14 : 12 }} ellipsis={!wide}>
        <Typography.Text type="secondary" style={{ fontSize: wide ? 13 : 11 }}>{entry.allDay ? t('schedule.allDay') : timeOf(entry.startAt)}</Typography.Text>{' '}
        {entry.title}
      </Typography.Text>
      {wide && entry.related && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{entry.related.title}</Typography.Text></div>}
    </div>
  );
}

function Agenda({ day, entries, onOpen }: { day: string; entries: ScheduleEntryItem[]; onOpen: (e: ScheduleEntryItem) => void }) {
  const { t } = useI18n();
  return (
    <Flex vertical data-testid={`agenda-${day}`}>
      {entries.length ? entries.map((e) => <EntryChip key={e.id} entry={e} onOpen={onOpen} wide />) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.empty')} />}
    </Flex>
  );
}

const MAX_IN_CELL = 3;

export function MonthView({ byDay, focus, today, onFocus, onOpen, onCreate }: ViewProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const value = dayjs(focus);
  const keyOf = (d: Dayjs) => d.format('YYYY-MM-DD');
  if (!screens.md) {
    return (
      <Flex vertical gap={12}>
        <Card size="small" styles={{ body: { padding: 4 } }}>
          <Calendar
            fullscreen={false} value={value} headerRender={() => null}
            onSelect={(d, info) => { if (info.source === 'date') onFocus(keyOf(d)); }}
            fullCellRender={(d) => {
              const key = keyOf(d);
              const count = byDay.get(key)?.length ?? 0;
              const selected = key === focus;
              return (
                <div data-testid={`day-${key}`} style={{ padding: '2px 0', borderRadius: 6, background: selected ? '#1677ff' : undefined, color: selected ? '#fff' : key === today ? '#1677ff' : undefined, opacity: d.month() === value.month() ? 1 : 0.45 }}>
                  <div>{d.date()}</div>
                  <div style={{ height: 6, lineHeight: '6px' }}>{count > 0 && <Badge color={selected ? '#fff' : '#1677ff'} />}</div>
                </div>
              );
            }}
          />
        </Card>
        <Card size="small" title={dayjs(focus).format('YYYY-MM-DD ddd')}>
          <Agenda day={focus} entries={byDay.get(focus) ?? []} onOpen={onOpen} />
        </Card>
      </Flex>
    );
  }
  return (
    <Card size="small" styles={{ body: { padding: 8 } }}>
      <Calendar
        value={value} headerRender={() => null}
        onSelect={(d, info) => { if (info.source === 'date') { onFocus(keyOf(d)); } }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const key = keyOf(d);
          const entries = byDay.get(key) ?? [];
          return (
            <div data-testid={`day-${key}`} onDoubleClick={() => onCreate(key)} style={{ minHeight: 60 }}>
              {entries.slice(0, MAX_IN_CELL).map((e) => <EntryChip key={`${e.id}-${key}`} entry={e} onOpen={onOpen} />)}
              {entries.length > MAX_IN_CELL && <Typography.Text type="secondary" style={{ fontSize: 12 }} onClick={() => onFocus(key)}>{t('schedule.more', { count: entries.length - MAX_IN_CELL })}</Typography.Text>}
            </div>
          );
        }}
      />
    </Card>
  );
}

export function WeekView({ days, byDay, today, onOpen, onCreate }: ViewProps) {
  const screens = Grid.useBreakpoint();
  const title = (day: string) => (
    <Typography.Text strong style={{ color: day === today ? '#1677ff' : undefined }}>{dayjs(day).format(screens.md ? 'MM-DD ddd' : 'YYYY-MM-DD ddd')}</Typography.Text>
  );
  if (!screens.md) {
    return (
      <Flex vertical gap={8}>
        {days.map((day) => (
          <Card key={day} size="small" title={title(day)} styles={{ body: { padding: 8 } }} onClick={() => undefined}>
            <Agenda day={day} entries={byDay.get(day) ?? []} onOpen={onOpen} />
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Row gutter={8} wrap={false} style={{ overflowX: 'auto' }}>
      {days.map((day) => (
        <Col key={day} flex="1 0 0" style={{ minWidth: 130 }}>
          <Card size="small" title={title(day)} styles={{ body: { padding: 6, minHeight: 320 } }} onDoubleClick={() => onCreate(day)} data-testid={`week-${day}`}>
            {(byDay.get(day) ?? []).map((e) => <EntryChip key={`${e.id}-${day}`} entry={e} onOpen={onOpen} wide />)}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function DayView({ focus, byDay, onOpen }: ViewProps) {
  return (
    <Card size="small" title={dayjs(focus).format('YYYY-MM-DD dddd')}>
      <Agenda day={focus} entries={byDay.get(focus) ?? []} onOpen={onOpen} />
    </Card>
  );
}
