'use client';
// Field permissions (字段权限): for each module with controlled fields, every field's mode under this role —
// editable, read-only, masked (138****5678) or hidden. The server applies them wherever the field leaves it.
import { Select, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { FieldMode, FieldModuleInfo, PermissionCatalog } from '@/app/_lib/api/admin';
import { type RoleDraft, withFieldMode } from './role-draft';

interface Props { catalog: PermissionCatalog; draft: RoleDraft; onChange: (draft: RoleDraft) => void }

const MODES: FieldMode[] = ['EDITABLE', 'READ_ONLY', 'MASKED', 'HIDDEN'];
type FieldInfo = FieldModuleInfo['fields'][number];

export function FieldPermissionEditor({ catalog, draft, onChange }: Props) {
  const { t, locale } = useI18n();
  const name = (item: { label: string; labelEn: string }) => (locale === 'en' ? item.labelEn : item.label);
  const options = MODES.map((mode) => ({ value: mode, label: t(`admin.role.fieldMode.${mode}`) }));

  const table = (module: FieldModuleInfo) => {
    const columns: TableColumnsType<FieldInfo> = [
      { key: 'field', title: t('admin.role.field'), render: (_, f) => name(f) },
      {
        key: 'mode', title: t('admin.role.fieldModeTitle'), width: 180,
        render: (_, f) => (
          <Select<FieldMode> value={draft.fields[module.module]?.[f.key] ?? 'EDITABLE'} style={{ width: '100%' }} options={options}
            aria-label={`${name(module)} ${name(f)}`} data-testid={`role-field-${module.module}-${f.key}`}
            onChange={(mode) => onChange(withFieldMode(draft, module.module, f.key, mode))} />
        ),
      },
    ];
    return <Table<FieldInfo> rowKey="key" size="small" columns={columns} dataSource={module.fields} pagination={false} />;
  };

  return (
    <div data-testid="role-fields">
      <Typography.Paragraph type="secondary">{t('admin.role.fieldsHint')}</Typography.Paragraph>
      <Tabs size="small" items={catalog.fieldModules.map((m) => ({
        key: m.module,
        label: <span data-testid={`role-field-module-${m.module}`}>{name(m)}</span>,
        children: table(m),
      }))} />
    </div>
  );
}
