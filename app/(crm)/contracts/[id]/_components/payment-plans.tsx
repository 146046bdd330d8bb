'use client';
// Payment plans of a contract: terms with planned amount and date, method, reminder and what was received,
// with add / edit / delete for those who may change the contract.
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { gql, useQuery } from '@/app/_lib/graphql';
import { testId } from '@/app/_lib/labels';
import { CREATE_PAYMENT_PLAN, DELETE_PAYMENT_PLAN, UPDATE_PAYMENT_PLAN, type PaymentPlan } from '@/app/_lib/api/contracts';
import { centsOf, contractFormError, formatMoney, sumMoney } from '../../_components/contract-labels';
import { useFormSubmit } from '@/app/_lib/use-form-submit';
import { useContractAction } from '../../_components/use-contract-action';
import { DictionarySelect } from '../../../_kit/fields/dictionary-select';
import { DictionaryText } from '../../../_kit/fields/dictionary-text';
import { CADENCE_SETTINGS_QUERY } from '../../../settings/cadences/_components/cadences.api';

type PlanState = 'PAID' | 'PARTIAL' | 'OVERDUE' | 'OPEN';
const STATE_COLORS: Record<PlanState, string> = { PAID: 'success', PARTIAL: 'processing', OVERDUE: 'error', OPEN: 'default' };

function planState(plan: PaymentPlan): PlanState {
  const received = centsOf(plan.receivedAmount);
  if (received >= centsOf(plan.amount)) return 'PAID';
  if (received > 0n) return 'PARTIAL';
  return plan.plannedDate < dayjs().format('YYYY-MM-DD') ? 'OVERDUE' : 'OPEN';
}

interface Values { term?: number; amount: string; plannedDate: string; method?: string | null; reminderDays?: number | null; remarks?: string | null }
const FIELDS = ['term', 'amount', 'plannedDate', 'method', 'reminderDays', 'remarks'];

function PlanModal({ t, contractId, plan, open, onClose, onSaved }: { t: Translate; contractId: string; plan: PaymentPlan | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, submit: run } = useFormSubmit(form, FIELDS, contractFormError(t));
  // Left empty, a plan follows the company default lead time (settings 提醒周期).
  const defaultDays = useQuery(CADENCE_SETTINGS_QUERY).data?.cadenceSettings.paymentPlanReminderDays;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue(plan ? { term: plan.term, amount: plan.amount, plannedDate: plan.plannedDate, method: plan.method, reminderDays: plan.reminderDays, remarks: plan.remarks } : {});
  }, [open, plan, form]);

  const submit = (values: Values) => run(async () => {
    if (plan) await gql(UPDATE_PAYMENT_PLAN, { id: plan.id, input: values });
    else await gql(CREATE_PAYMENT_PLAN, { input: { contractId, ...values } });
    onSaved();
  });

  return (
    <Modal open={open} title={plan ? t('plan.edit') : t('plan.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden okButtonProps={testId('plan-submit')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="plan-form">
        <Row gutter={12}>
          <Col span={8}><Form.Item name="term" label={t('plan.term')}><InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={16}>
            <Form.Item name="amount" label={t('plan.amount')} rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,2})?$/, message: t('server.amount') }]}>
              <Input prefix="¥" inputMode="decimal" data-testid="plan-amount" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="plannedDate" label={t('plan.plannedDate')} rules={[{ required: true, message: t('validation.select', { field: t('plan.plannedDate') }) }]}
          getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })} normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
        >
          <DatePicker style={{ width: '100%' }} data-testid="plan-date" />
        </Form.Item>
        <Form.Item name="method" label={t('plan.method')}><DictionarySelect kind="payment_method" data-testid="payment-method" /></Form.Item>
        <Form.Item name="reminderDays" label={t('plan.reminderDays')}><InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} placeholder={defaultDays === undefined ? undefined : t('plan.reminderDefault', { days: defaultDays })} /></Form.Item>
        <Form.Item name="remarks" label={t('plan.remarks')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}><Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} /></Form.Item>
      </Form>
    </Modal>
  );
}

export function PaymentPlans({ t, contractId, amount, plans, editable, onChanged }: {
  t: Translate; contractId: string; amount: string; plans: PaymentPlan[]; editable: boolean; onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<PaymentPlan | null>(null);
  const [open, setOpen] = useState(false);
  const act = useContractAction();
  const remove = async (plan: PaymentPlan) => { if (await act(() => gql(DELETE_PAYMENT_PLAN, { id: plan.id }))) onChanged(); };
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('plan.total', { planned: formatMoney(sumMoney(plans.map((p) => p.amount))), amount: formatMoney(amount) })}</Typography.Text>
        {editable && <Button size="small" icon={<PlusOutlined />} onClick={() => { setEditing(null); setOpen(true); }} data-testid="plan-add">{t('plan.add')}</Button>}
      </Space>
      <Table<PaymentPlan>
        rowKey="id" size="small" pagination={false} dataSource={plans} scroll={{ x: 720 }} locale={{ emptyText: t('plan.empty') }}
        onRow={(p) => ({ 'data-testid': `plan-row-${p.term}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'term', title: t('plan.term'), width: 80, render: (_v, p) => t('plan.termLabel', { term: p.term }) },
          { key: 'amount', title: t('plan.amount'), align: 'right', width: 130, render: (_v, p) => formatMoney(p.amount) },
          { key: 'date', dataIndex: 'plannedDate', title: t('plan.plannedDate'), width: 110 },
          { key: 'method', dataIndex: 'method', title: t('plan.method'), width: 100, render: (v: string | null) => (v ? <DictionaryText kind="payment_method" code={v} /> : '—') },
          { key: 'received', title: t('plan.received'), align: 'right', width: 130, render: (_v, p) => formatMoney(p.receivedAmount) },
          { key: 'state', title: t('plan.state'), width: 100, render: (_v, p) => <Tag color={STATE_COLORS[planState(p)]}>{t(`plan.state.${planState(p)}` as MessageKey)}</Tag> },
          ...(editable ? [{
            key: 'actions', title: '', width: 90, render: (_v: unknown, p: PaymentPlan) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('action.edit')} onClick={() => { setEditing(p); setOpen(true); }} />
                <Popconfirm title={t('plan.confirmDelete', { term: p.term })} onConfirm={() => remove(p)}>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('action.delete')} />
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      <PlanModal t={t} contractId={contractId} plan={editing} open={open} onClose={() => setOpen(false)}
        onSaved={() => { setOpen(false); message.success(t('plan.saved')); onChanged(); }} />
    </Space>
  );
}
