'use client';
// The lead page on the detail frame: header with status and permitted actions; a converted lead is read-only and links to its
// customer (when the viewer may see it); then the fields, the activity panel and the history.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card, Descriptions, Dropdown, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, SwapOutlined, UndoOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customDescriptionItems } from '../../../_kit/fields/custom-fields';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { EXPORT_LEADS_LINK, LEAD_QUERY, type ExportFormat, type LeadDetail, type LeadFilter } from '@/app/_lib/api/leads';
import { LeadStatusTag } from '../../_components/lead-labels';
import { LeadFormDrawer } from '../../_components/lead-form-drawer';
import { LeadTransferModal } from '../../_components/lead-transfer-modal';
import { LeadConvertModal } from '../../_components/lead-convert-modal';
import { useLeadActions } from '../../_components/use-lead-actions';
import { useRecordExport } from '../../../_kit/io/use-record-export';
import { LeadHistoryCard } from './lead-history-card';
import { DetailFrame } from '../../../_kit/detail/detail-frame';
import { RecordPage } from '../../../_kit/detail/record-gate';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { DictionaryText } from '../../../_kit/fields/dictionary-text';

export function LeadDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <RecordPage document={LEAD_QUERY} id={id} pick={(d) => d.lead} backHref="/leads" notFound={t('lead.notFound')}>
      {(lead, refresh) => <LeadPage lead={lead} refresh={refresh} />}
    </RecordPage>
  );
}

function LeadPage({ lead, refresh }: { lead: LeadDetail; refresh: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'edit' | 'transfer' | 'convert' | null>(null);
  const actions = useLeadActions((action) => (action === 'delete' ? router.push('/leads') : refresh()));
  const exporter = useRecordExport<LeadFilter>('lead', EXPORT_LEADS_LINK);
  const converted = lead.status === 'CONVERTED';
  const live = !lead.deletedAt;
  const manage = lead.viewerCanManage;
  const dash = (v: string | null | undefined) => v || '—';
  const customFields = useCustomFields('lead');
  const done = (text: string) => { setDialog(null); message.success(text); refresh(); };

  return (
    <DetailFrame
      module="lead"
      title={lead.name}
      tags={(
        <>
          {lead.company && <Typography.Text type="secondary">{lead.company}</Typography.Text>}
          <LeadStatusTag status={lead.status} />
        </>
      )}
      actions={(
        <>
          {live && lead.viewerCanEdit && can(me, 'lead:update') && <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="lead-edit">{t('action.edit')}</Button>}
          {live && manage && !converted && can(me, 'lead:convert') && <Button icon={<UserAddOutlined />} onClick={() => setDialog('convert')} data-testid="lead-convert">{t('action.convert')}</Button>}
          {lead.viewerCanTransfer && <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="lead-transfer">{t('action.transfer')}</Button>}
          {can(me, 'lead:export') && (
            <Dropdown trigger={['click']} disabled={exporter.running} menu={{
              items: (['CSV', 'XLSX'] as ExportFormat[]).map((f) => ({ key: f, label: t(f === 'CSV' ? 'io.export.csv' : 'io.export.xlsx') })),
              onClick: ({ key }) => void exporter.run({ ids: [lead.id] }, key as ExportFormat),
            }}>
              <Button icon={<DownloadOutlined />} data-testid="lead-export">{t('action.export')}</Button>
            </Dropdown>
          )}
          {live && manage && can(me, 'lead:delete') && <Button danger icon={<DeleteOutlined />} onClick={() => actions.remove([lead.id])} data-testid="lead-delete">{t('action.delete')}</Button>}
          {!live && manage && can(me, 'lead:delete') && <Button icon={<UndoOutlined />} onClick={() => actions.restore([lead.id])} data-testid="lead-restore">{t('action.restore')}</Button>}
        </>
      )}
      notices={converted && (
        <Alert
          type="success" showIcon data-testid="lead-converted"
          title={t('lead.readOnly', { time: formatDateTime(lead.convertedAt) })}
          description={lead.customer
            ? <Link href={`/customers/${lead.customer.id}`} data-testid="lead-customer-link">{t('lead.openCustomer', { name: lead.customer.name, code: lead.customer.code })}</Link>
            : t('lead.customerHidden')}
        />
      )}
      main={(
        <Card size="small" title={t('lead.fields')} data-testid="lead-fields">
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered
            items={[
              { key: 'name', label: t('lead.field.name'), children: lead.name },
              { key: 'company', label: t('lead.field.company'), children: dash(lead.company) },
              { key: 'mobile', label: t('lead.field.mobile'), children: dash(lead.mobile) },
              { key: 'phone', label: t('lead.field.phone'), children: dash(lead.phone) },
              { key: 'email', label: t('lead.field.email'), children: dash(lead.email) },
              { key: 'source', label: t('lead.field.source'), children: lead.source ? <DictionaryText kind="customer_source" code={lead.source} /> : dash(lead.source) },
              { key: 'status', label: t('lead.field.status'), children: <LeadStatusTag status={lead.status} /> },
              { key: 'nextContactAt', label: t('lead.field.nextContactAt'), children: formatDateTime(lead.nextContactAt) },
              { key: 'owner', label: t('lead.field.owner'), children: lead.owner?.name ?? '—' },
              { key: 'createdBy', label: t('lead.field.createdBy'), children: lead.createdBy?.name ?? '—' },
              { key: 'createdAt', label: t('lead.field.createdAt'), children: formatDateTime(lead.createdAt) },
              { key: 'updatedAt', label: t('lead.field.updatedAt'), children: formatDateTime(lead.updatedAt) },
              { key: 'address', label: t('lead.field.address'), children: dash(lead.address), span: { xs: 1, sm: 1, md: 2 } },
              { key: 'remarks', label: t('lead.field.remarks'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(lead.remarks)}</span>, span: { xs: 1, sm: 1, md: 2 } },
              ...customDescriptionItems(customFields, lead.customFields, '—'),
            ]}
          />
        </Card>
      )}
      activity={<ActivityPanel targetType="lead" targetId={lead.id} canLog={live && !converted} onChanged={refresh} />}
      side={<LeadHistoryCard lead={lead} />}
      dialogs={(
        <>
          {exporter.progress}
          <LeadFormDrawer open={dialog === 'edit'} lead={lead} onClose={() => setDialog(null)} onSaved={() => done(t('common.saved'))} />
          <LeadTransferModal ids={[lead.id]} open={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={(count) => done(t('lead.transfer.done', { count }))} />
          <LeadConvertModal ids={[lead.id]} open={dialog === 'convert'} onClose={() => setDialog(null)} onDone={(count) => done(t('lead.convert.done', { count }))} />
        </>
      )}
    />
  );
}
