'use client';
// Opportunity stage settings (system:settings): number, name, win probability, enabled. The numbers drive the
// category rules, so the page states them.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { CREATE_STAGE, STAGES_QUERY, UPDATE_STAGE, type Stage } from '@/app/_lib/api/opportunities';

type Values = Omit<Stage, 'id'>;

export function StageSettings() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Stage | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { data, error: loadError, isLoading, mutate } = useQuery(STAGES_QUERY);
  const stages = data?.opportunityStages ?? [];

  const open = (target: Stage | 'new') => {
    form.resetFields();
    setError(null);
    form.setFieldsValue(target === 'new' ? { enabled: true, probability: 50, sort: Math.max(-1, ...stages.map((s) => s.sort)) + 1 } : target);
    setEditing(target);
  };

  async function submit(values: Values) {
    setError(null);
    try {
      if (editing === 'new') await gql(CREATE_STAGE, { input: values });
      else if (editing) await gql(UPDATE_STAGE, { id: editing.id, input: values });
      setEditing(null);
      message.success(t('common.saved'));
      void mutate();
    } catch (e) {
      const { fields, message: text } = formErrorsOf(t, e, ['name', 'probability', 'sort', 'enabled']);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(fields.length ? text : errorMessage(t, e));
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="stage-settings">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('stage.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="stage-create">{t('stage.create')}</Button>
      </Flex>
      <Alert type="info" showIcon title={t('stage.hint')} />
      <Card size="small">
        {loadError && <Typography.Text type="danger" role="alert">{errorMessage(t, loadError)}</Typography.Text>}
        <Table<Stage>
          rowKey="id" size="middle" loading={isLoading} dataSource={stages} pagination={false} scroll={{ x: 560 }}
          onRow={(row) => ({ 'data-testid': `stage-row-${row.sort}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'sort', title: t('stage.field.sort'), dataIndex: 'sort', width: 90 },
            { key: 'name', title: t('stage.field.name'), dataIndex: 'name' },
            { key: 'probability', title: t('stage.field.probability'), width: 110, render: (_, s) => `${s.probability}%` },
            { key: 'enabled', title: t('stage.field.enabled'), width: 90, render: (_, s) => (s.enabled ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('stage.disabled')}</Tag>) },
            { key: 'actions', title: t('common.actions'), width: 80, render: (_, s) => <Button size="small" icon={<EditOutlined />} aria-label={t('action.edit')} onClick={() => open(s)} data-testid={`stage-edit-${s.sort}`} /> },
          ]}
        />
      </Card>
      <Modal open={!!editing} title={editing === 'new' ? t('stage.create') : t('stage.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()}
        okText={t('action.save')} destroyOnHidden okButtonProps={testId('stage-form-submit')}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="stage-form">
          <Form.Item name="sort" label={t('stage.field.sort')} rules={[{ required: true, message: t('validation.required', { field: t('stage.field.sort') }) }]}>
            <InputNumber min={0} max={99} precision={0} data-testid="stage-form-sort" />
          </Form.Item>
          <Form.Item name="name" label={t('stage.field.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('stage.field.name') }) }, { max: 50 }]}>
            <Input data-testid="stage-form-name" />
          </Form.Item>
          <Form.Item name="probability" label={t('stage.field.probability')} rules={[{ required: true, message: t('validation.required', { field: t('stage.field.probability') }) }]}>
            <InputNumber min={0} max={100} precision={0} data-testid="stage-form-probability" />
          </Form.Item>
          <Form.Item name="enabled" label={t('stage.field.enabled')} valuePropName="checked"><Switch /></Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
