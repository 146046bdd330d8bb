'use client';
// Disabling a user (SPEC 2.1 员工离职): first what they still own, then — in one step with the disabling — their
// records go to a successor and/or their customers to the public pool, so nothing is left behind unnoticed.
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Descriptions, Form, Modal, Spin, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import type { AdminUser } from '@/app/_lib/api/admin';
import {
  OFFBOARDING_KINDS, OFFBOARDING_PREVIEW_QUERY, OFFBOARD_USER,
  type OffboardingCounts, type OffboardingResult,
} from '@/app/_lib/api/offboarding';
import { UserPicker } from '@/app/_components/user-picker';
import { kindLabel } from './offboarding-summary';

interface Values { successorId?: string; releaseCustomersToPool?: boolean }
const FORM_FIELDS = ['successorId', 'releaseCustomersToPool'] as const;

/** The module whose write scope offers the successors: that of the first kind of record that goes to them. */
function pickerModule(records: OffboardingCounts, releasing: boolean): string {
  if (records.customers > 0 && !releasing) return 'customer';
  const modules: [keyof OffboardingCounts, string][] = [['contacts', 'contact'], ['opportunities', 'opportunity'], ['contracts', 'contract'], ['leads', 'lead'], ['openTasks', 'task']];
  return modules.find(([kind]) => records[kind] > 0)?.[1] ?? 'customer';
}

export function OffboardingModal({ user, onClose, onDone }: { user: AdminUser | null; onClose: () => void; onDone: (result: OffboardingResult) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Always counted afresh when the modal opens: a cached count could hide records added meanwhile.
  const { data, error: loadError, isValidating } = useQuery(
    OFFBOARDING_PREVIEW_QUERY, user ? { userId: user.id } : null, { revalidateOnFocus: false, revalidateOnReconnect: false, dedupingInterval: 0 },
  );
  const records = !isValidating && data?.offboardingPreview.user.id === user?.id ? data?.offboardingPreview.records : undefined;
  const releasing = Form.useWatch('releaseCustomersToPool', form) ?? false;
  const successorId = Form.useWatch('successorId', form);
  useEffect(() => { if (user) { form.resetFields(); setError(null); } }, [user, form]);

  async function submit(values: Values) {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      const { offboardUser } = await gql(OFFBOARD_USER, {
        input: { userId: user.id, successorId: values.successorId ?? null, releaseCustomersToPool: !!values.releaseCustomersToPool },
      });
      onDone(offboardUser);
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, FORM_FIELDS);
      form.setFields(fields.map((f) => ({ name: f.name as keyof Values, errors: f.errors })));
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  const handsOver = !!records && records.total > 0;
  return (
    <Modal
      open={!!user}
      title={user ? t('offboarding.title', { name: user.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={handsOver ? t('offboarding.submit') : t('offboarding.submitPlain')}
      cancelText={t('action.cancel')}
      okButtonProps={{ danger: true, disabled: !records, ...testId('offboarding-submit') }}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
    >
      <div data-testid="offboarding-modal">
        {loadError && <Alert type="error" showIcon title={errorMessage(t, loadError)} role="alert" />}
        {!records && !loadError && <Spin style={{ display: 'block', margin: '24px auto' }} />}
        {records && !handsOver && <Typography.Paragraph data-testid="offboarding-nothing">{t('offboarding.nothing', { name: user?.name })}</Typography.Paragraph>}
        {records && handsOver && (
          <>
            <Typography.Paragraph>{t('offboarding.intro', { name: user?.name })}</Typography.Paragraph>
            <Descriptions
              size="small" bordered column={{ xs: 2, sm: 3 }} style={{ marginBottom: 16 }} data-testid="offboarding-counts"
              items={OFFBOARDING_KINDS.map((kind) => ({
                key: kind, label: kindLabel(t, kind),
                children: <Typography.Text strong={records[kind] > 0} type={records[kind] ? undefined : 'secondary'} data-testid={`offboarding-count-${kind}`}>{records[kind]}</Typography.Text>,
              }))}
            />
          </>
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        {/* The form is there (empty) with nothing to hand over too, so that OK always submits through it. */}
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ releaseCustomersToPool: false }} data-testid="offboarding-form">
          {handsOver && (
            <>
              <Form.Item
                name="successorId" label={t('offboarding.successor')} extra={t('offboarding.successorHint')} dependencies={['releaseCustomersToPool']}
                rules={[({ getFieldValue }) => ({
                  validator: (_, value) => (value || getFieldValue('releaseCustomersToPool') ? Promise.resolve() : Promise.reject(new Error(t('offboarding.successorRequired')))),
                })]}
              >
                <UserPicker source="transfer" module={pickerModule(records, releasing)} allowClear exclude={user ? [user.id] : undefined} data-testid="offboarding-successor" />
              </Form.Item>
              {records.customers > 0 && (
                <Form.Item name="releaseCustomersToPool" valuePropName="checked" extra={t('offboarding.releaseHint')}>
                  <Checkbox data-testid="offboarding-release">{t('offboarding.release')}</Checkbox>
                </Form.Item>
              )}
              {releasing && !successorId && records.total > records.customers && (
                <Alert type="warning" showIcon title={t('offboarding.keptWarning', { name: user?.name })} data-testid="offboarding-kept-warning" />
              )}
            </>
          )}
        </Form>
      </div>
    </Modal>
  );
}
