'use client';
// The options of one dictionary: a flat list, or the province → city tree of 地区. Disabled options stay in the list,
// greyed with a tag; each row offers rename, enable/disable and moving up or down among its siblings.
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Dictionary, DictionaryOption } from './dictionary.api';

interface Row extends DictionaryOption { children?: Row[] }

/** Tree dictionaries nest cities under their province; flat ones stay flat. */
function rowsOf(dictionary: Dictionary): Row[] {
  if (!dictionary.tree) return dictionary.options.map((o) => ({ ...o }));
  const top: Row[] = [];
  const byId = new Map<string, Row>();
  for (const option of dictionary.options) {
    const row: Row = { ...option };
    byId.set(row.id, row);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) parent.children = [...(parent.children ?? []), row];
    else top.push(row);
  }
  return top;
}

/** The options sharing a parent, in their order. */
export const siblingsOf = (dictionary: Dictionary, option: DictionaryOption) =>
  dictionary.options.filter((o) => (o.parentId ?? null) === (option.parentId ?? null));

export interface OptionActions {
  onAddChild: (parent: DictionaryOption) => void;
  onRename: (option: DictionaryOption) => void;
  onToggle: (option: DictionaryOption) => void;
  onMove: (option: DictionaryOption, by: -1 | 1) => void;
}

export function OptionTable({ dictionary, busy, actions }: { dictionary: Dictionary; busy: boolean; actions: OptionActions }) {
  const { t } = useI18n();
  const slug = (o: DictionaryOption) => o.path;
  return (
    <Table<Row>
      rowKey="id" size="middle" dataSource={rowsOf(dictionary)} pagination={false} loading={busy} scroll={{ x: 640 }}
      locale={{ emptyText: t('dictionary.empty') }}
      onRow={(row) => ({ 'data-testid': `dictionary-option-${slug(row)}`, 'data-enabled': String(row.enabled) }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'name', title: t('dictionary.field.name'),
          render: (_, o) => (
            <Space size={6}>
              <Typography.Text type={o.enabled ? undefined : 'secondary'}>{o.name}</Typography.Text>
              {!o.enabled && <Tag data-testid="dictionary-option-disabled">{t('dictionary.disabled')}</Tag>}
            </Space>
          ),
        },
        {
          key: 'code', title: t('dictionary.field.code'), responsive: ['md'],
          render: (_, o) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.code}</Typography.Text>,
        },
        {
          key: 'actions', title: t('common.actions'), width: 320,
          render: (_, o) => {
            const siblings = siblingsOf(dictionary, o);
            const index = siblings.findIndex((s) => s.id === o.id);
            return (
              <Space size={4} wrap>
                <Tooltip title={t('dictionary.moveUp')}>
                  <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('dictionary.moveUp')} disabled={busy || index <= 0}
                    onClick={() => actions.onMove(o, -1)} data-testid={`dictionary-up-${slug(o)}`} />
                </Tooltip>
                <Tooltip title={t('dictionary.moveDown')}>
                  <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('dictionary.moveDown')} disabled={busy || index >= siblings.length - 1}
                    onClick={() => actions.onMove(o, 1)} data-testid={`dictionary-down-${slug(o)}`} />
                </Tooltip>
                <Button size="small" icon={<EditOutlined />} onClick={() => actions.onRename(o)} data-testid={`dictionary-rename-${slug(o)}`}>{t('dictionary.rename')}</Button>
                {o.enabled
                  ? <Button size="small" danger icon={<StopOutlined />} disabled={busy} onClick={() => actions.onToggle(o)} data-testid={`dictionary-disable-${slug(o)}`}>{t('dictionary.disable')}</Button>
                  : <Button size="small" icon={<CheckCircleOutlined />} disabled={busy} onClick={() => actions.onToggle(o)} data-testid={`dictionary-enable-${slug(o)}`}>{t('dictionary.enable')}</Button>}
                {dictionary.tree && !o.parentId && (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => actions.onAddChild(o)} data-testid={`dictionary-add-child-${slug(o)}`}>{t('dictionary.addCity')}</Button>
                )}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
