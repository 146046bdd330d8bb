'use client';
// The changes of one audit entry, a line per field: label, then before → after (or the value set).
import { Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { fieldLabel, parseChanges } from '@/app/_lib/history';
import { type CustomFieldModule, customValueText, useCustomFields } from '@/app/_lib/custom-fields';

interface Props {
  entityType: string;
  changes: string | null | undefined;
  /** How a value reads (enum labels, user names, times). */
  show: (field: string, value: unknown) => React.ReactNode;
  /** Fields not worth showing (record ids). */
  hidden?: Set<string>;
}

export function ChangeLines({ entityType, changes, show: showField, hidden }: Props) {
  const { t } = useI18n();
  // Custom values are audited as custom.<key>: their label and option names come from the field (disabled ones too).
  const custom = useCustomFields(entityType as CustomFieldModule, true);
  const customOf = (field: string) => (field.startsWith('custom.') ? custom.find((f) => `custom.${f.key}` === field) : undefined);
  const label = (field: string) => customOf(field)?.label ?? fieldLabel(t, entityType, field);
  const show = (field: string, value: unknown) => { const def = customOf(field); return def ? customValueText(def, value) : showField(field, value); };
  return (
    <>
      {parseChanges(changes ?? null).filter((line) => !hidden?.has(line.field)).map((line) => (
        <div key={line.field} style={{ fontSize: 13, wordBreak: 'break-all' }}>
          <Typography.Text type="secondary">{label(line.field)}{t('common.colon')}</Typography.Text>
          {line.changed
            ? <><Typography.Text delete type="secondary">{show(line.field, line.before)}</Typography.Text>{' → '}<Typography.Text>{show(line.field, line.after)}</Typography.Text></>
            : <Typography.Text>{show(line.field, line.value)}</Typography.Text>}
        </div>
      ))}
    </>
  );
}
