'use client';
// The recycle bin on the record kit: a type selector, keyword search, who deleted what and when, and restore (one
// or many). Restoring customers asks whether the contacts and opportunities deleted with them come back too.
import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { useMe } from '@/app/_lib/me';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { testId } from '@/app/_lib/labels';
import { RECYCLE_BIN_QUERY, RESTORE_RECORDS, type RecycleBinRow, type RecycleBinType } from '@/app/_lib/api/recycle-bin';
import { RecordList } from '../../_kit/list/record-list';
import { useRecordList } from '../../_kit/list/use-record-list';
import type { ListColumn } from '../../_kit/list/columns';
import { binTypesFor } from './bin-types';

const typeLabel = (type: RecycleBinType): MessageKey => `recycle.type.${type}` as MessageKey;

export function RecycleBin() {
  const { me } = useMe();
  const types = useMemo(() => binTypesFor(me), [me]);
  if (!types.length) return <Empty description={<RecycleBinEmptyText />} />;
  return <RecycleBinList types={types.map((b) => ({ type: b.type, hasCode: !!b.hasCode }))} />;
}

function RecycleBinEmptyText() {
  const { t } = useI18n();
  return <>{t('recycle.noTypes')}</>;
}

function RecycleBinList({ types }: { types: { type: RecycleBinType; hasCode: boolean }[] }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const [type, setType] = useState<RecycleBinType>(types[0].type);
  const fixedFilter = useMemo(() => ({ type }), [type]);
  const list = useRecordList({ document: RECYCLE_BIN_QUERY, connection: (d) => d.recycleBin, fixedFilter, defaultOrder: null });
  const hasCode = types.find((b) => b.type === type)?.hasCode ?? false;

  const choose = (next: RecycleBinType) => { setType(next); list.setSelected([]); list.setPage((p) => ({ ...p, current: 1 })); };

  const restore = (rows: RecycleBinRow[]) => {
    const related = type === 'CUSTOMER' ? rows.reduce((n, r) => n + r.deletedWithCount, 0) : 0;
    let withRelated = true;
    modal.confirm({
      title: t('recycle.restoreConfirm', { count: rows.length, type: t(typeLabel(type)) }),
      content: related > 0 ? (
        <Checkbox defaultChecked onChange={(e) => { withRelated = e.target.checked; }} data-testid="recycle-with-related">
          {t('recycle.withRelated', { count: related })}
        </Checkbox>
      ) : undefined,
      okText: t('action.restore'), cancelText: t('action.cancel'), okButtonProps: testId('confirm-ok'),
      onOk: async () => {
        try {
          await gql(RESTORE_RECORDS, { input: { type, ids: rows.map((r) => r.id), ...(related > 0 ? { withRelated } : {}) } });
          message.success(t('recycle.restored', { count: rows.length }));
          list.refresh();
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });
  };

  const restoreButton = (row: RecycleBinRow) => (
    <Button type="link" size="small" icon={<UndoOutlined />} onClick={() => restore([row])} disabled={!row.viewerCanRestore} data-testid={`recycle-restore-${row.id}`}>
      {t('action.restore')}
    </Button>
  );
  const titleCell = (row: RecycleBinRow) => (
    <Space size={4}>
      <span>{row.title}</span>
      {row.deletedWithCount > 0 && <Tag>{t('recycle.withCount', { count: row.deletedWithCount })}</Tag>}
    </Space>
  );
  const columns: ListColumn<RecycleBinRow>[] = [
    ...(hasCode ? [{ key: 'code', title: t('recycle.column.code'), width: 160, render: (row: RecycleBinRow) => row.code ?? '—' }] : []),
    { key: 'title', title: t('recycle.column.title'), render: titleCell, ellipsis: true },
    { key: 'deletedBy', title: t('recycle.column.deletedBy'), width: 120, render: (row) => row.deletedBy?.name ?? '—' },
    { key: 'deletedAt', title: t('recycle.column.deletedAt'), width: 170, render: (row) => formatDateTime(row.deletedAt) },
    { key: 'restore', title: t('common.actions'), width: 100, render: restoreButton },
  ];

  return (
    <RecordList<RecycleBinRow>
      module={`recycle-${type.toLowerCase()}`}
      list={list}
      title={t('recycle.title')}
      titleExtra={<Typography.Text type="secondary">{t('recycle.hint')}</Typography.Text>}
      notice={(
        <Segmented<RecycleBinType> value={type} onChange={choose} data-testid="recycle-type"
          options={types.map((b) => ({ value: b.type, label: <span data-testid={`recycle-type-${b.type}`}>{t(typeLabel(b.type))}</span> }))} />
      )}
      filters={[{ name: 'keyword', kind: 'search', label: t('recycle.keyword'), primary: true }]}
      columns={columns}
      card={{
        title: (row) => row.title,
        extra: restoreButton,
        lines: (row) => [row.code, `${t('recycle.column.deletedBy')}：${row.deletedBy?.name ?? '—'}`, formatDateTime(row.deletedAt)],
      }}
      rowTestId={(row) => `recycle-row-${row.id}`}
      selection={{ selectable: (row) => row.viewerCanRestore, label: (row) => row.title }}
      batch={(rows) => (
        <Button size="small" icon={<UndoOutlined />} onClick={() => restore(rows)} data-testid="recycle-batch-restore">{t('action.restore')}</Button>
      )}
      scrollX={hasCode ? 760 : 600}
    />
  );
}
