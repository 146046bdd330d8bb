'use client';
// Shows or hides a list's columns; the choice is remembered for the user (per module, in this browser).
import { Button, Checkbox, Flex, Popover, Tooltip } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { ListColumn } from './columns';

interface Props<Row> { module: string; columns: ListColumn<Row>[]; hidden: string[]; onChange: (hidden: string[] | null) => void }

export function ColumnChooser<Row>({ module, columns, hidden, onChange }: Props<Row>) {
  const { t } = useI18n();
  const content = (
    <Flex vertical gap={4} data-testid={`${module}-columns-panel`}>
      {columns.map((c) => (
        <Checkbox key={c.key} checked={c.fixed || !hidden.includes(c.key)} disabled={c.fixed} data-testid={`${module}-column-${c.key}`}
          onChange={(e) => onChange(e.target.checked ? hidden.filter((k) => k !== c.key) : [...hidden, c.key])}>
          {c.title}
        </Checkbox>
      ))}
      <Button size="small" type="link" onClick={() => onChange(null)} style={{ alignSelf: 'flex-start', padding: 0 }}>{t('kit.columns.reset')}</Button>
    </Flex>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight" title={t('kit.columns.title')}>
      <Tooltip title={t('kit.columns.title')}>
        <Button size="small" type="text" icon={<SettingOutlined />} aria-label={t('kit.columns.title')} data-testid={`${module}-columns`} />
      </Tooltip>
    </Popover>
  );
}
