'use client';
// Personal API tokens: create (the token is shown once), list, revoke.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { graphql } from '@/app/_lib/gql';
import type { ApiTokensQuery } from '@/app/_lib/gql/graphql';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { testId } from '@/app/_lib/labels';

type ApiToken = ApiTokensQuery['apiTokens'][number];

const TOKENS = graphql(`query ApiTokens { apiTokens { id name prefix expiresAt revokedAt lastUsedAt createdAt } }`);
const CREATE = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }
`);
const REVOKE = graphql(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`);
const DAYS = [30, 90, 180, 365];

export type TokenState = 'active' | 'revoked' | 'expired';
export const tokenState = (token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = Date.now()): TokenState =>
  token.revokedAt ? 'revoked' : new Date(token.expiresAt).getTime() <= now ? 'expired' : 'active';

export function ApiTokens() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; days: number }>();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const { data, mutate } = useQuery(TOKENS);

  async function create(values: { name: string; days: number }) {
    setBusy(true);
    try {
      const expiresAt = new Date(Date.now() + values.days * 86400000).toISOString();
      const result = await gql(CREATE, { input: { name: values.name, expiresAt } });
      setCreating(false);
      setCreated(result.createApiToken.token);
      await mutate();
    } catch (e) {
      const { fields, message: text } = formErrorsOf(t, e, ['name']);
      form.setFields(fields.map((f) => ({ name: f.name as 'name', errors: f.errors })));
      if (text) message.error(text);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ApiToken) {
    try {
      await gql(REVOKE, { id: token.id });
      message.success(t('token.revokedDone'));
      await mutate();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  }

  const colors: Record<TokenState, string> = { active: 'green', revoked: 'default', expired: 'orange' };
  const columns: TableColumnsType<ApiToken> = [
    { key: 'name', dataIndex: 'name', title: t('token.name'), width: 140, ellipsis: true },
    { key: 'prefix', title: t('token.prefix'), width: 130, render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text> },
    { key: 'status', title: t('token.status'), width: 90, render: (_, k) => <Tag color={colors[tokenState(k)]}>{t(`token.${tokenState(k)}`)}</Tag> },
    { key: 'expiresAt', title: t('token.expiresAt'), width: 150, render: (_, k) => formatDateTime(k.expiresAt) },
    { key: 'lastUsedAt', title: t('token.lastUsedAt'), width: 150, render: (_, k) => formatDateTime(k.lastUsedAt) },
    {
      key: 'actions', title: t('common.actions'), width: 80, fixed: 'right',
      render: (_, k) => tokenState(k) === 'active' && (
        <Popconfirm title={t('token.revokeConfirm', { name: k.name })} okText={t('action.revoke')} cancelText={t('action.cancel')}
          okButtonProps={{ danger: true, ...testId<object>('confirm-ok') }} onConfirm={() => revoke(k)}>
          <Button type="link" size="small" danger data-testid={`token-revoke-${k.id}`}>{t('action.revoke')}</Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      size="small" title={t('profile.tokens')}
      extra={<Button size="small" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setCreating(true); }} data-testid="token-create">{t('token.create')}</Button>}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('profile.tokensHint')}</Typography.Paragraph>
      <Table<ApiToken> rowKey="id" size="small" columns={columns} dataSource={data?.apiTokens ?? []} pagination={false} scroll={{ x: 740 }}
        onRow={(k) => ({ 'data-testid': `token-row-${k.id}` }) as React.HTMLAttributes<HTMLElement>} />
      <Modal open={creating} title={t('token.create')} onCancel={() => setCreating(false)} onOk={() => form.submit()} confirmLoading={busy}
        okText={t('action.create')} cancelText={t('action.cancel')} destroyOnHidden okButtonProps={testId('token-create-submit')}>
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ days: 90 }}>
          <Form.Item name="name" label={t('token.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('token.name') }) }, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
            <Input data-testid="token-name" />
          </Form.Item>
          <Form.Item name="days" label={t('token.expiresAt')}>
            <Select data-testid="token-days" options={DAYS.map((d) => ({ value: d, label: t('token.days', { days: d }) }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!created} title={t('token.createdTitle')} onCancel={() => setCreated(null)} onOk={() => setCreated(null)}
        okText={t('action.close')} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
        <Alert type="warning" showIcon title={t('token.showOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created ?? '' }} code style={{ wordBreak: 'break-all' }} data-testid="token-value">{created}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
