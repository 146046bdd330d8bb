'use client';
// The changes of one audit entry, a line per field: label, then before → after (or the value set).
import { Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { fieldLabel, parseChanges } from '@/app/_lib/history';

interface Props {
  entityType: string;
  changes: string | null | undefined;
  /** How a value reads (enum labels, user names, times). */
  show: (field: string, value: unknown) => React.ReactNode;
  /** Fields not worth showing (record ids). */
  hidden?: Set<string>;
}

export function ChangeLines({ entityType, changes, show, hidden }: Props) {
  const { t } = useI18n();
  return (
    <>
      {parseChanges(changes ?? null).filter((line) => !hidden?.has(line.field)).map((line) => (
        <div key={line.field} style={{ fontSize: 13, wordBreak: 'break-all' }}>
          <Typography.Text type="secondary">{fieldLabel(t, entityType, line.field)}{t('common.colon')}</Typography.Text>
          {line.changed
            ? <><Typography.Text delete type="secondary">{show(line.field, line.before)}</Typography.Text>{' → '}<Typography.Text>{show(line.field, line.after)}</Typography.Text></>
            : <Typography.Text>{show(line.field, line.value)}</Typography.Text>}
        </div>
      ))}
    </>
  );
}
