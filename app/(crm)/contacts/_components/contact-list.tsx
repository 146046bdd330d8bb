'use client';
// The contact list on the record kit: keyword search, server-side paging, links to each contact and its customer,
// export (selected or all matching) and import, each for users holding the permission.
import { useCallback, useMemo } from 'react';
import Link from 'next/link';
import { Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { CONTACTS_QUERY, type ContactRow } from '@/app/_lib/api/customers';
import { EXPORT_CONTACTS_LINK } from '@/app/_lib/api/exports';
import type { ContactFilter } from '@/app/_lib/gql/graphql';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customColumns, customFilterFields, customFilterOf } from '../../_kit/fields/custom-fields';
import type { CardSpec, ListColumn } from '../../_kit/list/columns';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { ImportSlot } from '../../_kit/io/import-slot';

const customerLink = (t: Translate, c: ContactRow) => (c.customer
  ? <Link href={`/customers/${c.customer.id}`} data-testid={`contact-customer-${c.id}`}>{c.customer.name}</Link>
  : <Typography.Text type="secondary">{t('contact.hiddenCustomer')}</Typography.Text>);
const nameLink = (t: Translate, c: ContactRow) => (
  <><Link href={`/contacts/${c.id}`} data-testid={`contact-link-${c.id}`}>{c.name}</Link>{c.isPrimary && <>{' '}<Tag color="blue">{t('contact.primary')}</Tag></>}</>
);
const phone = (mobile?: string | null) => (mobile ? <a href={`tel:${mobile}`}>{mobile}</a> : null);

function columns(t: Translate): ListColumn<ContactRow>[] {
  return [
    { key: 'name', title: t('contact.field.name'), width: 130, fixed: true, ellipsis: true, render: (c) => nameLink(t, c) },
    { key: 'customer', title: t('contact.field.customer'), width: 240, ellipsis: true, render: (c) => customerLink(t, c) },
    { key: 'position', title: t('contact.field.position'), width: 100, render: (c) => c.position },
    { key: 'department', title: t('contact.field.department'), width: 110, render: (c) => c.department },
    { key: 'mobile', title: t('contact.field.mobile'), width: 130, render: (c) => phone(c.mobile) },
    { key: 'phone', title: t('contact.field.phone'), width: 130, render: (c) => c.phone },
    { key: 'email', title: t('contact.field.email'), width: 190, ellipsis: true, render: (c) => c.email },
    { key: 'wechat', title: t('contact.field.wechat'), width: 110, render: (c) => c.wechat, hidden: true },
    { key: 'owner', title: t('contact.field.owner'), width: 100, render: (c) => c.owner?.name ?? t('common.pool') },
    { key: 'updatedAt', title: t('contact.field.updatedAt'), width: 150, render: (c) => formatDateTime(c.updatedAt) },
  ];
}

const card = (t: Translate): CardSpec<ContactRow> => ({
  title: (c) => nameLink(t, c),
  lines: (c) => [customerLink(t, c), [c.position, c.department].filter(Boolean).join(' · '), phone(c.mobile)],
});

export function ContactList() {
  const { t } = useI18n();
  const custom = useCustomFields('contact');
  const mapFilter = useCallback((filter: Record<string, unknown>) => customFilterOf(custom, filter), [custom]);
  const list = useRecordList({ document: CONTACTS_QUERY, connection: (d) => d.contacts, mapFilter });
  const described = useMemo(() => [...columns(t), ...customColumns<ContactRow>(custom)], [t, custom]);
  const filters = useMemo(() => [{ name: 'keyword', kind: 'search' as const, label: t('contact.filter.keyword'), primary: true }, ...customFilterFields(custom)], [t, custom]);
  const exporter = useRecordExport<ContactFilter>('contact', EXPORT_CONTACTS_LINK);
  return (
    <>
    <RecordList<ContactRow>
      module="contact"
      list={list}
      title={t('contact.list.title')}
      toolbar={(
        <>
          {exporter.menu('all', () => ({ filter: list.apiFilter as ContactFilter }))}
          <ImportSlot module="CONTACT" onImported={list.refresh} />
        </>
      )}
      filters={filters}
      columns={described}
      card={card(t)}
      rowTestId={(c) => `contact-row-${c.id}`}
      selection={exporter.allowed ? { label: (c) => c.name } : undefined}
      batch={(rows) => exporter.menu('selected', () => ({ ids: rows.map((c) => c.id) }), () => list.setSelected([]))}
      scrollX={1300}
    />
    {exporter.progress}
    </>
  );
}
