'use client';
// 场景 (saved views): the module's built-in ones (我负责的, 今日待跟进, …) and the user's own saved filters, kept per
// user and module in this browser. Choosing one applies its filter; "save as view" keeps the filter bar as it is.
import { useState } from 'react';
import { Button, Input, Modal, Select, Space, Typography } from 'antd';
import { CloseOutlined, SaveOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Variables } from '@/app/_lib/graphql';

/** A built-in view: a name and the API filter it adds. */
export interface Scene { key: string; label: string; filter: Variables }
/** A user's saved view: the filter bar's values, serialised. */
export interface SavedView { key: string; name: string; values: Record<string, unknown> }

interface Props {
  module: string;
  scenes: Scene[];
  saved: SavedView[];
  current: string;
  onChoose: (key: string) => void;
  onDelete: (key: string) => void;
}

export const SAVED_PREFIX = 'saved:';

export function SceneSelect({ module, scenes, saved, current, onChoose, onDelete }: Props) {
  const { t } = useI18n();
  const options = [
    { label: t('kit.scene.builtIn'), options: scenes.map((s) => ({ value: s.key, label: s.label })) },
    ...(saved.length ? [{
      label: t('kit.scene.mine'),
      options: saved.map((v) => ({
        value: `${SAVED_PREFIX}${v.key}`,
        label: (
          <Space size={4} style={{ width: '100%', justifyContent: 'space-between' }}>
            <span>{v.name}</span>
            <CloseOutlined aria-label={t('action.delete')} data-testid={`${module}-scene-delete-${v.name}`}
              onClick={(e) => { e.stopPropagation(); onDelete(v.key); }} />
          </Space>
        ),
      })),
    }] : []),
  ];
  return (
    <Select value={current} onChange={onChoose} options={options} style={{ minWidth: 140 }} popupMatchSelectWidth={false}
      aria-label={t('kit.scene.label')} data-testid={`${module}-scene`}
      labelRender={({ value }) => scenes.find((s) => s.key === value)?.label ?? saved.find((v) => `${SAVED_PREFIX}${v.key}` === value)?.name ?? ''} />
  );
}

/** "Save as view": asks for a name, then keeps the current filter under it. */
export function SaveViewButton({ module, onSave }: { module: string; onSave: (name: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  return (
    <>
      <Button type="link" icon={<SaveOutlined />} onClick={() => { setName(''); setOpen(true); }} data-testid={`${module}-scene-save`}>{t('kit.scene.save')}</Button>
      <Modal open={open} title={t('kit.scene.save')} onCancel={() => setOpen(false)} okButtonProps={{ disabled: !name.trim() }} destroyOnHidden
        onOk={() => { onSave(name.trim()); setOpen(false); }} okText={t('action.save')} cancelText={t('action.cancel')}>
        <Typography.Paragraph type="secondary">{t('kit.scene.saveHint')}</Typography.Paragraph>
        <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={20} placeholder={t('kit.scene.name')} data-testid={`${module}-scene-name`} />
      </Modal>
    </>
  );
}
