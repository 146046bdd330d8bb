'use client';
// Audit entries, newest first, filtered by record type, action, actor and time (days in Asia/Shanghai).
import { Card, Col, Row, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useI18n } from '@/app/_lib/i18n/context';
import { messageKeys } from '@/app/_lib/i18n/catalog';
import { useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { actionLabel, fieldLabel, formatValue, parseChanges, peopleNames } from '@/app/_lib/history';
import { entityLabel } from '@/app/_lib/labels';
import { AUDIT_LOGS_QUERY, type AuditLogFilter, type AuditLogRow } from '@/app/_lib/api/admin';
import { UserPicker } from '@/app/_components/user-picker';
import { AdminTable, DayRangeFilter, usePagedFilter } from '../../_components/admin-table';

/** Every record type the catalogue names (entity.*), for the type filter. */
const ENTITY_TYPES = messageKeys('entity.').map((key) => key.slice('entity.'.length));
/** Record types with a page of their own: the record column links there. */
const DETAIL_PATHS: Record<string, string> = { customer: '/customers', contact: '/contacts', lead: '/leads', opportunity: '/opportunities', contract: '/contracts', receivable: '/receivables' };
/** The actions the catalogue names, picked by name instead of typed as codes. */
const ACTIONS = messageKeys('history.action.').map((key) => key.slice('history.action.'.length));

export function AuditLogList() {
  const { t } = useI18n();
  const { update, page, setPage, variables } = usePagedFilter<AuditLogFilter>();
  const { data, error, isLoading } = useQuery(AUDIT_LOGS_QUERY, variables, { keepPreviousData: true });
  const actorNames = new Map((data?.auditLogs.nodes ?? []).flatMap((r) => (r.actor ? [[r.actor.id, r.actor.name] as const] : [])));

  const summary = (row: AuditLogRow) => {
    const userName = peopleNames([row], (id) => actorNames.get(id));
    const show = (field: string, value: unknown) => formatValue(t, field, value, userName, row.entityType);
    return parseChanges(row.changes)
      .map((c) => `${fieldLabel(t, row.entityType, c.field)}${t('common.colon')}${c.changed ? `${show(c.field, c.before)} → ${show(c.field, c.after)}` : show(c.field, c.value)}`)
      .join('；');
  };

  const columns: TableColumnsType<AuditLogRow> = [
    { key: 'time', title: t('admin.audit.time'), width: 150, render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'actor', title: t('admin.audit.actor'), width: 100, render: (_, r) => r.actor?.name ?? t('common.system') },
    { key: 'action', title: t('admin.audit.action'), width: 110, render: (_, r) => actionLabel(t, r.action) },
    { key: 'entityType', title: t('admin.audit.entityType'), width: 100, render: (_, r) => entityLabel(t, r.entityType) },
    {
      key: 'entityId', title: t('admin.audit.entityId'), width: 90,
      render: (_, r) => (r.entityId && DETAIL_PATHS[r.entityType] ? <Link href={`${DETAIL_PATHS[r.entityType]}/${r.entityId}`}>#{r.entityId}</Link> : r.entityId ?? t('common.none')),
    },
    {
      key: 'changes', title: t('admin.audit.changes'), width: 420,
      render: (_, r) => <Typography.Paragraph style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 2, expandable: true }}>{summary(r) || t('common.none')}</Typography.Paragraph>,
    },
    { key: 'ip', dataIndex: 'ip', title: t('admin.audit.ip'), width: 130 },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('admin.audit.title')}</Typography.Title>
      <Card size="small">
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6} xl={4}>
            <Select allowClear style={{ width: '100%' }} placeholder={t('admin.audit.entityType')} aria-label={t('admin.audit.entityType')} data-testid="audit-filter-type"
              options={ENTITY_TYPES.map((e) => ({ value: e, label: entityLabel(t, e) }))} onChange={(v) => update({ entityType: v })} />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} placeholder={t('admin.audit.action')} aria-label={t('admin.audit.action')} data-testid="audit-filter-action"
              options={ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))} onChange={(v?: string) => update({ action: v })} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <UserPicker source="directory" allowClear placeholder={t('admin.audit.actor')} onChange={(v) => update({ actorId: v })} data-testid="audit-filter-actor" />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DayRangeFilter aria-label={t('admin.audit.range')} data-testid="audit-filter-range" onChange={update} />
          </Col>
        </Row>
      </Card>
      <AdminTable<AuditLogRow>
        rows={data?.auditLogs.nodes ?? []} total={data?.auditLogs.totalCount ?? 0} loading={isLoading} error={error} columns={columns}
        scrollX={1100} rowTestId={(r) => `audit-row-${r.id}`} page={page} onPage={setPage}
      />
    </Space>
  );
}
