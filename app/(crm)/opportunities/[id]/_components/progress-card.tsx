'use client';
// Progress records (进展记录): what happened and the next plan, newest first; editors add one with the
// "counts as a customer contact" switch.
import { useState } from 'react';
import { App, Button, Card, Checkbox, Empty, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { ADD_PROGRESS, type OpportunityDetail } from '@/app/_lib/api/opportunities';

interface Values { content: string; nextPlan?: string; countsAsContact: boolean }

export function ProgressCard({ opportunity, editable, onChanged }: { opportunity: OpportunityDetail; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    try {
      await gql(ADD_PROGRESS, { input: { opportunityId: opportunity.id, ...values } });
      message.success(t('opportunity.progress.saved'));
      form.resetFields();
      setAdding(false);
      onChanged();
    } catch (e) {
      const { fields, message: text } = formErrorsOf(t, e, ['content', 'nextPlan']);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      if (text) message.error(text);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('opportunity.section.progress')} data-testid="opportunity-progress"
      extra={editable && !adding && <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="opportunity-progress-add">{t('opportunity.progress.add')}</Button>}>
      {adding && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ countsAsContact: true }} data-testid="opportunity-progress-form" style={{ marginBottom: 16 }}>
          <Form.Item name="content" label={t('opportunity.progress.content')} extra={t('opportunity.progress.contentHint')}
            rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('opportunity.progress.content') }) }, { max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="opportunity-progress-content" />
          </Form.Item>
          <Form.Item name="nextPlan" label={t('opportunity.progress.nextPlan')} rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="opportunity-progress-next" />
          </Form.Item>
          <Form.Item name="countsAsContact" valuePropName="checked">
            <Checkbox data-testid="opportunity-progress-contact">{t('opportunity.progress.countsAsContact')}</Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="opportunity-progress-submit">{t('action.save')}</Button>
            <Button onClick={() => { setAdding(false); form.resetFields(); }}>{t('action.cancel')}</Button>
          </Space>
        </Form>
      )}
      {opportunity.progress.length ? (
        <Timeline
          items={opportunity.progress.map((p) => ({
            key: p.id,
            content: (
              <div data-testid={`opportunity-progress-${p.id}`}>
                <Space size={6} wrap>
                  <Typography.Text type="secondary">{formatDateTime(p.createdAt)}</Typography.Text>
                  <Typography.Text>{p.author?.name ?? '—'}</Typography.Text>
                  {p.stage && <Tag>{t('opportunity.progress.atStage', { stage: `${p.stage.sort} ${p.stage.name}` })}</Tag>}
                  {p.countsAsContact && <Tag color="green">{t('opportunity.progress.countsAsContact')}</Tag>}
                </Space>
                <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{p.content}</Typography.Paragraph>
                {p.nextPlan && <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{t('opportunity.progress.nextPlan')}{t('common.colon')}{p.nextPlan}</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      ) : !adding && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunity.progress.empty')} />}
    </Card>
  );
}
