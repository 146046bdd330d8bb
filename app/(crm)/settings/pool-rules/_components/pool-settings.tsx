'use client';
// Pool rules page: company caps (system:settings), the pools with their members (system:settings), and each
// pool's recycle rules (its administrators or system:settings; read-only for other members).
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, Grid, InputNumber, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { can, useMe } from '@/app/_lib/me';
import { POOLS_DETAIL_QUERY, UPDATE_POOL_SETTINGS, type PoolDetail, type PoolSettings } from '@/app/_lib/api/pool';
import { PoolRulesForm } from '../../../pool/_components/pool-rules-form';
import { PoolFormModal } from './pool-form-modal';

type CapField = 'maxOwnedCustomers' | 'maxClaimsPerDay' | 'reclaimBarDays' | 'maxLockedCustomers';
const CAP_FIELDS: CapField[] = ['maxOwnedCustomers', 'maxClaimsPerDay', 'reclaimBarDays', 'maxLockedCustomers'];

function CapsCard({ settings, editable, onSaved }: { settings: PoolSettings; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<CapField, number | null>>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { form.setFieldsValue(settings); }, [settings, form]);

  async function save(values: Record<CapField, number | null>) {
    setBusy(true);
    setError(null);
    try {
      await gql(UPDATE_POOL_SETTINGS, { input: { ...values, reclaimBarDays: values.reclaimBarDays ?? 0 } });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      const { fields, message: text } = formErrorsOf(t, e, CAP_FIELDS);
      form.setFields(fields.map((f) => ({ name: f.name as CapField, errors: f.errors })));
      setError(text);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('poolRules.caps')} extra={<Typography.Text type="secondary">{t('poolRules.capsHint')}</Typography.Text>}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={save} disabled={!editable} data-testid="pool-caps-form">
        <Space wrap size={[16, 0]} align="end">
          {CAP_FIELDS.map((field) => (
            <Form.Item key={field} name={field} label={t(`poolRules.${field}`)}>
              <InputNumber min={0} max={field === 'reclaimBarDays' ? 3650 : 100000} style={{ width: 200 }} data-testid={`pool-cap-${field}`} />
            </Form.Item>
          ))}
          {editable && <Form.Item><Button type="primary" htmlType="submit" loading={busy} {...testId<object>('pool-caps-save')}>{t('action.save')}</Button></Form.Item>}
        </Space>
      </Form>
    </Card>
  );
}

export function PoolSettingsView() {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { data, error, isLoading, mutate } = useQuery(POOLS_DETAIL_QUERY);
  const [editing, setEditing] = useState<PoolDetail | null | undefined>(undefined);
  const [poolId, setPoolId] = useState<string | null>(null);
  const configures = can(me, 'system:settings');

  if (error) return <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>;
  if (isLoading || !data) return <Card><Skeleton active /></Card>;
  const pools = data.pools;
  const pool = pools.find((p) => p.id === poolId) ?? pools[0];
  const names = (list: { name: string }[]) => (list.length ? list.map((u) => u.name).join('、') : t('common.none'));

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="pool-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('poolRules.title')}</Typography.Title>
      <CapsCard settings={data.poolSettings} editable={configures} onSaved={() => void mutate()} />
      <Card size="small" title={t('poolRules.pools')}
        extra={configures && <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="pool-create">{t('poolRules.createPool')}</Button>}>
        <Table<PoolDetail>
          rowKey="id" size="small" pagination={false} dataSource={pools} scroll={{ x: 820 }}
          onRow={(row) => ({ 'data-testid': `pool-settings-row-${row.name}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('poolRules.poolName'), dataIndex: 'name', width: 160, render: (name: string, row) => <Space>{name}{row.isDefault && <Tag>{t('pool.default')}</Tag>}</Space> },
            { title: t('poolRules.administrators'), key: 'admins', width: 150, render: (_, row) => names(row.administrators) },
            { title: t('poolRules.memberDepartments'), key: 'departments', width: 220, render: (_, row) => (row.memberDepartments.length
              ? row.memberDepartments.map((d) => <Tag key={d.department?.id}>{d.department?.name}{d.includeChildren ? ' +' : ''}</Tag>) : t('common.none')) },
            { title: t('poolRules.memberUsers'), key: 'users', width: 150, render: (_, row) => names(row.memberUsers) },
            { title: t('poolRules.customers'), dataIndex: 'customerCount', width: 90, render: (n: number | null) => n ?? t('common.none') },
            ...(configures ? [{ title: '', key: 'edit', width: 80, render: (_: unknown, row: PoolDetail) => (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`pool-edit-${row.id}`}>{t('action.edit')}</Button>) }] : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('poolRules.recycle')}>
        {!pool ? <Empty /> : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <div style={{ overflowX: 'auto' }}>
              <Segmented value={pool.id} onChange={(v) => setPoolId(String(v))} options={pools.map((p) => ({ value: p.id, label: p.name }))} data-testid="pool-rules-choose" size={screens.md ? 'middle' : 'small'} />
            </div>
            <PoolRulesForm pool={pool} opportunityChecks={data.poolSettings.opportunityChecksAvailable} onSaved={() => void mutate()} />
          </Space>
        )}
      </Card>
      <PoolFormModal pool={editing ?? null} open={editing !== undefined} onClose={() => setEditing(undefined)}
        onSaved={() => { setEditing(undefined); message.success(t('common.saved')); void mutate(); }} />
    </Space>
  );
}
