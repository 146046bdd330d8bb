'use client';
// Receivables of a contract: received / outstanding progress, the records (with their approval state) and
// the record-a-receivable dialog (approved contracts only; more than the outstanding amount is refused), and the
// deletion of a rejected one to the recycle bin (approved and pending ones are the books: never deleted).
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Progress, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { testId } from '@/app/_lib/labels';
import { CREATE_RECEIVABLE, DELETE_RECEIVABLES, type ContractDetail, type Receivable } from '@/app/_lib/api/contracts';
import { ReceivableStatusTag, centsOf, contractFormError, formatMoney } from '../../_components/contract-labels';
import { useFormSubmit } from '@/app/_lib/use-form-submit';
import { useContractAction } from '../../_components/use-contract-action';
import { DictionarySelect } from '../../../_kit/fields/dictionary-select';
import { DictionaryText } from '../../../_kit/fields/dictionary-text';

interface Values { amount: string; receivedDate: string; method?: string | null; planId?: string | null; remarks?: string | null }
const FIELDS = ['amount', 'receivedDate', 'method', 'planId', 'remarks'];

/** The record-a-receivable dialog for one contract; also opened from the 回款 list once a contract is chosen. */
export function ReceivableModal({ t, contract, open, onClose, onSaved }: { t: Translate; contract: ContractDetail; open: boolean; onClose: () => void; onSaved: (r: { code: string; status: string }) => void }) {
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, submit: run } = useFormSubmit(form, FIELDS, contractFormError(t));
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue({ receivedDate: dayjs().format('YYYY-MM-DD') });
  }, [open, form]);

  const submit = (values: Values) => run(async () => {
    const { createReceivable } = await gql(CREATE_RECEIVABLE, { input: { contractId: contract.id, ...values, planId: values.planId || null } });
    onSaved(createReceivable);
  });

  return (
    <Modal open={open} title={t('receivable.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden okButtonProps={testId('receivable-submit')}>
      <Typography.Paragraph type="secondary">{t('receivable.outstanding', { amount: formatMoney(contract.outstandingAmount) })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="receivable-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="receivable-form">
        <Form.Item name="amount" label={t('receivable.amount')} rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,2})?$/, message: t('server.amount') }]}>
          <Input prefix="¥" inputMode="decimal" data-testid="receivable-amount" />
        </Form.Item>
        <Form.Item
          name="receivedDate" label={t('receivable.receivedDate')} rules={[{ required: true, message: t('validation.select', { field: t('receivable.receivedDate') }) }]}
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })} normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="method" label={t('receivable.method')}><DictionarySelect kind="payment_method" data-testid="payment-method" /></Form.Item>
        <Form.Item name="planId" label={t('receivable.plan')}>
          <Select
            allowClear placeholder={t('receivable.noPlan')} data-testid="receivable-plan"
            options={contract.paymentPlans.map((p) => ({ value: p.id, label: `${t('plan.termLabel', { term: p.term })} · ${formatMoney(p.amount)} · ${p.plannedDate}` }))}
          />
        </Form.Item>
        <Form.Item name="remarks" label={t('receivable.remarks')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}><Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} /></Form.Item>
      </Form>
    </Modal>
  );
}

export function Receivables({ t, contract, mayRecord, onChanged }: { t: Translate; contract: ContractDetail; mayRecord: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const amount = centsOf(contract.amount);
  const percent = amount > 0n ? Number((centsOf(contract.receivedAmount) * 1000n) / amount) / 10 : 0;
  const plans = new Map(contract.paymentPlans.map((p) => [p.id, p]));
  const act = useContractAction();
  const remove = async (r: Receivable) => { if (await act(() => gql(DELETE_RECEIVABLES, { ids: [r.id] }), t('receivable.deleted', { code: r.code }))) onChanged(); };
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap size={16}>
          <Typography.Text>{t('contract.field.received')} <Typography.Text strong data-testid="contract-received">{formatMoney(contract.receivedAmount)}</Typography.Text></Typography.Text>
          <Typography.Text>{t('contract.field.outstanding')} <Typography.Text strong type={centsOf(contract.outstandingAmount) > 0n ? 'danger' : undefined} data-testid="contract-outstanding">{formatMoney(contract.outstandingAmount)}</Typography.Text></Typography.Text>
        </Space>
        {mayRecord && centsOf(contract.outstandingAmount) > 0n && <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="receivable-add">{t('receivable.add')}</Button>}
      </Space>
      <Progress percent={Math.min(percent, 100)} status={percent >= 100 ? 'success' : 'active'} size="small" />
      {contract.status !== 'APPROVED' && contract.status !== 'VOID' && <Typography.Text type="secondary">{t('receivable.onlyApproved')}</Typography.Text>}
      <Table<Receivable>
        rowKey="id" size="small" pagination={false} dataSource={contract.receivables} scroll={{ x: 760 }} locale={{ emptyText: t('receivable.empty') }}
        onRow={(r) => ({ 'data-testid': `receivable-row-${r.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('receivable.code'), width: 160 },
          { key: 'amount', title: t('receivable.amount'), align: 'right', width: 130, render: (_v, r) => formatMoney(r.amount) },
          { key: 'date', dataIndex: 'receivedDate', title: t('receivable.receivedDate'), width: 110 },
          { key: 'method', dataIndex: 'method', title: t('receivable.method'), width: 100, render: (v: string | null) => (v ? <DictionaryText kind="payment_method" code={v} /> : '—') },
          { key: 'plan', title: t('receivable.plan'), width: 90, render: (_v, r) => (r.planId && plans.get(r.planId) ? t('plan.termLabel', { term: plans.get(r.planId)!.term }) : '—') },
          { key: 'status', title: t('receivable.status'), width: 100, render: (_v, r) => <ReceivableStatusTag t={t} status={r.status} /> },
          { key: 'recordedBy', title: t('receivable.recordedBy'), width: 150, render: (_v, r) => `${r.recordedBy?.name ?? '—'} · ${formatDateTime(r.createdAt)}` },
          ...(mayRecord ? [{
            key: 'actions', title: '', width: 70,
            render: (_v: unknown, r: Receivable) => r.status === 'REJECTED' && (
              <Popconfirm title={t('receivable.deleteConfirm')} okText={t('action.delete')} okButtonProps={{ danger: true, ...testId<object>('receivable-delete-ok') }} cancelText={t('action.cancel')} onConfirm={() => remove(r)}>
                <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('action.delete')} data-testid={`receivable-delete-${r.code}`} />
              </Popconfirm>
            ),
          }] : []),
        ]}
      />
      <ReceivableModal
        t={t} contract={contract} open={open} onClose={() => setOpen(false)}
        onSaved={(r) => { setOpen(false); message.success(t(r.status === 'PENDING' ? 'receivable.createdPending' : 'receivable.created', { code: r.code })); onChanged(); }}
      />
    </Space>
  );
}
