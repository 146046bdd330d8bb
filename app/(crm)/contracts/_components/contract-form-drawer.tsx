'use client';
// Create / edit a contract: title, customer, dates, product lines (amounts computed exactly as the server does)
// or a plain amount, remarks. Server field errors land on their fields (lines included).
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, Button, Col, DatePicker, Drawer, Form, Grid, Input, Row, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { customName, useCustomFields } from '@/app/_lib/custom-fields';
import { customFormFields, customInitialValues, splitCustomValues } from '../../_kit/fields/custom-fields';
import { FormFields } from '../../_kit/form/form-fields';
import {
  CONTRACT_INPUT_FIELDS, CREATE_CONTRACT, UPDATE_CONTRACT, type ContractDetail, type ContractInput,
} from '@/app/_lib/api/contracts';
import { CustomerSelect, OpportunitySelect, ProductSelect } from './record-select';
import { contractErrorMessage, formatMoney, lineAmount, sumMoney } from './contract-labels';
import { plainDecimal } from '@/app/_lib/format';
import { DrawerFooter } from '../../_kit/form/drawer-footer';

interface LineValues { productId?: string; productName?: string; model?: string | null; quantity?: string; unitPrice?: string }
interface Values extends Omit<ContractInput, 'lines'> { lines?: LineValues[] }

/** Where a new contract is started from (a customer's page): its customer, chosen already. */
export interface ContractPreset { customer: { id: string; name: string } }

interface Props {
  open: boolean;
  contract?: ContractDetail | null;
  preset?: ContractPreset | null;
  onClose: () => void;
  onSaved: (result: { id: string; code?: string }) => void;
}

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const dateProps = {
  getValueProps: (v: string | null) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

function initialValues(contract: ContractDetail | null | undefined, preset: ContractPreset | null | undefined): Partial<Values> {
  if (!contract) return { lines: [], customerId: preset?.customer.id };
  return {
    title: contract.title, customerId: contract.customerId, opportunityId: contract.opportunityId, amount: contract.amount, signDate: contract.signDate,
    startDate: contract.startDate, endDate: contract.endDate, remarks: contract.remarks,
    lines: contract.lines.map((l) => ({ productId: l.productId, productName: l.productName, model: l.model, quantity: plainDecimal(l.quantity), unitPrice: l.unitPrice })),
  };
}

export function ContractFormDrawer({ open, contract, preset, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lines = Form.useWatch('lines', form) ?? [];
  const customerId = Form.useWatch('customerId', form);
  const editing = !!contract;
  const total = sumMoney(lines.map((l) => lineAmount(l?.quantity, l?.unitPrice)));
  const hasLines = lines.length > 0;
  const custom = useCustomFields('contract');
  const customFields = customFormFields(t, custom, contract?.customFields);

  // Keyed on the preset's id: the page re-renders its customer object, which must not wipe what is typed.
  const presetCustomerId = preset?.customer.id;
  useEffect(() => {
    if (open) { form.resetFields(); form.setFieldsValue(initialValues(contract, preset)); setError(null); }
  }, [open, contract, presetCustomerId, form]);
  // The custom fields may arrive after the drawer opened (a browser test caught the late reset wiping the typed
  // title): their stored values are filled in then, without resetting the rest.
  useEffect(() => {
    if (open && contract && custom.length) form.setFieldsValue(customInitialValues(custom, contract.customFields) as Partial<Values>);
  }, [open, contract, custom, form]);

  const required = (key: Parameters<typeof t>[0]) => ({ required: true, whitespace: true, message: t('validation.required', { field: t(key) }) });
  const money = { pattern: MONEY, message: t('server.amount') };

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const input: ContractInput = {
      title: values.title, customerId: values.customerId, opportunityId: values.opportunityId ?? null, signDate: values.signDate ?? null, startDate: values.startDate ?? null,
      endDate: values.endDate ?? null, remarks: values.remarks ?? null,
      lines: (values.lines ?? []).map((l) => ({ productId: l.productId!, model: l.model || null, quantity: String(l.quantity), unitPrice: String(l.unitPrice) })),
    };
    if (!input.lines!.length) input.amount = values.amount ?? null;
    if (custom.length) input.customFields = splitCustomValues(custom, values).customFields;
    try {
      if (editing) {
        await gql(UPDATE_CONTRACT, { id: contract!.id, input });
        onSaved({ id: contract!.id });
      } else {
        const { createContract } = await gql(CREATE_CONTRACT, { input });
        onSaved(createContract);
      }
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, [...CONTRACT_INPUT_FIELDS, ...lineFieldNames(values.lines?.length ?? 0), ...custom.map((f) => customName(f.key))]);
      // Line fields are paths (lines.0.quantity); a custom field's name is one key with a dot in it.
      const pathOf = (name: string) => (name.startsWith('customFields.') ? name : name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
      form.setFields(fields.map((f) => ({ name: pathOf(f.name) as never, errors: f.errors })));
      setError(fields.length ? message : contractErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer
      open={open} onClose={onClose} title={editing ? t('contract.edit') : t('contract.create')} size={screens.md ? 820 : '100%'} destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} busy={busy} saveTestId="contract-form-submit" />}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="contract-form-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="contract-form" scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="title" label={t('contract.field.title')} rules={[required('contract.field.title'), { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
              <Input allowClear data-testid="contract-form-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="customerId" label={t('contract.field.customerId')} rules={[{ required: true, message: t('validation.select', { field: t('contract.field.customerId') }) }]}>
              <CustomerSelect initial={contract?.customer ?? preset?.customer ?? null} data-testid="contract-form-customer" onChange={() => form.setFieldValue('opportunityId', null)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="opportunityId" label={t('contract.field.opportunityId')}>
              <OpportunitySelect customerId={customerId} initial={contract?.opportunity ?? null} data-testid="contract-form-opportunity" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signDate" label={t('contract.field.signDate')} {...dateProps}><DatePicker style={{ width: '100%' }} data-testid="contract-form-signDate" /></Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="startDate" label={t('contract.field.startDate')} {...dateProps}><DatePicker style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="endDate" label={t('contract.field.endDate')} {...dateProps} dependencies={['startDate']}
              rules={[({ getFieldValue }) => ({
                validator: (_r, v) => (!v || !getFieldValue('startDate') || v >= getFieldValue('startDate') ? Promise.resolve() : Promise.reject(new Error(t('server.endBeforeStart')))),
              })]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('contract.section.lines')}</Typography.Title>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 16 }}>
              {fields.map((field) => {
                const line = lines[field.name];
                return (
                  <Row key={field.key} gutter={8} align="top" data-testid={`contract-line-${field.name}`} style={{ borderBottom: screens.md ? undefined : '1px dashed #eee' }}>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'productId']} rules={[{ required: true, message: t('validation.select', { field: t('contract.line.product') }) }]} style={{ marginBottom: 8 }}>
                        <ProductSelect
                          initial={line?.productId && line.productName ? { id: line.productId, name: line.productName, model: line.model ?? null, unit: null, price: line.unitPrice ?? '0' } : null}
                          data-testid={`contract-line-${field.name}-product`}
                          onChange={(_v, p) => {
                            if (!p) return;
                            form.setFieldValue(['lines', field.name, 'productName'], p.name);
                            form.setFieldValue(['lines', field.name, 'model'], p.model);
                            if (!line?.unitPrice) form.setFieldValue(['lines', field.name, 'unitPrice'], p.price);
                          }}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'model']} style={{ marginBottom: 8 }}><Input placeholder={t('contract.line.model')} /></Form.Item>
                    </Col>
                    <Col xs={12} md={3}>
                      <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('contract.line.quantity') }, money]} style={{ marginBottom: 8 }}>
                        <Input placeholder={t('contract.line.quantity')} inputMode="decimal" data-testid={`contract-line-${field.name}-quantity`} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'unitPrice']} rules={[{ required: true, message: t('contract.line.unitPrice') }, money]} style={{ marginBottom: 8 }}>
                        <Input placeholder={t('contract.line.unitPrice')} prefix="¥" inputMode="decimal" data-testid={`contract-line-${field.name}-unitPrice`} />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={4} style={{ paddingTop: 5, textAlign: 'right' }}>
                      <Typography.Text data-testid={`contract-line-${field.name}-amount`}>{formatMoney(lineAmount(line?.quantity, line?.unitPrice))}</Typography.Text>
                    </Col>
                    <Col xs={2} md={1}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} onClick={() => remove(field.name)} />
                    </Col>
                  </Row>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: '1' })} block data-testid="contract-line-add">{t('contract.line.add')}</Button>
            </Space>
          )}
        </Form.List>

        <Row gutter={16}>
          <Col xs={24} md={10}>
            {hasLines ? (
              <Form.Item label={t('contract.field.amount')} extra={t('contract.amountHint')}>
                <Typography.Text strong data-testid="contract-form-total">{formatMoney(total)}</Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item name="amount" label={t('contract.field.amount')} rules={[required('contract.field.amount'), money]} extra={t('contract.amountHint')}>
                <Input prefix="¥" inputMode="decimal" data-testid="contract-form-amount" />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="remarks" label={t('contract.field.remarks')} rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
        {customFields.length > 0 && <FormFields module="contract" sections={[{ title: t('customField.section'), fields: customFields }]} />}
      </Form>
    </Drawer>
  );
}

const lineFieldNames = (n: number) => Array.from({ length: n }, (_, i) => ['productId', 'model', 'quantity', 'unitPrice'].map((f) => `lines.${i}.${f}`)).flat();
