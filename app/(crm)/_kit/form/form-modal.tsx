'use client';
// A small form in a dialog (return to pool, assign, a contact…): fields from descriptions, one submit, the server's
// field errors on their fields and the rest in one alert. Test ids: <testId> on the form, <testId>-submit on OK.
import { useEffect, useMemo, useRef } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { testId as tid } from '@/app/_lib/labels';
import { useFieldModes } from '@/app/_lib/field-modes';
import { type FormSection, FormFields, fieldNames, permittedSections, writableValues } from './form-fields';
import { useFormSubmit } from '@/app/_lib/use-form-submit';

interface Props<V> {
  /** Field test ids are <module>-form-<name> unless a field names its own. */
  module: string;
  testId: string;
  /** Defaults to <testId>-submit. */
  submitTestId?: string;
  open: boolean;
  title: string;
  okText?: string;
  danger?: boolean;
  /** A line above the form (e.g. how many records). */
  hint?: React.ReactNode;
  /** A line below the form. */
  note?: React.ReactNode;
  sections: FormSection[];
  initialValues?: Partial<V>;
  recordId?: string | null;
  onSubmit: (values: V) => Promise<void>;
  errorText?: (error: unknown) => string | null;
  onClose: () => void;
  width?: number;
}

export function FormModal<V extends object>(props: Props<V>) {
  const { open } = props;
  const { t } = useI18n();
  // Field permissions of the module, as in the form drawer.
  const modes = useFieldModes(props.module);
  const sections = useMemo(() => permittedSections(props.sections, modes), [props.sections, modes]);
  const [form] = Form.useForm<V>();
  const { busy, error, setError, submit } = useFormSubmit(form, fieldNames(sections), props.errorText);
  const initial = useRef(props.initialValues);
  initial.current = props.initialValues;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial.current) form.setFieldsValue(initial.current as never);
    setError(null);
  }, [open, props.recordId, form, setError]);

  return (
    <Modal open={open} title={props.title} onCancel={props.onClose} onOk={() => form.submit()} okText={props.okText ?? t('action.save')} cancelText={t('action.cancel')}
      confirmLoading={busy} destroyOnHidden width={props.width} okButtonProps={{ danger: props.danger, ...tid<object>(props.submitTestId ?? `${props.testId}-submit`) }}>
      {props.hint && <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<V> form={form} layout="vertical" onFinish={(values) => submit(() => props.onSubmit(writableValues(values, modes)))} data-testid={props.testId}>
        <FormFields module={props.module} sections={sections} />
      </Form>
      {props.note && <Typography.Text type="secondary">{props.note}</Typography.Text>}
    </Modal>
  );
}
