'use client';
// Creating or editing a schedule entry: title, all-day or times (end after start), reminder, participants, details,
// and the related record when it came from a record's page.
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { App, DatePicker, Drawer, Form, Grid, Input, Select, Switch, Tag } from 'antd';
import { gql } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { useMe } from '@/app/_lib/me';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import type { RecordRef } from '../../_components/activity/activity.api';
import { CREATE_ENTRY, REMINDER_CHOICES, type ScheduleEntryItem, UPDATE_ENTRY } from './schedule.api';
import { UsersSelect } from './users-select';
import { showFormErrors } from './work-errors';
import { DrawerFooter } from '../../_kit/form/drawer-footer';

interface Values { title: string; allDay: boolean; startAt: Dayjs; endAt: Dayjs; reminderMinutes: number | 'none'; participantIds: string[]; description?: string }
const FIELDS = ['title', 'allDay', 'startAt', 'endAt', 'reminderMinutes', 'participantIds', 'description'];

export function reminderLabel(t: Translate, minutes: number | null) {
  if (minutes === null) return t('schedule.reminder.none');
  if (minutes >= 1440 && minutes % 1440 === 0) return t('schedule.reminder.days', { n: minutes / 1440 });
  if (minutes >= 60 && minutes % 60 === 0) return t('schedule.reminder.hours', { n: minutes / 60 });
  return t('schedule.reminder.minutes', { n: minutes });
}

interface Props {
  open: boolean;
  entry?: ScheduleEntryItem | null;
  /** The start a new entry gets (a clicked day or hour). */
  start?: Dayjs | null;
  related?: RecordRef | null;
  onClose: () => void;
  onSaved: (entry: ScheduleEntryItem) => void;
}

export function EntryForm({ open, entry, start, related, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const allDay = Form.useWatch('allDay', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (entry) {
      form.setFieldsValue({
        title: entry.title, allDay: entry.allDay, startAt: dayjs(entry.startAt), endAt: dayjs(entry.endAt),
        reminderMinutes: entry.reminderMinutes ?? 'none', participantIds: entry.participants.map((p) => p.id), description: entry.description ?? '',
      });
    } else {
      const from = start ?? dayjs().add(1, 'hour').startOf('hour');
      form.setFieldsValue({ allDay: false, startAt: from, endAt: from.add(1, 'hour'), reminderMinutes: 15, participantIds: [] });
    }
  }, [open, entry, start, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    const input = {
      title: values.title.trim(), allDay: !!values.allDay, startAt: values.startAt.toISOString(), endAt: values.endAt.toISOString(),
      reminderMinutes: values.reminderMinutes === 'none' ? null : values.reminderMinutes, participantIds: values.participantIds ?? [],
      description: values.description ?? '',
      ...(!entry && related ? { relatedType: related.type, relatedId: related.id } : {}),
    };
    try {
      const saved = entry
        ? (await gql(UPDATE_ENTRY, { id: entry.id, input })).updateScheduleEntry
        : (await gql(CREATE_ENTRY, { input })).createScheduleEntry;
      message.success(t('schedule.saved'));
      onSaved(saved);
    } catch (error) {
      const rest = showFormErrors(t, form, error, FIELDS);
      if (rest) message.error(rest);
    } finally {
      setSaving(false);
    }
  };

  const shownRelated = entry?.related ?? related ?? null;
  const picker = allDay
    ? { format: 'YYYY-MM-DD' }
    : { showTime: { format: 'HH:mm', minuteStep: 5 as const }, format: 'YYYY-MM-DD HH:mm' };
  return (
    <Drawer
      open={open} onClose={onClose} title={entry ? t('schedule.edit') : t('schedule.create')} size={screens.md ? 520 : '100%'} destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} busy={saving} saveTestId="entry-save" />}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="entry-form" requiredMark>
        <Form.Item name="title" label={t('schedule.field.title')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('schedule.field.title') }) }]}>
          <Input maxLength={200} data-testid="entry-title" />
        </Form.Item>
        <Form.Item name="allDay" label={t('schedule.field.allDay')} valuePropName="checked">
          <Switch data-testid="entry-all-day" />
        </Form.Item>
        <Form.Item name="startAt" label={t('schedule.field.startAt')} rules={[{ required: true, message: t('validation.select', { field: t('schedule.field.startAt') }) }]}>
          <DatePicker {...picker} style={{ width: '100%' }} inputReadOnly={!screens.md} data-testid="entry-start"
            onChange={(v) => { const end = form.getFieldValue('endAt') as Dayjs | undefined; if (v && (!end || !end.isAfter(v))) form.setFieldValue('endAt', allDay ? v : v.add(1, 'hour')); }} />
        </Form.Item>
        <Form.Item name="endAt" label={t('schedule.field.endAt')} rules={[{ required: true, message: t('validation.select', { field: t('schedule.field.endAt') }) }]}>
          <DatePicker {...picker} style={{ width: '100%' }} inputReadOnly={!screens.md} data-testid="entry-end" />
        </Form.Item>
        <Form.Item name="reminderMinutes" label={t('schedule.field.reminder')}>
          <Select options={REMINDER_CHOICES.map((m) => ({ value: m ?? 'none', label: reminderLabel(t, m) }))} data-testid="entry-reminder" />
        </Form.Item>
        <Form.Item name="participantIds" label={t('schedule.field.participants')}>
          <UsersSelect known={entry?.participants ?? []} exclude={[entry?.owner?.id ?? me.user.id]} data-testid="entry-participants" />
        </Form.Item>
        <Form.Item name="description" label={t('schedule.field.description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        {shownRelated && (
          <Form.Item label={t('schedule.field.related')}>
            <Tag>{recordTypeLabel(t, shownRelated.type)} · {shownRelated.title}</Tag>
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
