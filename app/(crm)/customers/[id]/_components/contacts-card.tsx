'use client';
// The customer's contacts (those you may see), with add / edit / delete when permitted.
import { useState } from 'react';
import Link from 'next/link';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { testId } from '@/app/_lib/labels';
import { DELETE_CONTACTS, type Contact, type CustomerDetail } from '@/app/_lib/api/customers';
import { ContactFormModal } from './contact-form-modal';

export function ContactsCard({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Contact | null>(null);
  const [open, setOpen] = useState(false);
  const writable = customer.viewerCanEdit;
  const mayCreate = writable && can(me, 'contact:create');
  const mayUpdate = writable && can(me, 'contact:update');
  // Deleting follows the customer's owner-side rule: a can-edit team seat edits contacts but never deletes them.
  const mayDelete = writable && customer.viewerCanManage && can(me, 'contact:delete');

  async function remove(contact: Contact) {
    try {
      await gql(DELETE_CONTACTS, { ids: [contact.id] });
      message.success(t('contact.deleted'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  }

  const columns: TableColumnsType<Contact> = [
    {
      key: 'name', title: t('contact.field.name'), width: 130, fixed: 'left',
      render: (_, c) => <Space size={4}><Link href={`/contacts/${c.id}`}>{c.name}</Link>{c.isPrimary && <Tag color="blue">{t('contact.primary')}</Tag>}</Space>,
    },
    { key: 'position', dataIndex: 'position', title: t('contact.field.position'), width: 100 },
    { key: 'department', dataIndex: 'department', title: t('contact.field.department'), width: 110 },
    { key: 'mobile', title: t('contact.field.mobile'), width: 130, render: (_, c) => (c.mobile ? <a href={`tel:${c.mobile}`}>{c.mobile}</a> : null) },
    { key: 'phone', dataIndex: 'phone', title: t('contact.field.phone'), width: 130 },
    { key: 'email', dataIndex: 'email', title: t('contact.field.email'), width: 180, ellipsis: true },
    { key: 'wechat', dataIndex: 'wechat', title: t('contact.field.wechat'), width: 110 },
    ...((mayUpdate || mayDelete) ? [{
      key: 'actions', title: t('common.actions'), width: 100, fixed: 'right' as const,
      render: (_: unknown, c: Contact) => (
        <Space size={0}>
          {mayUpdate && <Button type="link" size="small" icon={<EditOutlined />} aria-label={`${t('action.edit')} ${c.name}`} onClick={() => { setEditing(c); setOpen(true); }} data-testid={`contact-edit-${c.id}`} />}
          {mayDelete && (
            <Popconfirm title={t('contact.deleteConfirm', { name: c.name })} onConfirm={() => remove(c)} okText={t('action.delete')} cancelText={t('action.cancel')} okButtonProps={{ danger: true, ...testId<object>('confirm-ok') }}>
              <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('action.delete')} ${c.name}`} data-testid={`contact-delete-${c.id}`} />
            </Popconfirm>
          )}
        </Space>
      ),
    }] : []),
  ];

  return (
    <Card
      size="small"
      title={`${t('detail.contacts')} (${customer.contacts.length})`}
      extra={mayCreate && <Button size="small" type="primary" ghost icon={<PlusOutlined />} onClick={() => { setEditing(null); setOpen(true); }} data-testid="contact-create">{t('action.add')}</Button>}
    >
      <Table<Contact>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={customer.contacts}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('contact.empty') }}
        onRow={(c) => ({ 'data-testid': `contact-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
      />
      <ContactFormModal
        customerId={customer.id}
        contact={editing}
        open={open}
        onClose={() => setOpen(false)}
        onSaved={() => { setOpen(false); message.success(t('common.saved')); onChanged(); }}
      />
    </Card>
  );
}
