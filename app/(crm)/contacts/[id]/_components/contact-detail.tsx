'use client';
// The contact page on the detail frame: name with position and the customer link, the edit action for those who may
// change the customer, the fields, and the activity panel (follow-ups logged on the contact, comments, timeline).
import { useState } from 'react';
import Link from 'next/link';
import { App, Button, Card, Descriptions, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { graphql } from '@/app/_lib/gql';
import type { ContactDetailQuery } from '@/app/_lib/gql/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { DetailFrame } from '../../../_kit/detail/detail-frame';
import { customDescriptionItems } from '../../../_kit/fields/custom-fields';
import { RecordPage } from '../../../_kit/detail/record-gate';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { ContactFormModal } from '../../../customers/[id]/_components/contact-form-modal';

const CONTACT_QUERY = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) { ...ContactFields createdAt customer { id code name viewerCanEdit } }
  }
`);

type ContactDetail = NonNullable<ContactDetailQuery['contact']>;

export function ContactDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <RecordPage document={CONTACT_QUERY} id={id} pick={(d) => d.contact} backHref="/contacts" notFound={t('daily.contact.notFound')}>
      {(contact, refresh) => <ContactPage contact={contact} refresh={refresh} />}
    </RecordPage>
  );
}

function ContactPage({ contact, refresh }: { contact: ContactDetail; refresh: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const mayEdit = !!contact.customer?.viewerCanEdit && can(me, 'contact:update');
  const dash = (v: string | null | undefined) => v || '—';
  const customFields = useCustomFields('contact');
  return (
    <DetailFrame
      module="contact"
      title={contact.name}
      tags={(
        <>
          {contact.isPrimary && <Tag color="blue">{t('contact.field.isPrimary')}</Tag>}
          {[contact.position, contact.department].filter(Boolean).length > 0 && <Typography.Text type="secondary">{[contact.department, contact.position].filter(Boolean).join(' · ')}</Typography.Text>}
          {contact.customer
            ? <Link href={`/customers/${contact.customer.id}`} data-testid="contact-customer-link">{contact.customer.name}</Link>
            : <Typography.Text type="secondary">{t('contact.hiddenCustomer')}</Typography.Text>}
        </>
      )}
      actions={mayEdit ? <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="contact-edit">{t('action.edit')}</Button> : undefined}
      main={(
        <Card size="small" title={t('daily.contact.fields')} data-testid="contact-fields">
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered items={[
            // A masked mobile (138****5678, field permissions) is shown, never dialled.
            { key: 'mobile', label: t('contact.field.mobile'), children: contact.mobile && !contact.mobile.includes('*') ? <a href={`tel:${contact.mobile}`}>{contact.mobile}</a> : dash(contact.mobile) },
            { key: 'phone', label: t('contact.field.phone'), children: dash(contact.phone) },
            { key: 'email', label: t('contact.field.email'), children: dash(contact.email) },
            { key: 'wechat', label: t('contact.field.wechat'), children: dash(contact.wechat) },
            { key: 'birthday', label: t('contact.field.birthday'), children: dash(contact.birthday) },
            { key: 'owner', label: t('contact.field.owner'), children: contact.owner?.name ?? t('common.pool') },
            { key: 'createdAt', label: t('daily.contact.createdAt'), children: formatDateTime(contact.createdAt) },
            { key: 'updatedAt', label: t('contact.field.updatedAt'), children: formatDateTime(contact.updatedAt) },
            ...customDescriptionItems(customFields, contact.customFields, '—'),
            { key: 'remarks', label: t('contact.field.remarks'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(contact.remarks)}</span>, span: { xs: 1, sm: 1, md: 2 } },
          ]} />
        </Card>
      )}
      activity={<ActivityPanel targetType="contact" targetId={contact.id} onChanged={refresh} />}
      dialogs={(
        <ContactFormModal customerId={contact.customerId} contact={contact} open={editing} onClose={() => setEditing(false)}
          onSaved={() => { setEditing(false); message.success(t('common.saved')); refresh(); }} />
      )}
    />
  );
}
