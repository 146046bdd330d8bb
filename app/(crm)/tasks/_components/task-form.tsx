'use client';
// Creating or editing a task: title, description, due time (none: Inbox), priority, assignee (leaders: anyone in
// their task write scope; empty means yourself) and the record it is about — fixed when it came from a record's
// page, otherwise a customer, opportunity or contract picked here (or none).
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { App, Button, DatePicker, Drawer, Form, Grid, Input, Select, Space, Tag } from 'antd';
import { gql } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { UserPicker } from '@/app/_components/user-picker';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import type { RecordRef } from '../../_components/activity/activity.api';
import { showFormErrors } from '../../schedule/_components/work-errors';
import { RelatedSelect } from './related-select';
import { CREATE_TASK, TASK_PRIORITIES, type TaskItem, type TaskPriority, UPDATE_TASK } from './tasks.api';

interface Values { title: string; description?: string; dueAt?: Dayjs | null; priority: TaskPriority; assigneeId?: string | null; related?: RecordRef | null }
const FIELDS = ['title', 'description', 'dueAt', 'priority', 'assigneeId'];

interface Props {
  open: boolean;
  task?: TaskItem | null;
  related?: RecordRef | null;
  onClose: () => void;
  onSaved: (task: TaskItem) => void;
}

export function TaskForm({ open, task, related, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(task ? {
      title: task.title, description: task.description ?? '', dueAt: task.dueAt ? dayjs(task.dueAt) : null, priority: task.priority, assigneeId: task.assignee?.id ?? null,
      related: task.related ?? null,
    } : { priority: 'NORMAL', dueAt: null, assigneeId: null, related: null });
  }, [open, task, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    const input = {
      title: values.title.trim(), description: values.description ?? '', dueAt: values.dueAt ? values.dueAt.toISOString() : null, priority: values.priority,
      assigneeId: values.assigneeId || undefined,
      ...relatedInput(values.related ?? null),
    };
    try {
      const data = task
        ? (await gql(UPDATE_TASK, { id: task.id, input })).updateTask
        : (await gql(CREATE_TASK, { input })).createTask;
      message.success(t('task.saved'));
      onSaved(data);
    } catch (error) {
      const rest = showFormErrors(t, form, error, FIELDS);
      if (rest) message.error(rest);
    } finally {
      setSaving(false);
    }
  };

  /** A new task about the page's record, or the one picked; an edit sends the record only when it changed. */
  function relatedInput(picked: RecordRef | null) {
    if (!task) {
      const chosen = related ?? picked;
      return chosen ? { relatedType: chosen.type, relatedId: chosen.id } : {};
    }
    const before = task.related ?? null;
    if (before?.type === picked?.type && before?.id === picked?.id) return {};
    return { relatedType: picked?.type ?? null, relatedId: picked?.id ?? null };
  }

  const fixedRelated = !task && related ? related : null;
  return (
    <Drawer
      open={open} onClose={onClose} title={task ? t('task.edit') : t('task.create')} size={screens.md ? 520 : '100%'} destroyOnHidden
      footer={(
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="task-save">{t('action.save')}</Button>
        </Space>
      )}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="task-form" requiredMark>
        <Form.Item name="title" label={t('task.field.title')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('task.field.title') }) }]}>
          <Input maxLength={200} data-testid="task-title" />
        </Form.Item>
        <Form.Item name="description" label={t('task.field.description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('task.field.dueAt')} extra={t('task.box.inboxHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="task-due" inputReadOnly={!screens.md} />
        </Form.Item>
        <Form.Item name="priority" label={t('task.field.priority')}>
          <Select options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`task.priority.${p}` as MessageKey) }))} data-testid="task-priority" />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('task.field.assignee')} extra={t('task.assigneeHint')}>
          <UserPicker source="transfer" module="task" allowClear data-testid="task-assignee" />
        </Form.Item>
        {fixedRelated ? (
          <Form.Item label={t('task.field.related')}>
            <Tag data-testid="task-related-fixed">{recordTypeLabel(t, fixedRelated.type)} · {fixedRelated.title}</Tag>
          </Form.Item>
        ) : (
          <Form.Item name="related" label={t('task.field.related')}>
            <RelatedSelect data-testid="task-related" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
