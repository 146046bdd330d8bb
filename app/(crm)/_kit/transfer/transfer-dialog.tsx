'use client';
// The one transfer dialog (转移): pick a colleague within your write scope, plus the cascade options the module
// declares (e.g. a customer's contacts, open opportunities, contracts), each offered only with its permission.
import { useEffect } from 'react';
import { Alert, Checkbox, Form, Modal, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { testId } from '@/app/_lib/labels';
import { can, useMe } from '@/app/_lib/me';
import { UserPicker } from '@/app/_components/user-picker';
import { gql } from '@/app/_lib/graphql';
import type { TypedDocumentString } from '@/app/_lib/gql/graphql';
import { useFormSubmit } from '@/app/_lib/use-form-submit';

export interface CascadeOption {
  /** The transfer input's flag, e.g. `withContacts`. */
  name: string;
  label: string;
  hint?: string;
  /** Ticked when the dialog opens. */
  checked?: boolean;
  /** Offered only to users with this permission (sent as false otherwise). */
  permission?: string;
  testId?: string;
}

export interface TransferInput { ids: string[]; toUserId: string; [flag: string]: unknown }

interface Props {
  /** Test ids: <prefix>-form, -user, -submit, -error, and one per option. */
  testIdPrefix: string;
  /** Whose write scope decides the colleagues offered. */
  module: string;
  ids: string[];
  open: boolean;
  title: string;
  /** "Transfer N records to:" */
  countText: string;
  cascades?: CascadeOption[];
  transfer: (input: TransferInput) => Promise<unknown>;
  errorText?: (error: unknown) => string | null;
  onClose: () => void;
  onDone: (count: number) => void;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function TransferDialog({ testIdPrefix: prefix, module, ids, open, title, countText, cascades = [], transfer, errorText, onClose, onDone }: Props) {
  const { t } = useI18n();
  const { me } = useMe();
  const [form] = Form.useForm<Record<string, unknown>>();
  const offered = cascades.filter((c) => !c.permission || can(me, c.permission));
  const { busy, error, setError, submit } = useFormSubmit(form, ['toUserId'], errorText);

  useEffect(() => {
    if (open) { form.resetFields(); setError(null); }
  }, [open, form, setError]);

  const send = (values: Record<string, unknown>) => submit(async () => {
    const flags = Object.fromEntries(cascades.map((c) => [c.name, offered.includes(c) && !!values[c.name]]));
    await transfer({ ids, toUserId: String(values.toUserId), ...flags });
    onDone(ids.length);
  });

  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('action.transfer')} cancelText={t('action.cancel')}
      confirmLoading={busy} destroyOnHidden okButtonProps={testId(`${prefix}-submit`)}>
      <Typography.Paragraph type="secondary">{countText}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid={`${prefix}-error`} />}
      <Form form={form} layout="vertical" onFinish={send} data-testid={`${prefix}-form`}
        initialValues={Object.fromEntries(offered.map((c) => [c.name, !!c.checked]))}>
        <Form.Item name="toUserId" label={t('transfer.toUser')} rules={[{ required: true, message: t('validation.select', { field: t('transfer.toUser') }) }]}>
          <UserPicker source="transfer" module={module} data-testid={`${prefix}-user`} />
        </Form.Item>
        {offered.map((c) => (
          <Form.Item key={c.name} name={c.name} valuePropName="checked" style={{ marginBottom: 8 }} extra={c.hint}>
            <Checkbox data-testid={c.testId ?? `${prefix}-${kebab(c.name)}`}>{c.label}</Checkbox>
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];
interface SimpleTransfer {
  testIdPrefix: string;
  module: string;
  title: (t: Translate) => string;
  count: (t: Translate, count: number) => string;
  mutation: TypedDocumentString<unknown, { input: { ids: string[]; toUserId: string } }>;
  errorText?: (t: Translate, error: unknown) => string | null;
}

/** A module's transfer dialog without cascade options: the records move to the chosen colleague, nothing else. */
export function simpleTransfer(config: SimpleTransfer) {
  return function SimpleTransferDialog(props: { ids: string[]; open: boolean; onClose: () => void; onDone: (count: number) => void }) {
    const { t } = useI18n();
    return (
      <TransferDialog {...props} testIdPrefix={config.testIdPrefix} module={config.module} title={config.title(t)} countText={config.count(t, props.ids.length)}
        transfer={({ ids, toUserId }) => gql(config.mutation, { input: { ids, toUserId } })} errorText={config.errorText && ((e) => config.errorText!(t, e))} />
    );
  };
}
