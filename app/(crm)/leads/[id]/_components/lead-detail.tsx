'use client';
// The lead page: header with status and permitted actions; a converted lead is read-only and links to its
// customer (when the viewer may see it); then the fields and the history.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card, Col, Descriptions, Dropdown, Flex, Result, Row, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, SwapOutlined, UndoOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { LEAD_QUERY, type ExportFormat, type LeadDetail } from '@/app/_lib/api/leads';
import { LeadStatusTag } from '../../_components/lead-labels';
import { LeadFormDrawer } from '../../_components/lead-form-drawer';
import { LeadTransferModal } from '../../_components/lead-transfer-modal';
import { LeadConvertModal } from '../../_components/lead-convert-modal';
import { useLeadActions } from '../../_components/use-lead-actions';
import { useLeadExport } from '../../_components/use-lead-export';
import { LeadHistoryCard } from './lead-history-card';

export function LeadDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [converting, setConverting] = useState(false);
  const { data, error, isLoading, mutate } = useQuery<{ lead: LeadDetail | null }>(LEAD_QUERY, { id });
  const refresh = () => void mutate();
  const actions = useLeadActions((action) => (action === 'delete' ? router.push('/leads') : refresh()));
  const exporter = useLeadExport();

  const back = <Link href="/leads"><Button icon={<ArrowLeftOutlined />}>{t('action.back')}</Button></Link>;
  if (error) return <Result status="error" title={errorMessage(t, error)} extra={back} />;
  if (isLoading || !data) return <Card><Skeleton active /></Card>;
  const lead = data.lead;
  if (!lead) return <Result status="404" title={t('lead.notFound')} extra={back} />;

  const converted = lead.status === 'CONVERTED';
  const live = !lead.deletedAt;
  const manage = lead.viewerCanManage;
  const dash = (v: string | null) => v || '—';

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="lead-detail">
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Typography.Title level={4} style={{ margin: 0, wordBreak: 'break-all' }} data-testid="lead-name">{lead.name}</Typography.Title>
            <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
              {lead.company && <Typography.Text type="secondary">{lead.company}</Typography.Text>}
              <LeadStatusTag status={lead.status} />
            </Space>
          </div>
          <Space wrap>
            {live && lead.viewerCanEdit && can(me, 'lead:update') && <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="lead-edit">{t('action.edit')}</Button>}
            {live && manage && !converted && can(me, 'lead:convert') && <Button icon={<UserAddOutlined />} onClick={() => setConverting(true)} data-testid="lead-convert">{t('action.convert')}</Button>}
            {live && manage && !converted && can(me, 'lead:transfer') && <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)} data-testid="lead-transfer">{t('action.transfer')}</Button>}
            {can(me, 'lead:export') && (
              <Dropdown trigger={['click']} disabled={exporter.running} menu={{
                items: (['CSV', 'XLSX'] as ExportFormat[]).map((f) => ({ key: f, label: t(f === 'CSV' ? 'lead.export.csv' : 'lead.export.xlsx') })),
                onClick: ({ key }) => void exporter.run({ ids: [lead.id] }, key as ExportFormat),
              }}>
                <Button icon={<DownloadOutlined />} data-testid="lead-export">{t('action.export')}</Button>
              </Dropdown>
            )}
            {live && manage && can(me, 'lead:delete') && <Button danger icon={<DeleteOutlined />} onClick={() => actions.remove([lead.id])} data-testid="lead-delete">{t('action.delete')}</Button>}
            {!live && manage && can(me, 'lead:delete') && <Button icon={<UndoOutlined />} onClick={() => actions.restore([lead.id])} data-testid="lead-restore">{t('action.restore')}</Button>}
          </Space>
        </Flex>
      </Card>
      {converted && (
        <Alert
          type="success" showIcon data-testid="lead-converted"
          title={t('lead.readOnly', { time: formatDateTime(lead.convertedAt) })}
          description={lead.customer
            ? <Link href={`/customers/${lead.customer.id}`} data-testid="lead-customer-link">{t('lead.openCustomer', { name: lead.customer.name, code: lead.customer.code })}</Link>
            : t('lead.customerHidden')}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('lead.fields')} data-testid="lead-fields">
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered
              items={[
                { key: 'name', label: t('lead.field.name'), children: lead.name },
                { key: 'company', label: t('lead.field.company'), children: dash(lead.company) },
                { key: 'mobile', label: t('lead.field.mobile'), children: dash(lead.mobile) },
                { key: 'phone', label: t('lead.field.phone'), children: dash(lead.phone) },
                { key: 'email', label: t('lead.field.email'), children: dash(lead.email) },
                { key: 'source', label: t('lead.field.source'), children: dash(lead.source) },
                { key: 'status', label: t('lead.field.status'), children: <LeadStatusTag status={lead.status} /> },
                { key: 'nextContactAt', label: t('lead.field.nextContactAt'), children: formatDateTime(lead.nextContactAt) },
                { key: 'owner', label: t('lead.field.owner'), children: lead.owner?.name ?? '—' },
                { key: 'createdBy', label: t('lead.field.createdBy'), children: lead.createdBy?.name ?? '—' },
                { key: 'createdAt', label: t('lead.field.createdAt'), children: formatDateTime(lead.createdAt) },
                { key: 'updatedAt', label: t('lead.field.updatedAt'), children: formatDateTime(lead.updatedAt) },
                { key: 'address', label: t('lead.field.address'), children: dash(lead.address), span: { xs: 1, sm: 1, md: 2 } },
                { key: 'remarks', label: t('lead.field.remarks'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(lead.remarks)}</span>, span: { xs: 1, sm: 1, md: 2 } },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <LeadHistoryCard lead={lead} />
        </Col>
      </Row>
      {exporter.progress}
      <LeadFormDrawer
        open={editing}
        lead={lead}
        onClose={() => setEditing(false)}
        onSaved={() => { setEditing(false); message.success(t('common.saved')); refresh(); }}
      />
      <LeadTransferModal
        ids={[lead.id]}
        open={transferring}
        onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('lead.transfer.done', { count })); refresh(); }}
      />
      <LeadConvertModal
        ids={[lead.id]}
        open={converting}
        onClose={() => setConverting(false)}
        onDone={(count) => { setConverting(false); message.success(t('lead.convert.done', { count })); refresh(); }}
      />
    </Space>
  );
}
