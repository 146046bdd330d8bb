'use client';
// The follow-up form (跟进记录): subject and method, when, the template fields (participants / objective /
// result / next step), next contact time, substantive flag and attachments. Creates or edits one follow-up.
import { useEffect, useState } from 'react';
import { App, AutoComplete, Checkbox, Col, DatePicker, Drawer, Form, Grid, Input, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { gql } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { GraphQLRequestError } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { CREATE_FOLLOW_UP, STANDARD_SUBJECTS, UPDATE_FOLLOW_UP, type FollowUpItem } from './activity.api';
import { DictionarySelect } from '../../_kit/fields/dictionary-select';
import { activityServerMessage } from './activity-labels';
import { AttachmentUpload } from './attachment-upload';
import { DrawerFooter } from '../../_kit/form/drawer-footer';

interface Values {
  subject: string;
  /** An option code of the 跟进方式 dictionary. */
  method: string;
  occurredAt: Dayjs;
  nextContactAt?: Dayjs | null;
  substantive: boolean;
  participants?: string;
  objective: string;
  result: string;
  nextStep?: string;
  attachmentIds?: string[];
}

const FIELDS = ['subject', 'method', 'occurredAt', 'nextContactAt', 'substantive', 'participants', 'objective', 'result', 'nextStep', 'attachmentIds'];

interface Props {
  open: boolean;
  /** The record to log on (create), or the follow-up to edit. */
  parent?: { type: string; id: string } | null;
  followUp?: FollowUpItem | null;
  onClose: () => void;
  onSaved: () => void;
}

export function FollowUpForm({ open, parent, followUp, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const occurredAt = Form.useWatch('occurredAt', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(followUp ? {
      subject: followUp.subject, method: followUp.method, occurredAt: dayjs(followUp.occurredAt),
      nextContactAt: followUp.nextContactAt ? dayjs(followUp.nextContactAt) : null, substantive: followUp.substantive,
      participants: followUp.participants ?? '', objective: followUp.objective, result: followUp.result, nextStep: followUp.nextStep ?? '',
    } : { subject: '致电', method: 'PHONE', occurredAt: dayjs(), substantive: true });
  }, [open, followUp, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    const input = {
      subject: values.subject?.trim(), method: values.method, occurredAt: values.occurredAt.toISOString(),
      nextContactAt: values.nextContactAt ? values.nextContactAt.toISOString() : null, substantive: !!values.substantive,
      participants: values.participants ?? '', objective: values.objective, result: values.result, nextStep: values.nextStep ?? '',
      attachmentIds: values.attachmentIds?.length ? values.attachmentIds : undefined,
    };
    try {
      if (followUp) await gql(UPDATE_FOLLOW_UP, { id: followUp.id, input });
      else await gql(CREATE_FOLLOW_UP, { input: { ...input, parentType: parent!.type, parentId: parent!.id } });
      message.success(t('followup.saved'));
      onSaved();
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.fields.length) {
        const known = error.fields.filter((f) => FIELDS.includes(f.field));
        form.setFields(known.map((f) => ({ name: f.field as keyof Values, errors: [activityServerMessage(t, f.message)] })));
        if (known.length < error.fields.length) message.error(errorMessage(t, error));
      } else {
        message.error(errorMessage(t, error));
      }
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => [{ required: true, whitespace: true, message: t('validation.required', { field }) }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={followUp ? t('followup.edit') : t('followup.create')}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} busy={saving} saveTestId="followup-save" />}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t('followup.template')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="followup-form" requiredMark>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="subject" label={t('followup.field.subject')} rules={required(t('followup.field.subject'))}>
              <AutoComplete options={STANDARD_SUBJECTS.map((s) => ({ value: s }))} maxLength={50} data-testid="followup-subject" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="method" label={t('followup.field.method')} rules={[{ required: true, message: t('validation.select', { field: t('followup.field.method') }) }]}>
              <DictionarySelect kind="followup_method" allowClear={false} data-testid="followup-method" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="occurredAt" label={t('followup.field.occurredAt')} rules={[{ required: true, message: t('validation.select', { field: t('followup.field.occurredAt') }) }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="followup-occurred" />
        </Form.Item>
        <Form.Item name="participants" label={t('followup.field.participants')} extra={t('followup.field.participantsHint')}>
          <Input maxLength={200} data-testid="followup-participants" />
        </Form.Item>
        <Form.Item name="objective" label={t('followup.field.objective')} rules={required(t('followup.field.objective'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="followup-objective" />
        </Form.Item>
        <Form.Item name="result" label={t('followup.field.result')} rules={required(t('followup.field.result'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} data-testid="followup-result" />
        </Form.Item>
        <Form.Item name="nextStep" label={t('followup.field.nextStep')} extra={t('followup.field.nextStepHint')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} data-testid="followup-next-step" />
        </Form.Item>
        <Form.Item
          name="nextContactAt"
          label={t('followup.field.nextContactAt')}
          extra={t('followup.field.nextContactHint')}
          dependencies={['occurredAt']}
          rules={[{ validator: async (_r, v: Dayjs | null) => { if (v && occurredAt && !v.isAfter(occurredAt)) throw new Error(t('server.afterContact')); } }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="followup-next-contact" />
        </Form.Item>
        <Form.Item name="substantive" valuePropName="checked" extra={t('followup.field.substantiveHint')}>
          <Checkbox data-testid="followup-substantive">{t('followup.field.substantive')}</Checkbox>
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('followup.field.attachments')} extra={t('followup.uploadHint')}>
          <AttachmentUpload />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
