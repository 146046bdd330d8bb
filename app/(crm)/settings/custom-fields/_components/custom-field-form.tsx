'use client';
// Add or edit a custom field. Key, type and where a choice field's options come from are fixed once created (records
// hold values of that shape); label and required can change at any time.
import { useMemo } from 'react';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import type { CustomFieldDef, CustomFieldModule } from '@/app/_lib/custom-fields';
import type { CustomFieldType } from '@/app/_lib/gql/graphql';
import type { FieldDef } from '../../../_kit/fields/field-def';
import { maxLength, required } from '../../../_kit/fields/rules';
import { FormModal } from '../../../_kit/form/form-modal';
import { CREATE_CUSTOM_FIELD, UPDATE_CUSTOM_FIELD } from './custom-field.api';

export const FIELD_TYPES: CustomFieldType[] = ['TEXT', 'LONG_TEXT', 'NUMBER', 'MONEY', 'DATE', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'USER'];
const SHARED_DICTIONARIES = ['customer_source', 'industry', 'followup_method', 'opportunity_intent', 'loss_reason', 'payment_method', 'contract_type', 'service_type', 'expense_type'];
const OWN = '';

interface Values { key: string; label: string; type: CustomFieldType; required: boolean; dictionaryKind: string; options: string }

export type FieldEdit = { mode: 'create'; module: CustomFieldModule } | { mode: 'edit'; field: CustomFieldDef };

export function CustomFieldForm({ edit, onClose, onSaved }: { edit: FieldEdit | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const creating = edit?.mode === 'create';
  const sections = useMemo(() => {
    const fields: FieldDef[] = [
      { name: 'label', label: t('customField.label'), kind: 'text', span: 12, rules: [required(t, t('customField.label')), maxLength(t, 50)] },
    ];
    if (creating) {
      fields.push(
        { name: 'key', label: t('customField.key'), kind: 'text', span: 12, extra: t('customField.keyHint'), rules: [required(t, t('customField.key')), { pattern: /^[a-z][A-Za-z0-9]{1,39}$/, message: t('customField.keyHint') }] },
        { name: 'type', label: t('customField.type'), kind: 'select', span: 12, options: FIELD_TYPES.map((v) => ({ value: v, label: t(`customField.type.${v}`) })), rules: [required(t, t('customField.type'))] },
        { name: 'dictionaryKind', label: t('customField.optionSource'), kind: 'select', span: 12,
          options: [{ value: OWN, label: t('customField.ownOptions') }, ...SHARED_DICTIONARIES.map((k) => ({ value: k, label: t(`dictionary.kind.${k}` as never) }))] },
        { name: 'options', label: t('customField.options'), kind: 'textarea', span: 24, rows: 4, extra: t('customField.optionsHint') },
      );
    }
    fields.push({ name: 'required', label: t('customField.required'), kind: 'switch', span: 12 });
    return [{ fields }];
  }, [t, creating]);

  const initialValues: Partial<Values> = edit?.mode === 'edit'
    ? { label: edit.field.label, required: edit.field.required }
    : { type: 'TEXT', required: false, dictionaryKind: OWN, options: '' };

  async function submit(values: Values) {
    if (!edit) return;
    if (edit.mode === 'edit') {
      await gql(UPDATE_CUSTOM_FIELD, { id: edit.field.id, input: { label: values.label, required: !!values.required } });
    } else {
      const choice = values.type === 'SINGLE_CHOICE' || values.type === 'MULTI_CHOICE';
      const options = (values.options ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
      await gql(CREATE_CUSTOM_FIELD, { input: {
        module: edit.module, key: values.key, label: values.label, type: values.type, required: !!values.required,
        ...(choice && values.dictionaryKind ? { dictionaryKind: values.dictionaryKind } : {}),
        ...(choice && !values.dictionaryKind ? { options } : {}),
      } });
    }
    onSaved();
  }

  return (
    <FormModal<Values> module="custom-field" testId="custom-field-form" open={!!edit} recordId={edit?.mode === 'edit' ? edit.field.id : 'new'}
      title={creating ? t('customField.add') : t('customField.edit')} sections={sections} initialValues={initialValues}
      note={creating ? t('customField.fixedNote') : undefined} onSubmit={submit} onClose={onClose} width={640} />
  );
}
