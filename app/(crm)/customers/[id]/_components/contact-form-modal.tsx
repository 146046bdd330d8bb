'use client';
// Add or edit a contact of a customer, from field descriptions; rules mirror the server's, server field errors land
// on their fields.
import { useMemo } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { EMAIL, MOBILE, PHONE } from '@/lib/text';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { CONTACT_INPUT_FIELDS, CREATE_CONTACT, UPDATE_CONTACT, type Contact, type ContactInput } from '@/app/_lib/api/customers';
import type { FieldDef } from '../../../_kit/fields/field-def';
import { matches, maxLength, required } from '../../../_kit/fields/rules';
import type { FormSection } from '../../../_kit/form/form-fields';
import { FormModal } from '../../../_kit/form/form-modal';
import { type CustomFieldDef, useCustomFields } from '@/app/_lib/custom-fields';
import { customFormFields, customInitialValues, splitCustomValues } from '../../../_kit/fields/custom-fields';

type Values = Omit<ContactInput, 'birthday' | 'customerId'> & { birthday?: Dayjs | null };

interface Props { customerId: string; contact: Contact | null; open: boolean; onClose: () => void; onSaved: () => void }

/** `custom`: the custom fields, after the built-in ones. */
function sections(t: Translate, custom: FieldDef[]): FormSection[] {
  const label = (f: string) => t(`contact.field.${f}` as MessageKey);
  const text = (name: string, ...rules: FieldDef['rules'] & object): FieldDef => ({ name, label: label(name), kind: 'text', rules });
  return [{
    fields: [
      text('name', required(t, label('name')), maxLength(t, 50)),
      text('position', maxLength(t, 50)),
      text('department', maxLength(t, 50)),
      text('mobile', matches(t, MOBILE, 'validation.mobile')),
      text('phone', matches(t, PHONE, 'validation.phone')),
      text('email', matches(t, EMAIL, 'validation.email'), maxLength(t, 100)),
      text('wechat', maxLength(t, 50)),
      { name: 'birthday', label: label('birthday'), kind: 'date' },
      { name: 'remarks', label: label('remarks'), kind: 'textarea', rows: 2, span: 24, rules: [maxLength(t, 500)] },
      { name: 'isPrimary', label: label('isPrimary'), kind: 'switch', span: 24 },
    ],
  }, ...(custom.length ? [{ title: t('customField.section'), fields: custom }] : [])];
}

function initialValues(contact: Contact | null, custom: readonly CustomFieldDef[]): Partial<Values> {
  if (!contact) return { isPrimary: false };
  const values: Record<string, unknown> = customInitialValues(custom, contact.customFields);
  for (const f of CONTACT_INPUT_FIELDS) values[f] = contact[f as keyof Contact] ?? null;
  return { ...values, birthday: contact.birthday ? dayjs(contact.birthday) : null } as Partial<Values>;
}

export function ContactFormModal({ customerId, contact, open, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const custom = useCustomFields('contact');
  const form = useMemo(() => sections(t, customFormFields(t, custom, contact?.customFields)), [t, custom, contact]);
  return (
    <FormModal<Values> module="contact" testId="contact-form" submitTestId="contact-form-submit" open={open} onClose={onClose} width={640}
      title={contact ? t('contact.edit') : t('contact.create')} sections={form} initialValues={initialValues(contact, custom)} recordId={contact?.id}
      onSubmit={async (formValues) => {
        const values = splitCustomValues(custom, formValues);
        // A birthday the viewer may not write is not in the values: it stays out of the input too.
        const { birthday, ...rest } = values;
        const input = 'birthday' in values ? { ...rest, birthday: birthday ? birthday.format('YYYY-MM-DD') : null } : rest;
        if (contact) await gql(UPDATE_CONTACT, { id: contact.id, input });
        else await gql(CREATE_CONTACT, { input: { ...input, customerId } });
        onSaved();
      }} />
  );
}
