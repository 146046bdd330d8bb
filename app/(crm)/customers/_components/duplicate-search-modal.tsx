'use client';
// 查重: searches the whole company by name (or code), phone or e-mail and shows only code, name, owner and department;
// a customer someone else owns can be asked for (申请归属).
import { useState } from 'react';
import { Alert, App, Button, Empty, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { DUPLICATE_CUSTOMERS, type DuplicateHit } from '@/app/_lib/api/dataio';
import { OwnershipRequestModal } from './ownership-request-modal';

interface Query { name?: string; phone?: string; email?: string }

export function DuplicateSearchModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [hits, setHits] = useState<DuplicateHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState<DuplicateHit | null>(null);

  async function search(values: Query) {
    const input = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string' && v.trim()).map(([k, v]) => [k, (v as string).trim()]));
    if (!Object.keys(input).length) return;
    setBusy(true);
    setFailure(null);
    try {
      setHits((await gql(DUPLICATE_CUSTOMERS, { input })).duplicateCustomers);
    } catch (e) {
      setFailure(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('dup.title')} width={860} destroyOnHidden afterOpenChange={(o) => { if (!o) setHits(null); }}>
      <Typography.Paragraph type="secondary">{t('dup.hint')}</Typography.Paragraph>
      <Form<Query> layout="inline" onFinish={search} data-testid="dup-form" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item name="name"><Input placeholder={t('dup.name')} allowClear maxLength={100} data-testid="dup-name" style={{ width: 240 }} /></Form.Item>
        <Form.Item name="phone"><Input placeholder={t('dup.phone')} allowClear maxLength={30} data-testid="dup-phone" style={{ width: 160 }} /></Form.Item>
        <Form.Item name="email"><Input placeholder={t('dup.email')} allowClear maxLength={100} data-testid="dup-email" style={{ width: 180 }} /></Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={busy} data-testid="dup-search">{t('dup.search')}</Button>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      {hits && (
        <Table<DuplicateHit>
          size="small" rowKey="code" pagination={false} dataSource={hits} data-testid="dup-results" scroll={{ x: 700 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dup.none')} /> }}
          onRow={(row) => ({ 'data-testid': `dup-row-${row.code}` } as React.HTMLAttributes<HTMLElement>)}
          columns={[
            { key: 'code', title: t('dup.col.code'), dataIndex: 'code', width: 150 },
            { key: 'name', title: t('dup.col.name'), dataIndex: 'name' },
            { key: 'owner', title: t('dup.col.owner'), width: 110, render: (_, h) => (h.ownerName ?? <Tag>{t('dup.pool')}</Tag>) },
            { key: 'department', title: t('dup.col.department'), dataIndex: 'departmentName', width: 120, render: (v) => v ?? '—' },
            { key: 'matched', title: t('dup.col.matched'), width: 130, render: (_, h) => <Space size={4} wrap>{h.matchedBy.map((m) => <Tag key={m}>{t(`dup.match.${m}` as MessageKey)}</Tag>)}</Space> },
            {
              key: 'action', title: '', width: 110, render: (_, h) => (h.viewerIsOwner ? <Tag color="green">{t('dup.mine')}</Tag>
                : h.ownerName ? <Button size="small" onClick={() => setAsking(h)} data-testid={`dup-request-${h.code}`}>{t('own.request')}</Button> : null),
            },
          ]}
        />
      )}
      <OwnershipRequestModal hit={asking} onClose={() => setAsking(null)} onDone={() => { setAsking(null); message.success(t('own.submitted')); }} />
    </Modal>
  );
}
