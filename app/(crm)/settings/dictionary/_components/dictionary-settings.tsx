'use client';
// 数据字典 (system:dictionary): the dictionaries on the left, the chosen one's options on the right. Options are
// added, renamed, disabled / enabled and reordered — never deleted, since records keep the codes they hold.
import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Col, Flex, Menu, Result, Row, Skeleton, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { hasMessage } from '@/app/_lib/i18n/catalog';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { DICTIONARIES_QUERY, REORDER_DICTIONARY_OPTIONS, UPDATE_DICTIONARY_OPTION, type Dictionary, type DictionaryOption } from './dictionary.api';
import { OptionForm, type OptionEdit } from './option-form';
import { useChange } from '../../../_kit/form/use-change';
import { OptionTable, siblingsOf } from './option-table';

export function DictionarySettings() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data, error, isLoading, mutate } = useQuery(DICTIONARIES_QUERY);
  const [kind, setKind] = useState<string | null>(null);
  const [edit, setEdit] = useState<OptionEdit | null>(null);
  const { busy, change } = useChange(mutate);

  if (error) return <Result status="error" title={errorMessage(t, error)} />;
  if (isLoading || !data) return <Skeleton active />;
  const dictionaries = data.dictionaries;
  const current = dictionaries.find((d) => d.kind === kind) ?? dictionaries[0];
  const nameOf = (d: Dictionary) => { const key = `dictionary.kind.${d.kind}`; return hasMessage(key) ? t(key) : d.name; };

  const toggle = (o: DictionaryOption) => change(() => gql(UPDATE_DICTIONARY_OPTION, { id: o.id, input: { enabled: !o.enabled } }),
    t(o.enabled ? 'dictionary.disabledDone' : 'dictionary.enabledDone', { name: o.name }));

  const move = (o: DictionaryOption, by: -1 | 1) => {
    const ids = siblingsOf(current, o).map((s) => s.id);
    const from = ids.indexOf(o.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    return change(() => gql(REORDER_DICTIONARY_OPTIONS, { input: { kind: current.kind, parentId: o.parentId ?? null, ids } }));
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="dictionary-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('dictionary.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('dictionary.hint')} />
      <Row gutter={[12, 12]}>
        <Col xs={24} md={7} lg={6}>
          <Card size="small" title={t('dictionary.list')} styles={{ body: { padding: 4 } }}>
            <Menu mode="inline" selectedKeys={[current.kind]} onClick={({ key }) => setKind(key)} style={{ borderInlineEnd: 0 }} data-testid="dictionary-list"
              items={dictionaries.map((d) => ({
                key: d.kind,
                label: (
                  <Flex justify="space-between" align="center" data-testid={`dictionary-kind-${d.kind}`}>
                    <span>{nameOf(d)}</span>
                    <Badge count={d.options.length} color="#d9d9d9" style={{ color: 'rgba(0,0,0,0.65)' }} overflowCount={999} showZero />
                  </Flex>
                ),
              }))} />
          </Card>
        </Col>
        <Col xs={24} md={17} lg={18}>
          <Card size="small" data-testid={`dictionary-options-${current.kind}`}
            title={`${nameOf(current)} · ${t('dictionary.optionCount', { count: current.options.length })}`}
            extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit({ mode: 'add', kind: current.kind, parent: null })} data-testid="dictionary-add">
              {current.tree ? t('dictionary.addProvince') : t('dictionary.add')}
            </Button>}>
            <OptionTable dictionary={current} busy={busy} actions={{
              onAddChild: (parent) => setEdit({ mode: 'add', kind: current.kind, parent }),
              onRename: (option) => setEdit({ mode: 'rename', option }),
              onToggle: toggle,
              onMove: move,
            }} />
          </Card>
        </Col>
      </Row>
      <OptionForm edit={edit} onClose={() => setEdit(null)} onSaved={() => { setEdit(null); message.success(t('common.saved')); void mutate(); }} />
    </Space>
  );
}
