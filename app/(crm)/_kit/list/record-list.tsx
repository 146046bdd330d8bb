'use client';
// A module's list page from its description: title, 场景 (saved views), filter bar, batch bar for the selected rows,
// and the records — a sortable table with a column chooser on desktops, cards on phones — with skeletons while
// loading, an empty state that says why, and readable errors. Modules describe columns, fields and actions only.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Form, Skeleton, Space, Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { useMe } from '@/app/_lib/me';
import type { Variables } from '@/app/_lib/graphql';
import { type FieldDef, deserializeValues, serializeValues, toApiFilter } from '../fields/field-def';
import { type CardSpec, type ListColumn, hiddenKeys, tableColumns } from './columns';
import { ColumnChooser } from './column-chooser';
import { FilterBar } from './filter-bar';
import { RecordCards } from './record-cards';
import { SAVED_PREFIX, SaveViewButton, type SavedView, type Scene, SceneSelect } from './scene-select';
import { useStoredState } from './list-storage';
import { totalLabel } from './total';
import type { RecordListState } from './use-record-list';

export interface RecordListProps<Row extends { id: string }> {
  /** Test-id prefix and the key of the user's remembered columns and views. */
  module: string;
  list: RecordListState<Row>;
  title: React.ReactNode;
  /** Beside the title (e.g. list / board switch). */
  titleExtra?: React.ReactNode;
  /** At the right of the title: create, export… */
  toolbar?: React.ReactNode;
  filters?: FieldDef[];
  /** Built-in views; the first is the default. Without them there is no view picker. */
  scenes?: Scene[];
  columns: ListColumn<Row>[];
  card: CardSpec<Row>;
  rowTestId: (row: Row) => string;
  /** Row selection for batch actions. */
  selection?: { selectable?: (row: Row) => boolean; label: (row: Row) => string };
  /** The batch bar's buttons for the selected rows. */
  batch?: (rows: Row[]) => React.ReactNode;
  /** Between the filter bar and the records (notes, quotas). */
  notice?: React.ReactNode;
  emptyText?: string;
  errorText?: (error: unknown) => string;
  scrollX?: number;
  testId?: string;
}

export function RecordList<Row extends { id: string }>(props: RecordListProps<Row>) {
  const { module, list, columns, card, rowTestId, selection, batch, filters = [], scenes = [] } = props;
  const { t } = useI18n();
  const { me } = useMe();
  const [form] = Form.useForm();
  const [storedHidden, setStoredHidden] = useStoredState<string[] | null>('columns', me.user.id, module, null);
  const [saved, setSaved] = useStoredState<SavedView[]>('views', me.user.id, module, []);
  const [scene, setScene] = useState(scenes[0]?.key ?? '');
  const hidden = hiddenKeys(columns, storedHidden);

  const sceneFilter = (key: string): Variables => scenes.find((s) => s.key === key)?.filter ?? {};
  const apply = (key = scene) => list.setFilter({ ...sceneFilter(key), ...toApiFilter(filters, form.getFieldsValue(true)) });
  const choose = (key: string) => {
    if (key.startsWith(SAVED_PREFIX)) {
      const view = saved.find((v) => `${SAVED_PREFIX}${v.key}` === key);
      form.resetFields();
      if (view) form.setFieldsValue(deserializeValues(filters, view.values));
    }
    setScene(key);
    apply(key);
  };
  const saveView = (name: string) => {
    const view = { key: String(Date.now()), name, values: serializeValues(filters, form.getFieldsValue(true)) };
    setSaved([...saved.filter((v) => v.name !== name), view]);
    setScene(`${SAVED_PREFIX}${view.key}`);
  };

  const ids = list.selected.map((r) => r.id);
  const selectable = selection?.selectable ?? (() => true);
  const hasFilter = Object.keys(list.filter).length > 0;
  const columnsShown = useMemo(() => tableColumns(columns, hidden, list.order), [columns, hidden, list.order]);

  const empty = (
    <Empty description={hasFilter ? t('kit.emptyFiltered') : props.emptyText ?? t('kit.empty')} data-testid={`${module}-empty`}>
      {hasFilter && <Button onClick={() => { form.resetFields(); choose(scenes[0]?.key ?? ''); }}>{t('kit.clearFilters')}</Button>}
    </Empty>
  );
  const records = list.phone ? (
    <RecordCards module={module} rows={list.rows} card={card} rowTestId={rowTestId} hasMore={list.hasMore} loadingMore={list.loadingMore} onLoadMore={list.loadMore}
      selection={selection && batch ? {
        selectedIds: ids, selectable, label: selection.label,
        toggle: (row, on) => list.setSelected(on ? [...list.selected, row] : list.selected.filter((r) => r.id !== row.id)),
      } : undefined} />
  ) : (
    <Table<Row>
      rowKey="id"
      size="middle"
      loading={list.validating && list.rows.length > 0 ? { delay: 300 } : false}
      dataSource={list.rows}
      columns={columnsShown}
      scroll={{ x: props.scrollX ?? 1200 }}
      locale={{ emptyText: empty }}
      onRow={(row) => ({ 'data-testid': rowTestId(row) }) as React.HTMLAttributes<HTMLElement>}
      rowSelection={selection && batch ? {
        selectedRowKeys: ids,
        preserveSelectedRowKeys: true,
        onChange: (_keys, rows) => list.setSelected(rows.filter(Boolean)),
        getCheckboxProps: (row) => ({ disabled: !selectable(row), 'aria-label': selection.label(row) }) as object,
      } : undefined}
      pagination={{
        current: list.page.current, pageSize: list.page.pageSize, total: list.count?.totalCount ?? 0,
        showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showQuickJumper: true, showTotal: () => totalLabel(t, list.count),
      }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') {
          const one = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Row>;
          const field = one?.order ? columns.find((c) => c.key === one.columnKey)?.sortField : undefined;
          list.setOrder(field ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : null);
        } else if (extra.action === 'paginate') {
          list.setPage({ current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
        }
      }}
    />
  );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid={props.testId ?? `${module}-list`}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{props.title}</Typography.Title>
          {scenes.length > 0 && <SceneSelect module={module} scenes={scenes} saved={saved} current={scene} onChoose={choose}
            onDelete={(key) => { setSaved(saved.filter((v) => v.key !== key)); if (scene === `${SAVED_PREFIX}${key}`) choose(scenes[0].key); }} />}
          {props.titleExtra}
        </Space>
        {props.toolbar && <Space wrap>{props.toolbar}</Space>}
      </Flex>
      {filters.length > 0 && (
        <Card size="small">
          <FilterBar module={module} fields={filters} form={form} onApply={() => apply()}
            extra={scenes.length > 0 && <SaveViewButton module={module} onSave={saveView} />} />
        </Card>
      )}
      {props.notice}
      <Card size="small" styles={{ body: { padding: list.phone ? 8 : 16 } }}>
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8, minHeight: 24 }}>
          {list.selected.length > 0 && batch ? (
            <Flex align="center" gap={8} wrap data-testid={`${module}-batch-bar`}>
              <Typography.Text strong>{t('common.selected', { count: list.selected.length })}</Typography.Text>
              {batch(list.selected)}
              <Button size="small" type="link" onClick={() => list.setSelected([])}>{t('action.clearSelection')}</Button>
            </Flex>
          ) : <Typography.Text type="secondary" data-testid={`${module}-total`}>{totalLabel(t, list.count)}</Typography.Text>}
          {!list.phone && <ColumnChooser module={module} columns={columns} hidden={hidden} onChange={setStoredHidden} />}
        </Flex>
        {list.error && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={(props.errorText ?? ((e) => errorMessage(t, e)))(list.error)}
            action={<Button size="small" onClick={list.refresh}>{t('action.refresh')}</Button>} />
        )}
        {list.loading
          ? <div data-testid={`${module}-skeleton`}><Skeleton active paragraph={{ rows: 8 }} title={false} /></div>
          : list.phone && !list.rows.length ? empty : records}
      </Card>
    </Space>
  );
}
