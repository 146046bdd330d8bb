'use client';
// Create / edit a lead, from field descriptions. Rules mirror the server's (lib/lead/lead.validation.ts); server
// field errors land on their fields.
import { useMemo } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { EMAIL, MOBILE, PHONE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { CREATE_LEAD, LEAD_INPUT_FIELDS, SETTABLE_LEAD_STATUSES, UPDATE_LEAD, type LeadDetail, type LeadInput } from '@/app/_lib/api/leads';
import type { FieldDef } from '../../_kit/fields/field-def';
import { matches, maxLength, required } from '../../_kit/fields/rules';
import type { FormSection } from '../../_kit/form/form-fields';
import { RecordFormDrawer } from '../../_kit/form/form-drawer';
import { leadStatusLabel } from './lead-labels';
import { type CustomFieldDef, useCustomFields } from '@/app/_lib/custom-fields';
import { customFormFields, customInitialValues, splitCustomValues } from '../../_kit/fields/custom-fields';

type Values = Omit<LeadInput, 'nextContactAt'> & { nextContactAt?: Dayjs | null };

interface Props {
  open: boolean;
  /** The lead being edited; absent to create one. */
  lead?: LeadDetail | null;
  onClose: () => void;
  onSaved: (result: { id: string; name?: string }) => void;
}

function initialValues(lead: LeadDetail | null | undefined, custom: readonly CustomFieldDef[]): Partial<Values> {
  if (!lead) return { status: 'NEW' };
  const out: Record<string, unknown> = customInitialValues(custom, lead.customFields);
  for (const f of LEAD_INPUT_FIELDS) out[f] = lead[f as keyof LeadDetail] ?? null;
  return { ...out, nextContactAt: lead.nextContactAt ? dayjs(lead.nextContactAt) : null } as Partial<Values>;
}

/** `custom`: the custom fields' section, before the remarks. */
function sections(t: Translate, custom: FieldDef[]): FormSection[] {
  const label = (f: string) => t(`lead.field.${f}` as MessageKey);
  const text = (name: string, span: number, ...rules: FieldDef['rules'] & object): FieldDef => ({ name, label: label(name), kind: 'text', span, rules });
  return [
    {
      title: t('lead.section.person'),
      fields: [
        text('name', 12, required(t, label('name')), maxLength(t, 50)),
        { ...text('company', 12, maxLength(t, 100)), extra: t('lead.companyHint') },
        text('mobile', 12, matches(t, MOBILE, 'validation.mobile')),
        text('phone', 12, matches(t, PHONE, 'validation.phone')),
        text('email', 24, matches(t, EMAIL, 'validation.email'), maxLength(t, 100)),
      ],
    },
    {
      title: t('lead.section.other'),
      fields: [
        { name: 'status', label: label('status'), kind: 'select', options: SETTABLE_LEAD_STATUSES.map((v) => ({ value: v, label: leadStatusLabel(t, v) })) },
        { name: 'source', label: label('source'), kind: 'dictionary', dictionary: 'customer_source', span: 12 },
        { name: 'nextContactAt', label: label('nextContactAt'), kind: 'dateTime' },
        text('address', 12, maxLength(t, 200)),
        { name: 'remarks', label: label('remarks'), kind: 'textarea', span: 24, rows: 3, maxLength: 1000, rules: [maxLength(t, 1000)] },
      ],
    },
    ...(custom.length ? [{ title: t('customField.section'), fields: custom }] : []),
  ];
}

export function LeadFormDrawer({ open, lead, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const custom = useCustomFields('lead');
  const form = useMemo(() => sections(t, customFormFields(t, custom, lead?.customFields)), [t, custom, lead]);
  return (
    <RecordFormDrawer<Values>
      module="lead"
      open={open}
      title={lead ? t('lead.edit') : t('lead.create')}
      sections={form}
      initialValues={initialValues(lead, custom)}
      recordId={lead?.id}
      width={640}
      onClose={onClose}
      onSubmit={async (formValues) => {
        const values = splitCustomValues(custom, formValues);
        const input = { ...values, nextContactAt: values.nextContactAt ? values.nextContactAt.toISOString() : null };
        if (lead) {
          await gql(UPDATE_LEAD, { id: lead.id, input });
          onSaved({ id: lead.id });
        } else {
          const { createLead } = await gql(CREATE_LEAD, { input });
          onSaved(createLead);
        }
      }}
    />
  );
}
