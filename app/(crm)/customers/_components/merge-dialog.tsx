'use client';
// 合并客户: the selected customers side by side, one radio per field and customer; the earliest created is kept and
// takes the chosen values, the others move into it and go to the recycle bin (lib/customer/customer-merge.service.ts).
import { useEffect, useMemo, useState } from 'react';
import { Alert, Modal, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { levelLabel, testId, typeLabel } from '@/app/_lib/labels';
import { MERGE_CANDIDATE, MERGE_CUSTOMERS, MERGE_FIELDS, type MergeCandidate, type MergeField } from '@/app/_lib/api/dataio';

export const MAX_MERGE = 10;

interface Props { ids: string[]; open: boolean; onClose: () => void; onDone: (keptCode: string) => void }

const byCreation = (a: MergeCandidate, b: MergeCandidate) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || Number(a.id) - Number(b.id);
const blank = (v: unknown) => v === null || v === undefined || v === '';

/** The server's default: the kept value, or the first one among the others when the kept customer has none. */
function defaults(rows: MergeCandidate[]): Record<MergeField, string> {
  const out = {} as Record<MergeField, string>;
  for (const field of MERGE_FIELDS) out[field] = (rows.find((c) => !blank(c[field])) ?? rows[0]).id;
  return out;
}

export function MergeDialog({ ids, open, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [rows, setRows] = useState<MergeCandidate[] | null>(null);
  const [choice, setChoice] = useState<Record<MergeField, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setRows(null); setChoice(null); setFailure(null);
    let live = true;
    Promise.all(ids.map((id) => gql(MERGE_CANDIDATE, { id }))).then((answers) => {
      if (!live) return;
      const found = answers.map((a) => a.customer).filter((c): c is MergeCandidate => !!c).sort(byCreation);
      setRows(found);
      setChoice(defaults(found));
    }).catch((e) => live && setFailure(errorMessage(t, e)));
    return () => { live = false; };
  }, [open, ids, t]);

  const show = (field: MergeField, value: unknown) => {
    if (blank(value)) return <Typography.Text type="secondary">{t('merge.empty')}</Typography.Text>;
    if (field === 'type') return typeLabel(t, value as never);
    if (field === 'level') return levelLabel(t, value as never);
    return String(value);
  };

  const columns = useMemo(() => [
    { key: 'field', title: t('merge.field'), width: 110, fixed: 'left' as const, render: (_: unknown, field: MergeField) => t(`customer.field.${field}` as MessageKey) },
    ...(rows ?? []).map((c, i) => ({
      key: c.id,
      title: (
        <Space direction="vertical" size={0}>
          <Space size={4}>{c.code}{i === 0 && <Tag color="blue">{t('merge.kept')}</Tag>}</Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.owner?.name ?? '—'} · {formatDateTime(c.createdAt)}</Typography.Text>
        </Space>
      ),
      render: (_: unknown, field: MergeField) => (
        <Radio checked={choice?.[field] === c.id} onChange={() => setChoice((old) => ({ ...old!, [field]: c.id }))} data-testid={`merge-pick-${field}-${c.code}`}>
          {show(field, c[field])}
        </Radio>
      ),
    })),
  ], [rows, choice, t]); // eslint-disable-line react-hooks/exhaustive-deps

  // Fields whose values differ come first: those are the choices to make.
  const ordered = useMemo(() => {
    const differs = (f: MergeField) => new Set((rows ?? []).map((c) => (blank(c[f]) ? '' : String(c[f])))).size > 1;
    return [...MERGE_FIELDS.filter(differs), ...MERGE_FIELDS.filter((f) => !differs(f))];
  }, [rows]);

  async function submit() {
    if (!rows || !choice) return;
    setBusy(true); setFailure(null);
    try {
      const choices = MERGE_FIELDS.map((field) => ({ field, customerId: choice[field] }));
      const { mergeCustomers } = await gql(MERGE_CUSTOMERS, { input: { ids: rows.map((c) => c.id), choices } });
      onDone(mergeCustomers.kept.code);
    } catch (e) {
      setFailure(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  const tooFew = ids.length < 2;
  const tooMany = ids.length > MAX_MERGE;
  return (
    <Modal open={open} onCancel={onClose} onOk={submit} confirmLoading={busy} width={Math.min(1200, 260 + 240 * Math.max(2, ids.length))} destroyOnHidden
      title={t('merge.title', { count: ids.length })} okText={t('merge.submit')} cancelText={t('action.cancel')}
      okButtonProps={{ danger: true, disabled: !rows || rows.length < 2 || tooMany, ...testId<object>('merge-submit') }}>
      {tooFew && <Alert type="warning" showIcon title={t('merge.needTwo')} />}
      {tooMany && <Alert type="warning" showIcon title={t('merge.tooMany', { max: MAX_MERGE })} />}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      {!tooFew && !tooMany && !rows && !failure && <Spin />}
      {rows && rows.length >= 2 && (
        <>
          <Typography.Paragraph type="secondary">{t('merge.explain', { code: rows[0].code })}</Typography.Paragraph>
          <Table<MergeField> size="small" rowKey={(f) => f} pagination={false} dataSource={ordered} columns={columns} scroll={{ x: 110 + 220 * rows.length, y: 480 }} data-testid="merge-table" />
        </>
      )}
    </Modal>
  );
}
