'use client';
// Deleted customers (filter deleted: true) on the record kit, with keyword search and restore, one or many.
import { useMemo } from 'react';
import { Button, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { CUSTOMERS_QUERY, RESTORE_CUSTOMERS, type CustomerRow } from '@/app/_lib/api/customers';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import { useBatchActions } from '../../_kit/list/use-batch-actions';
import { customerCard, customerColumns } from '../../customers/_components/customer-columns';

const DELETED = { deleted: true };

export function RecycleBin() {
  const { t } = useI18n();
  const { me } = useMe();
  const list = useRecordList({ document: CUSTOMERS_QUERY, connection: (d) => d.customers, fixedFilter: DELETED, defaultOrder: { field: 'UPDATED_AT', direction: 'DESC' } });
  const { run, confirm } = useBatchActions(list.refresh);
  const mayRestore = can(me, 'customer:restore');
  const restore = (ids: string[]) => confirm({ title: t('recycle.restoreConfirm', { count: ids.length }), okText: t('action.restore') },
    () => run('restore', RESTORE_CUSTOMERS, ids, t('recycle.restored', { count: ids.length })));
  const restoreButton = (row: CustomerRow) => (
    <Button type="link" size="small" icon={<UndoOutlined />} onClick={() => restore([row.id])} disabled={!row.viewerCanManage} data-testid={`recycle-restore-${row.code}`}>
      {t('action.restore')}
    </Button>
  );
  const columns = useMemo(() => [
    ...customerColumns(t, { deleted: true }),
    ...(mayRestore ? [{ key: 'restore', title: t('common.actions'), width: 90, render: restoreButton }] : []),
  ], [t, mayRestore]); // eslint-disable-line react-hooks/exhaustive-deps
  const card = customerCard(t, { deleted: true });

  return (
    <RecordList<CustomerRow>
      module="recycle"
      list={list}
      title={t('recycle.title')}
      titleExtra={<Typography.Text type="secondary">{t('recycle.hint')}</Typography.Text>}
      filters={[{ name: 'keyword', kind: 'search', label: t('customer.filter.keyword'), primary: true }]}
      columns={columns}
      card={mayRestore ? { ...card, extra: restoreButton } : card}
      rowTestId={(row) => `recycle-row-${row.code}`}
      selection={mayRestore ? { selectable: (row) => row.viewerCanManage, label: (row) => row.code } : undefined}
      batch={mayRestore ? (rows) => (
        <Button size="small" icon={<UndoOutlined />} onClick={() => restore(rows.map((r) => r.id))} data-testid="recycle-batch-restore">{t('action.restore')}</Button>
      ) : undefined}
      scrollX={1600}
    />
  );
}
