'use client';
// One editor per document type: name, enabled switch and ordered steps (department head, a role, or a named
// user). Saving replaces the whole flow; approvals already running keep their steps.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formErrorsOf } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import {
  APPROVAL_FLOWS_QUERY, APPROVAL_USER_OPTIONS_QUERY, SAVE_APPROVAL_FLOW, type ApprovalFlow, type ApproverType,
} from '@/app/_lib/api/contracts';
import type { UserRef } from '@/app/_lib/api/customers';

const TYPES: ApproverType[] = ['DEPARTMENT_HEAD', 'ROLE', 'USER'];
interface StepValues { name: string; approverType: ApproverType; roleId?: string | null; userId?: string | null; userName?: string | null }
interface Values { name: string; enabled: boolean; steps: StepValues[]; fallbackUserId?: string | null }

function ApproverUserSelect({ value, onChange, initial, id, allowClear, ...rest }: { value?: string | null; onChange?: (v: string | undefined) => void; initial?: UserRef | null; id?: string; allowClear?: boolean; 'data-testid'?: string }) {
  const [keyword, setKeyword] = useState('');
  const { data } = useQuery(APPROVAL_USER_OPTIONS_QUERY, { keyword: keyword || null }, { keepPreviousData: true });
  const options = useMemo(() => {
    const list = (data?.approvalUserOptions ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }));
    if (initial && !list.some((o) => o.value === initial.id)) list.unshift({ value: initial.id, label: initial.name });
    return list;
  }, [data, initial]);
  return <Select id={id} value={value ?? undefined} onChange={(v) => onChange?.(v ?? undefined)} allowClear={allowClear} showSearch={{ filterOption: false, onSearch: setKeyword }} options={options} style={{ width: '100%' }} data-testid={rest['data-testid']} />;
}

/** Steps that can be left without an approver: a warning, or a note when the fallback approver covers them. */
function FlowWarnings({ flow }: { flow: ApprovalFlow }) {
  const { t } = useI18n();
  if (!flow.warnings.length) return null;
  const covered = flow.warnings.every((w) => w.covered);
  return (
    <Alert
      type={covered ? 'info' : 'warning'} showIcon style={{ marginBottom: 12 }} data-testid={`flow-${flow.documentType}-warnings`}
      title={covered ? t('daily.flow.coveredTitle', { name: flow.fallbackUser?.name ?? '' }) : t('daily.flow.warningTitle')}
      description={flow.warnings.map((w) => (
        <div key={w.position}>{t(`daily.flow.warning.${w.reason}`, { position: w.position, name: w.stepName })}</div>
      ))}
    />
  );
}

function FlowEditor({ flow, roles, onSaved }: { flow: ApprovalFlow; roles: { id: string; name: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const steps = Form.useWatch('steps', form) ?? [];
  const users = useMemo(() => new Map(flow.steps.filter((s) => s.user).map((s) => [s.user!.id, s.user!])), [flow]);

  useEffect(() => {
    form.setFieldsValue({ name: flow.name, enabled: flow.enabled, fallbackUserId: flow.fallbackUserId ?? null, steps: flow.steps.map((s) => ({ name: s.name, approverType: s.approverType, roleId: s.roleId, userId: s.userId })) });
  }, [flow, form]);

  async function save(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await gql(SAVE_APPROVAL_FLOW, { input: {
        documentType: flow.documentType, name: values.name, enabled: values.enabled, fallbackUserId: values.fallbackUserId ?? null,
        steps: (values.steps ?? []).map((s) => ({ name: s.name, approverType: s.approverType, roleId: s.approverType === 'ROLE' ? s.roleId : null, userId: s.approverType === 'USER' ? s.userId : null })),
      } });
      message.success(t('flow.saved'));
      onSaved();
    } catch (e) {
      const names = ['name', 'fallbackUserId', ...(values.steps ?? []).flatMap((_s, i) => ['name', 'roleId', 'userId', 'approverType'].map((f) => `steps.${i}.${f}`))];
      const { fields, message: text } = formErrorsOf(t, e, names);
      form.setFields(fields.map((f) => ({ name: f.name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never, errors: f.errors })));
      setError(text);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      size="small" data-testid={`flow-${flow.documentType}`}
      title={t(`flow.doc.${flow.documentType}` as MessageKey)}
      extra={flow.updatedAt ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('flow.updatedBy', { name: flow.updatedBy?.name ?? '—', time: formatDateTime(flow.updatedAt) })}</Typography.Text> : null}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <FlowWarnings flow={flow} />
      <Form<Values> form={form} layout="vertical" onFinish={save}>
        <Row gutter={16}>
          <Col xs={16} md={12}>
            <Form.Item name="name" label={t('flow.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('flow.name') }) }, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={8} md={12}>
            <Form.Item name="enabled" label={t('flow.enabled')} valuePropName="checked"><Switch data-testid={`flow-${flow.documentType}-enabled`} /></Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('flow.steps')}</Typography.Text>
        <Form.List name="steps">
          {(fields, { add, remove, move }) => (
            <Space orientation="vertical" size={8} style={{ width: '100%', marginTop: 8 }}>
              {!fields.length && <Typography.Text type="secondary">{t('flow.noSteps')}</Typography.Text>}
              {fields.map((field, i) => {
                const type = steps[field.name]?.approverType;
                return (
                  <Card key={field.key} size="small" type="inner" data-testid={`flow-${flow.documentType}-step-${i}`}
                    title={`${i + 1}.`}
                    extra={(
                      <Space size={0}>
                        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('flow.moveUp')} onClick={() => move(i, i - 1)} />
                        <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} aria-label={t('flow.moveDown')} onClick={() => move(i, i + 1)} />
                        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} onClick={() => remove(field.name)} />
                      </Space>
                    )}
                  >
                    <Row gutter={12}>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'name']} label={t('flow.step.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('flow.step.name') }) }]} style={{ marginBottom: 8 }}>
                          <Input data-testid={`flow-${flow.documentType}-step-${i}-name`} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'approverType']} label={t('flow.step.approverType')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                          <Select options={TYPES.map((v) => ({ value: v, label: t(`flow.approverType.${v}` as MessageKey) }))} data-testid={`flow-${flow.documentType}-step-${i}-type`} />
                        </Form.Item>
                      </Col>
                      {type === 'ROLE' && (
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'roleId']} label={t('flow.step.role')} rules={[{ required: true, message: t('validation.select', { field: t('flow.step.role') }) }]} style={{ marginBottom: 8 }}>
                            <Select options={roles.map((r) => ({ value: r.id, label: r.name }))} data-testid={`flow-${flow.documentType}-step-${i}-role`} />
                          </Form.Item>
                        </Col>
                      )}
                      {type === 'USER' && (
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'userId']} label={t('flow.step.user')} rules={[{ required: true, message: t('validation.select', { field: t('flow.step.user') }) }]} style={{ marginBottom: 8 }}>
                            <ApproverUserSelect initial={users.get(steps[field.name]?.userId ?? '') ?? null} />
                          </Form.Item>
                        </Col>
                      )}
                    </Row>
                  </Card>
                );
              })}
              <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= 10} onClick={() => add({ name: '', approverType: 'DEPARTMENT_HEAD' })} data-testid={`flow-${flow.documentType}-add-step`}>
                {t('flow.addStep')}
              </Button>
            </Space>
          )}
        </Form.List>
        <Form.Item name="fallbackUserId" label={t('daily.flow.fallback')} extra={t('daily.flow.fallbackHint')} style={{ marginTop: 16, marginBottom: 0 }}>
          <ApproverUserSelect allowClear initial={flow.fallbackUser ?? null} data-testid={`flow-${flow.documentType}-fallback`} />
        </Form.Item>
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid={`flow-${flow.documentType}-save`}>{t('action.save')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

export function ApprovalFlowSettings() {
  const { t } = useI18n();
  const { data, error, isLoading, mutate } = useQuery(APPROVAL_FLOWS_QUERY);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('flow.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{t('flow.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={formErrorsOf(t, error, []).message} />}
      {isLoading && !data ? <Card><Skeleton active /></Card> : data?.approvalFlows.map((flow) => (
        <FlowEditor key={flow.documentType} flow={flow} roles={data.approvalRoleOptions} onSaved={() => void mutate()} />
      ))}
    </Space>
  );
}
