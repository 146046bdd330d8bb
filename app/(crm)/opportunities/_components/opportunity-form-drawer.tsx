'use client';
// Create / edit an opportunity: customer (direct only) and partner, contacts, intent, category with its stage and
// expected close date (entered by hand), product lines with exact amounts or a plain amount, and the deal details.
// Editing keeps the category (it changes through "change category"); the stage moves within it.
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, Col, DatePicker, Drawer, Form, Grid, Input, Row, Select, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import {
  CREATE_OPPORTUNITY, OPPORTUNITY_FORM_FIELDS, STAGES_QUERY, UPDATE_OPPORTUNITY,
  type OpportunityCategory, type OpportunityDetail, type OpportunityChanges, type OpportunityInput, type Stage,
} from '@/app/_lib/api/opportunities';
import { OPPORTUNITY_CATEGORIES } from '@/app/_lib/api/opportunities';
import { categoryLabel, formatMoney, lineAmount, sumMoney } from './opportunity-labels';
import { ContactChoice, CustomerChoice, StageChoice } from './opportunity-selects';
import { OpportunityLinesField, lineFieldNames, type LineValues } from './opportunity-lines';
import { DictionarySelect } from '../../_kit/fields/dictionary-select';
import { customName, useCustomFields } from '@/app/_lib/custom-fields';
import { customFormFields, customInitialValues, splitCustomValues } from '../../_kit/fields/custom-fields';
import { FormFields } from '../../_kit/form/form-fields';
import { LostReasonInput } from './lost-reason-input';
import { plainDecimal } from '@/app/_lib/format';
import { DrawerFooter } from '../../_kit/form/drawer-footer';

interface Values extends Omit<OpportunityInput, 'products'> { products?: LineValues[] }

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const dateProps = {
  getValueProps: (v: string | null) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};
const TEXTS = ['name', 'intentCategory', 'purchaseReason', 'purchaseForm', 'requirements', 'executionTime', 'competitors'] as const;

function initialValues(o: OpportunityDetail | null | undefined, customer: { id: string } | null): Partial<Values> {
  if (!o) return { category: undefined, products: [], customerId: customer?.id };
  return {
    name: o.name, customerId: o.customerId, partnerCustomerId: o.partnerCustomerId, intentCategory: o.intentCategory, amount: o.amount,
    category: o.category, stageId: o.stage.id, expectedCloseDate: o.expectedCloseDate, purchaseReason: o.purchaseReason, purchaseForm: o.purchaseForm,
    budget: o.budget, requirements: o.requirements, executionTime: o.executionTime, competitors: o.competitors, contactIds: o.contacts.map((c) => c.id),
    products: o.products.map((l) => ({ productId: l.productId, productName: l.productName, model: l.model, quantity: plainDecimal(l.quantity), unitPrice: l.unitPrice })),
  };
}

interface Props {
  open: boolean;
  opportunity?: OpportunityDetail | null;
  /** Preselected customer when creating from a customer page. */
  customer?: { id: string; name: string } | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function OpportunityFormDrawer({ open, opportunity, customer, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: stageData } = useQuery(STAGES_QUERY);
  const stages = stageData?.opportunityStages ?? [];
  const editing = !!opportunity;
  const lines = Form.useWatch('products', form) ?? [];
  const category = Form.useWatch('category', form) as OpportunityCategory | undefined;
  const customerId = Form.useWatch('customerId', form);
  const total = sumMoney(lines.map((l) => lineAmount(l?.quantity, l?.unitPrice)));
  const custom = useCustomFields('opportunity');
  const customFields = customFormFields(t, custom, opportunity?.customFields);

  // Keyed on the preset customer's id, not the object: a parent re-rendering with a fresh `customer` literal
  // must not wipe what the user has typed.
  const presetCustomerId = customer?.id;
  useEffect(() => {
    if (open) { form.resetFields(); form.setFieldsValue(initialValues(opportunity, presetCustomerId ? { id: presetCustomerId } : null)); setError(null); }
  }, [open, opportunity, presetCustomerId, form]);
  // The custom fields may arrive after the drawer opened: their stored values are filled in then, without a reset
  // that would wipe what the user has typed meanwhile.
  useEffect(() => {
    if (open && opportunity && custom.length) form.setFieldsValue(customInitialValues(custom, opportunity.customFields) as Partial<Values>);
  }, [open, opportunity, custom, form]);

  const required = (key: Parameters<typeof t>[0]) => ({ required: true, whitespace: true, message: t('validation.required', { field: t(key) }) });
  const select = (key: Parameters<typeof t>[0]) => ({ required: true, message: t('validation.select', { field: t(key) }) });
  const money = { pattern: MONEY, message: t('server.opp.money') };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const input: OpportunityChanges = {
      partnerCustomerId: values.partnerCustomerId ?? null, contactIds: values.contactIds ?? [], budget: values.budget || null,
      stageId: values.stageId, expectedCloseDate: values.expectedCloseDate ?? null,
      products: (values.products ?? []).map((l) => ({ productId: l.productId!, model: l.model || null, quantity: String(l.quantity), unitPrice: String(l.unitPrice) })),
    };
    for (const key of TEXTS) (input as Record<string, unknown>)[key] = values[key] ?? null;
    if (custom.length) input.customFields = splitCustomValues(custom, values).customFields;
    if (!input.products!.length) input.amount = values.amount || '0';
    try {
      if (editing) {
        await gql(UPDATE_OPPORTUNITY, { id: opportunity!.id, input });
        onSaved(opportunity!.id);
      } else {
        const created = await gql(CREATE_OPPORTUNITY, {
          input: { ...input, stageId: values.stageId, name: values.name, customerId: values.customerId, category: values.category, lostReason: values.lostReason ?? null },
        });
        onSaved(created.createOpportunity.id);
      }
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, [...OPPORTUNITY_FORM_FIELDS, ...lineFieldNames(values.products?.length ?? 0), ...custom.map((f) => customName(f.key))]);
      // Line fields are paths (products.0.quantity); a custom field's name is one key with a dot in it.
      const pathOf = (name: string) => (name.startsWith('customFields.') ? name : name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
      form.setFields(fields.map((f) => ({ name: pathOf(f.name) as never, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer
      open={open} onClose={onClose} title={editing ? t('opportunity.edit') : t('opportunity.create')} size={screens.md ? 860 : '100%'} destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} busy={busy} saveTestId="opportunity-form-submit" />}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="opportunity-form-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="opportunity-form" scrollToFirstError
        onValuesChange={(changed) => {
          if ('category' in changed) form.setFieldValue('stageId', undefined);
          if ('customerId' in changed) form.setFieldValue('contactIds', []);
        }}
      >
        <Typography.Title level={5}>{t('opportunity.section.basic')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('opportunity.field.name')} rules={[required('opportunity.field.name'), max(100)]}>
              <Input allowClear data-testid="opportunity-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="customerId" label={t('opportunity.field.customer')} rules={[select('opportunity.field.customer')]}>
              <CustomerChoice type="DIRECT" disabled={editing} initial={opportunity?.customer ?? customer ?? null} data-testid="opportunity-form-customer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="partnerCustomerId" label={t('opportunity.field.partner')}>
              <CustomerChoice type="DISTRIBUTOR" allowClear initial={opportunity?.partnerCustomer ?? null} data-testid="opportunity-form-partner" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactIds" label={t('opportunity.field.contacts')}>
              <ContactChoice customerId={customerId} data-testid="opportunity-form-contacts" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('opportunity.field.category')} rules={[select('opportunity.field.category')]}
              extra={category ? t(`opportunity.categoryRule.${category}` as Parameters<typeof t>[0]) : undefined}>
              <Select disabled={editing} data-testid="opportunity-form-category"
                options={OPPORTUNITY_CATEGORIES.filter((c) => c !== 'WON').map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="stageId" label={t('opportunity.field.stage')} rules={[select('opportunity.field.stage')]}>
              <StageChoice stages={stages} category={category} disabled={!category} data-testid="opportunity-form-stage" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="expectedCloseDate" label={t('opportunity.field.expectedCloseDate')} rules={[select('opportunity.field.expectedCloseDate')]}
              extra={t('opportunity.expectedHint')} {...dateProps}>
              <DatePicker style={{ width: '100%' }} data-testid="opportunity-form-expected" />
            </Form.Item>
          </Col>
          {!editing && category === 'LOST' && (
            <Col xs={24}>
              <Form.Item name="lostReason" label={t('opportunity.field.lostReason')} rules={[required('opportunity.field.lostReason'), max(500)]}>
                <LostReasonInput data-testid="opportunity-form-lostReason" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={8}>
            <Form.Item name="intentCategory" label={t('opportunity.field.intentCategory')}>
              <DictionarySelect kind="opportunity_intent" data-testid="opportunity-form-intent" />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('opportunity.section.products')}</Typography.Title>
        <OpportunityLinesField form={form} lines={lines} />
        <Row gutter={16}>
          <Col xs={24} md={10}>
            {lines.length > 0 ? (
              <Form.Item label={t('opportunity.field.amount')} extra={t('opportunity.amountHint')}>
                <Typography.Text strong data-testid="opportunity-form-total">{formatMoney(total)}</Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item name="amount" label={t('opportunity.field.amount')} rules={[money]} extra={t('opportunity.amountHint')}>
                <Input prefix="¥" inputMode="decimal" data-testid="opportunity-form-amount" />
              </Form.Item>
            )}
          </Col>
        </Row>

        <Typography.Title level={5}>{t('opportunity.section.details')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}><Form.Item name="purchaseReason" label={t('opportunity.field.purchaseReason')} rules={[max(500)]}><Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="purchaseForm" label={t('opportunity.field.purchaseForm')} rules={[max(100)]}><Input /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="budget" label={t('opportunity.field.budget')} rules={[money]}><Input prefix="¥" inputMode="decimal" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="executionTime" label={t('opportunity.field.executionTime')} rules={[max(100)]}><Input /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="requirements" label={t('opportunity.field.requirements')} rules={[max(1000)]}><Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="competitors" label={t('opportunity.field.competitors')} rules={[max(500)]}><Input /></Form.Item></Col>
        </Row>
        {customFields.length > 0 && <FormFields module="opportunity" sections={[{ title: t('customField.section'), fields: customFields }]} />}
      </Form>
    </Drawer>
  );
}
