'use client';
// Create / edit a customer, from field descriptions. Rules mirror the server's; server field errors land on their
// fields, and a duplicate name says which customer already has it — while it is typed (查重), and again on save.
import { useMemo, useState } from 'react';
import { EMAIL, MOBILE, PHONE, POSTCODE, WEBSITE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { levelLabel, typeLabel } from '@/app/_lib/labels';
import {
  CREATE_CUSTOMER, CUSTOMER_INPUT_FIELDS, CUSTOMER_LEVELS, CUSTOMER_TYPES, UPDATE_CUSTOMER, type CustomerDetail, type CustomerInput,
} from '@/app/_lib/api/customers';
import type { FieldDef } from '../../_kit/fields/field-def';
import { matches, maxLength, required } from '../../_kit/fields/rules';
import type { FormSection } from '../../_kit/form/form-fields';
import { RecordFormDrawer } from '../../_kit/form/form-drawer';
import { DuplicateHints, type DuplicateProbe, useDuplicateHits } from './duplicate-hints';
import { type CustomFieldDef, useCustomFields } from '@/app/_lib/custom-fields';
import { customFormFields, customInitialValues, splitCustomValues } from '../../_kit/fields/custom-fields';

interface Props {
  open: boolean;
  /** The customer being edited; absent to create one. */
  customer?: CustomerDetail | null;
  onClose: () => void;
  onSaved: (result: { id: string; code?: string }) => void;
}

/** Only the input fields, with the edited customer's values (null where empty), custom fields included. */
export function initialValuesOf(customer?: CustomerDetail | null, custom: readonly CustomFieldDef[] = []): Partial<CustomerInput> {
  if (!customer) return { type: 'DIRECT', level: 'NORMAL' };
  const out: Record<string, unknown> = customInitialValues(custom, customer.customFields);
  for (const f of CUSTOMER_INPUT_FIELDS) out[f] = customer[f as keyof CustomerDetail] ?? null;
  return out as Partial<CustomerInput>;
}

/** `nameExtra`: what shows under the name (the duplicates found while typing); `custom`: the custom fields' section. */
function sections(t: Translate, nameExtra?: React.ReactNode, custom: FieldDef[] = []): FormSection[] {
  const label = (f: string) => t(`customer.field.${f}` as MessageKey);
  const text = (name: string, span: number, ...rules: FieldDef['rules'] & object): FieldDef => ({ name, label: label(name), kind: 'text', span, rules });
  return [
    {
      title: t('customer.section.basic'),
      fields: [
        { ...text('name', 24, required(t, label('name')), maxLength(t, 100)), extra: nameExtra },
        { name: 'type', label: label('type'), kind: 'select', options: CUSTOMER_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) })) },
        { name: 'level', label: label('level'), kind: 'select', options: CUSTOMER_LEVELS.map((v) => ({ value: v, label: levelLabel(t, v) })) },
        { name: 'industry', label: label('industry'), kind: 'dictionary', dictionary: 'industry', span: 8 },
        { name: 'source', label: label('source'), kind: 'dictionary', dictionary: 'customer_source', span: 8 },
        { name: 'region', label: label('region'), kind: 'dictionary', dictionary: 'region', span: 8 },
        text('address', 16, maxLength(t, 200)),
        text('postcode', 8, matches(t, POSTCODE, 'validation.postcode')),
        { name: 'profile', label: label('profile'), kind: 'textarea', span: 24, rows: 2, maxLength: 50, rules: [maxLength(t, 50)], extra: t('customer.profileHint') },
      ],
    },
    {
      title: t('customer.section.contact'),
      fields: [
        text('contactName', 12, maxLength(t, 50)),
        text('contactPosition', 12, maxLength(t, 50)),
        text('mobile', 12, matches(t, MOBILE, 'validation.mobile')),
        text('phone', 12, matches(t, PHONE, 'validation.phone')),
        text('email', 12, matches(t, EMAIL, 'validation.email'), maxLength(t, 100)),
        text('website', 12, matches(t, WEBSITE, 'validation.website'), maxLength(t, 200)),
      ],
    },
    ...(custom.length ? [{ title: t('customField.section'), fields: custom }] : []),
    { title: t('customer.section.other'), fields: [{ name: 'remarks', label: label('remarks'), kind: 'textarea', span: 24, rows: 3, rules: [maxLength(t, 1000)] }] },
  ];
}

export function CustomerFormDrawer({ open, customer, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [probe, setProbe] = useState<DuplicateProbe>({});
  const hits = useDuplicateHits(open ? probe : {}, customer?.code);
  const custom = useCustomFields('customer');
  const form = useMemo(() => sections(t, hits.length ? <DuplicateHints hits={hits} /> : undefined, customFormFields(t, custom, customer?.customFields)), [t, hits, custom, customer]);
  return (
    <RecordFormDrawer<CustomerInput>
      module="customer"
      open={open}
      title={customer ? t('customer.edit') : t('customer.create')}
      sections={form}
      initialValues={initialValuesOf(customer, custom)}
      recordId={customer?.id}
      onClose={() => { setProbe({}); onClose(); }}
      onValuesChange={(_, all) => setProbe({ name: all.name, mobile: all.mobile, phone: all.phone, email: all.email })}
      onSubmit={async (formValues) => {
        const values = splitCustomValues(custom, formValues);
        if (customer) {
          await gql(UPDATE_CUSTOMER, { id: customer.id, input: values });
          onSaved({ id: customer.id });
        } else {
          const { createCustomer } = await gql(CREATE_CUSTOMER, { input: values });
          onSaved(createCustomer);
        }
        setProbe({});
      }}
    />
  );
}
