'use client';
// Change an opportunity's category together with its stage and expected close date (SPEC 3.5), and the reason
// when it is lost. The stage choices follow the chosen category; the server checks the same rules.
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, DatePicker, Form, Modal, Radio, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { UPDATE_CATEGORY, type OpportunityCategory, type OpportunityDetail, type Stage } from '@/app/_lib/api/opportunities';
import { OPPORTUNITY_CATEGORIES } from '@/app/_lib/api/opportunities';
import { categoryLabel } from './opportunity-labels';
import { StageChoice } from './opportunity-selects';
import { LostReasonInput } from './lost-reason-input';

interface Values { category: OpportunityCategory; stageId?: string; expectedCloseDate?: string | null; lostReason?: string }

export function CategoryModal({ opportunity, stages, open, onClose, onDone }: {
  opportunity: OpportunityDetail; stages: Stage[]; open: boolean; onClose: () => void; onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const category = Form.useWatch('category', form);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ category: opportunity.category, stageId: opportunity.stage.id, expectedCloseDate: null, lostReason: opportunity.lostReason ?? undefined });
      setError(null);
    }
  }, [open, opportunity, form]);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await gql(UPDATE_CATEGORY, { id: opportunity.id, input: { category: values.category, stageId: values.stageId ?? opportunity.stage.id, expectedCloseDate: values.expectedCloseDate ?? null, lostReason: values.lostReason ?? null } });
      onDone();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['category', 'stageId', 'expectedCloseDate', 'lostReason']);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  const choices = OPPORTUNITY_CATEGORIES;
  return (
    <Modal open={open} title={t('opportunity.changeCategory')} onCancel={onClose} onOk={() => form.submit()} okText={t('action.save')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId('opportunity-category-submit')}>
      <Typography.Paragraph type="secondary">{t('opportunity.categoryHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="opportunity-category-form"
        onValuesChange={(changed) => { if ('category' in changed) form.setFieldValue('stageId', undefined); }}>
        <Form.Item name="category" label={t('opportunity.field.category')} extra={category ? t(`opportunity.categoryRule.${category}` as Parameters<typeof t>[0]) : undefined}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="opportunity-category-choice"
            options={choices.map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
        </Form.Item>
        <Form.Item name="stageId" label={t('opportunity.field.stage')} rules={[{ required: true, message: t('validation.select', { field: t('opportunity.field.stage') }) }]}>
          <StageChoice stages={stages} category={category} data-testid="opportunity-category-stage" />
        </Form.Item>
        <Form.Item name="expectedCloseDate" label={t('opportunity.field.expectedCloseDate')} extra={t('opportunity.expectedHint')}
          rules={[{ required: true, message: t('validation.select', { field: t('opportunity.field.expectedCloseDate') }) }]}
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })} normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}>
          <DatePicker style={{ width: '100%' }} data-testid="opportunity-category-expected" />
        </Form.Item>
        {category === 'LOST' && (
          <Form.Item name="lostReason" label={t('opportunity.field.lostReason')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('opportunity.field.lostReason') }) }, { max: 500 }]}>
            <LostReasonInput data-testid="opportunity-category-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
