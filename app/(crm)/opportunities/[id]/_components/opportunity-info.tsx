'use client';
// The opportunity's fields: basics, product lines with their exact total, and the deal details (跟单详情).
import Link from 'next/link';
import { Card, Descriptions, Empty, Table, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDate, formatDateTime, formatQuantity } from '@/app/_lib/format';
import { STAGES_QUERY, type OpportunityDetail, type OpportunityLine } from '@/app/_lib/api/opportunities';
import { useQuery } from '@/app/_lib/graphql';
import { CategoryTag, formatMoney } from '../../_components/opportunity-labels';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customDescriptionItems } from '../../../_kit/fields/custom-fields';
import { ChangeLines } from '../../../_kit/detail/change-lines';
import { formatValue, peopleNames } from '@/app/_lib/history';

export function OpportunityFields({ opportunity: o }: { opportunity: OpportunityDetail }) {
  const { t } = useI18n();
  const customFields = useCustomFields('opportunity');
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <Card size="small" title={t('opportunity.section.basic')}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} data-testid="opportunity-fields">
        <Descriptions.Item label={t('opportunity.field.customer')}>{o.customer ? <Link href={`/customers/${o.customer.id}`}>{o.customer.name}</Link> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.partner')}>{o.partnerCustomer ? <Link href={`/customers/${o.partnerCustomer.id}`}>{o.partnerCustomer.name}</Link> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.amount')}><Typography.Text strong data-testid="opportunity-amount">{formatMoney(o.amount)}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.category')}><CategoryTag t={t} category={o.category} /></Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.expectedCloseDate')}><span data-testid="opportunity-expected">{o.expectedCloseDate}</span></Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.intentCategory')}>{dash(o.intentCategory)}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.contacts')}>{o.contacts.length ? o.contacts.map((c) => (c.position ? `${c.name}（${c.position}）` : c.name)).join('、') : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.owner')}>{o.owner?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.createdBy')}>{o.createdBy?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.lastProgressAt')}>{formatDateTime(o.lastProgressAt)}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.followUpDueAt')}>{formatDate(o.followUpDueAt)}</Descriptions.Item>
        {o.closedAt && <Descriptions.Item label={t('opportunity.field.closedAt')}>{formatDateTime(o.closedAt)}</Descriptions.Item>}
        {o.lostReason && <Descriptions.Item label={t('opportunity.field.lostReason')}>{o.lostReason}</Descriptions.Item>}
        <Descriptions.Item label={t('opportunity.field.createdAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
        {customDescriptionItems(customFields, o.customFields, '—').map((item) => <Descriptions.Item key={item.key} label={item.label}>{item.children}</Descriptions.Item>)}
      </Descriptions>
    </Card>
  );
}

export function OpportunityProducts({ opportunity: o }: { opportunity: OpportunityDetail }) {
  const { t } = useI18n();
  if (!o.products.length) return <Card size="small" title={t('opportunity.section.products')}><Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunity.noProducts')} /></Card>;
  return (
    <Card size="small" title={t('opportunity.section.products')}>
      <Table<OpportunityLine>
        rowKey={(l) => `${l.productId}-${l.model}-${l.quantity}-${l.unitPrice}`} size="small" pagination={false} dataSource={o.products} scroll={{ x: 640 }} data-testid="opportunity-lines"
        columns={[
          { key: 'product', title: t('opportunity.line.product'), dataIndex: 'productName', width: 200 },
          { key: 'model', title: t('opportunity.line.model'), dataIndex: 'model', width: 120, render: (v) => v ?? '—' },
          { key: 'quantity', title: t('opportunity.line.quantity'), align: 'right', width: 100, render: (_, l) => `${formatQuantity(l.quantity)}${l.unit ? ` ${l.unit}` : ''}` },
          { key: 'unitPrice', title: t('opportunity.line.unitPrice'), align: 'right', width: 130, render: (_, l) => formatMoney(l.unitPrice) },
          { key: 'amount', title: t('opportunity.line.amount'), align: 'right', width: 140, render: (_, l) => formatMoney(l.amount) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}><Typography.Text strong>{t('opportunity.line.total')}</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right"><Typography.Text strong data-testid="opportunity-lines-total">{formatMoney(o.amount)}</Typography.Text></Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

export function OpportunityDetails({ opportunity: o }: { opportunity: OpportunityDetail }) {
  const { t } = useI18n();
  const text = (v: string | null) => (v ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : '—');
  return (
    <Card size="small" title={t('opportunity.section.details')}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('opportunity.field.purchaseReason')}>{text(o.purchaseReason)}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.purchaseForm')}>{text(o.purchaseForm)}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.budget')}>{o.budget ? formatMoney(o.budget) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.executionTime')}>{text(o.executionTime)}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.requirements')}>{text(o.requirements)}</Descriptions.Item>
        <Descriptions.Item label={t('opportunity.field.competitors')}>{text(o.competitors)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function OpportunityHistory({ opportunity: o }: { opportunity: OpportunityDetail }) {
  const { t } = useI18n();
  const userName = peopleNames(o.history);
  // Stage changes are audited by stage id: show the stage's name (disabled stages included).
  const { data: stageData } = useQuery(STAGES_QUERY);
  const stageName = new Map((stageData?.opportunityStages ?? []).map((s) => [String(s.id), s.name]));
  const show = (field: string, value: unknown) =>
    (field === 'stageId' && value !== null && value !== undefined && stageName.has(String(value)) ? stageName.get(String(value)) : formatValue(t, field, value, userName, 'opportunity'));
  const label = (action: string) => {
    const key = `opportunity.history.${action}` as Parameters<typeof t>[0];
    const text = t(key);
    return text === key ? action : text;
  };
  return (
    <Card size="small" title={t('opportunity.section.history')} data-testid="opportunity-history">
      {o.history.slice(0, 30).map((h) => (
        <div key={h.id} style={{ marginBottom: 6 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(h.createdAt)}</Typography.Text>{' '}
          <Typography.Text>{h.actor?.name ?? t('common.system')}</Typography.Text>{' '}
          <Typography.Text strong>{label(h.action)}</Typography.Text>
          {h.action === 'update' && <ChangeLines entityType="opportunity" changes={h.changes} show={show} />}
        </div>
      ))}
    </Card>
  );
}
