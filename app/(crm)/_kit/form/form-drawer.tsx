'use client';
// The create / edit drawer of a record: fields from descriptions (or the module's own body), the footer, the
// server's field errors on their fields and the rest in one alert; fields as the viewer's field permissions allow. Test ids: <module>-form, -form-submit, …
import { useEffect, useMemo, useRef } from 'react';
import { Alert, Drawer, Form, Grid, type FormInstance } from 'antd';
import { useFieldModes } from '@/app/_lib/field-modes';
import { type FormSection, FormFields, fieldNames, permittedSections, writableValues } from './form-fields';
import { useFormSubmit } from '@/app/_lib/use-form-submit';
import { DrawerFooter } from './drawer-footer';

interface Props<V> {
  module: string;
  open: boolean;
  title: string;
  onClose: () => void;
  /** Saves the values; a thrown API error lands on the fields it names. */
  onSubmit: (values: V) => Promise<void>;
  /** The values the drawer opens with (read when it opens, or when `recordId` changes). */
  initialValues?: Partial<V>;
  recordId?: string | null;
  sections?: FormSection[];
  /** A body of the module's own (line items, dependent pickers), inside the same form. */
  children?: React.ReactNode;
  /** When the module needs the form itself (watching values, setting them). */
  form?: FormInstance<V>;
  /** Field names that server errors may name, beyond those of `sections`. */
  errorFields?: readonly string[];
  /** A module's own reading of an error (null: the usual message). */
  errorText?: (error: unknown) => string | null;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  width?: number;
}

export function RecordFormDrawer<V extends object>(props: Props<V>) {
  const { module, open, initialValues } = props;
  // Field permissions: hidden fields left out, read-only and masked ones disabled and never sent.
  const modes = useFieldModes(module);
  const sections = useMemo(() => permittedSections(props.sections ?? [], modes), [props.sections, modes]);
  const [own] = Form.useForm<V>();
  const form = props.form ?? own;
  const screens = Grid.useBreakpoint();
  const { busy, error, setError, submit } = useFormSubmit(form, [...fieldNames(sections), ...(props.errorFields ?? [])], props.errorText);

  const initial = useRef(initialValues);
  initial.current = initialValues;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial.current) form.setFieldsValue(initial.current as never);
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when the drawer opens or shows another record
  }, [open, props.recordId, form]);

  return (
    <Drawer
      open={open}
      onClose={props.onClose}
      title={props.title}
      size={screens.md ? props.width ?? 720 : '100%'}
      destroyOnHidden
      footer={<DrawerFooter onCancel={props.onClose} onSave={() => form.submit()} busy={busy} saveTestId={`${module}-form-submit`} cancelTestId={`${module}-form-cancel`} />}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid={`${module}-form-error`} />}
      <Form<V> form={form} layout="vertical" onFinish={(values) => submit(() => props.onSubmit(writableValues(values, modes)))} onValuesChange={props.onValuesChange}
        data-testid={`${module}-form`} scrollToFirstError>
        <FormFields module={module} sections={sections} />
        {props.children}
      </Form>
    </Drawer>
  );
}
