'use client';
// Moves selected pool customers to another pool (administrators of their pool).
import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { testId } from '@/app/_lib/labels';
import { MOVE_CUSTOMERS, type PoolSummary } from '@/app/_lib/api/pool';
import { poolErrorMessage } from './pool-ui';

interface Props { ids: string[]; from: string; pools: PoolSummary[]; open: boolean; onClose: () => void; onDone: (count: number) => void }

export function MoveModal({ ids, from, pools, open, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ poolId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (open) { form.resetFields(); setError(null); } }, [open, form]);

  async function submit(values: { poolId: string }) {
    setBusy(true);
    setError(null);
    try {
      await gql(MOVE_CUSTOMERS, { ids, poolId: values.poolId });
      onDone(ids.length);
    } catch (e) {
      setError(poolErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t('pool.moveTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('pool.action.move')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId('pool-move-submit')}>
      <Typography.Paragraph type="secondary">{t('common.selected', { count: ids.length })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="poolId" label={t('pool.moveTo')} rules={[{ required: true, message: t('validation.select', { field: t('pool.moveTo') }) }]}>
          <Select options={pools.filter((p) => p.id !== from).map((p) => ({ value: p.id, label: p.name }))} data-testid="pool-move-target" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
