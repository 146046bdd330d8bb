'use client';
// The add / rename dialog of a dictionary option: one name field; the server's BAD_USER_INPUT lands on it.
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import { ADD_DICTIONARY_OPTION, UPDATE_DICTIONARY_OPTION, type DictionaryOption } from './dictionary.api';

/** What the dialog does: add under a parent (or at the top), or rename an option. */
export type OptionEdit = { mode: 'add'; kind: string; parent: DictionaryOption | null } | { mode: 'rename'; option: DictionaryOption };

interface Values { name: string }

export function OptionForm({ edit, onClose, onSaved }: { edit: OptionEdit | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // One form instance serves every opening: clear the last one's value and errors first.
  useEffect(() => {
    setError(null);
    if (!edit) return;
    form.resetFields();
    form.setFieldsValue({ name: edit.mode === 'rename' ? edit.option.name : '' });
  }, [edit, form]);

  async function submit({ name }: Values) {
    if (!edit) return;
    setError(null);
    setSaving(true);
    try {
      if (edit.mode === 'add') await gql(ADD_DICTIONARY_OPTION, { input: { kind: edit.kind, name, parentId: edit.parent?.id ?? null } });
      else await gql(UPDATE_DICTIONARY_OPTION, { id: edit.option.id, input: { name } });
      onSaved();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, ['name']);
      form.setFields(fields.map((f) => ({ name: 'name' as const, errors: f.errors })));
      setError(message);
    } finally {
      setSaving(false);
    }
  }

  const title = edit?.mode === 'rename' ? t('dictionary.renameTitle') : edit?.parent ? t('dictionary.addCity') : t('dictionary.add');
  return (
    <Modal open={!!edit} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('action.save')} confirmLoading={saving}
      destroyOnHidden okButtonProps={testId('dictionary-form-submit')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {edit?.mode === 'add' && edit.parent && (
        <Typography.Paragraph type="secondary">{t('dictionary.field.parent')}：{edit.parent.name}</Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="dictionary-form">
        <Form.Item name="name" label={t('dictionary.field.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('dictionary.field.name') }) }, { max: 50 }]}>
          <Input autoFocus maxLength={50} data-testid="dictionary-form-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
