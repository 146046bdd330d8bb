'use client';
// Wizard step 4: the choices of the import — who owns the new records (me, a colleague within my write scope, or the
// file's 负责人 column), what happens to duplicates, and whether one bad row stops everything.
import { Form, Radio, Space, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { UserPicker } from '@/app/_components/user-picker';
import type { ImportJob, ImportOptions } from '@/app/_lib/api/imports';
import type { ImportSpec } from './import-spec';

export const optionsOf = (job: ImportJob): ImportOptions => ({
  owner: job.options.owner, ownerId: job.options.ownerId ?? null, duplicates: job.options.duplicates, allOrNothing: job.options.allOrNothing,
});

export const sameOptions = (a: ImportOptions, b: ImportOptions) =>
  a.owner === b.owner && (a.owner !== 'USER' || a.ownerId === b.ownerId) && a.duplicates === b.duplicates && a.allOrNothing === b.allOrNothing;

interface Props { job: ImportJob; spec: ImportSpec; value: ImportOptions; onChange: (next: ImportOptions) => void }

export function ImportOptionsForm({ job, spec, value, onChange }: Props) {
  const { t } = useI18n();
  const { me } = useMe();
  const set = (patch: Partial<ImportOptions>) => onChange({ ...value, ...patch });
  const ownerColumn = job.mapping.includes('owner');
  return (
    <Form layout="vertical" data-testid="import-options">
      {spec.ownerModule && (
        <Form.Item label={t('io.import.opt.owner')} extra={t('io.import.opt.ownerHint')}>
          <Space orientation="vertical">
            <Radio.Group value={value.owner} onChange={(e) => set({ owner: e.target.value })} data-testid="import-opt-owner">
              <Radio value="ME">{t('io.import.opt.ownerMe')}</Radio>
              <Radio value="USER">{t('io.import.opt.ownerUser')}</Radio>
              <Radio value="COLUMN" disabled={!ownerColumn}>{t('io.import.opt.ownerColumn')}</Radio>
            </Radio.Group>
            {value.owner === 'USER' && (
              <UserPicker source="transfer" module={spec.ownerModule} value={value.ownerId ?? undefined} onChange={(id) => set({ ownerId: id ?? null })}
                placeholder={t('io.import.opt.ownerPick')} style={{ width: 260 }} data-testid="import-opt-owner-user" />
            )}
            {!ownerColumn && <Typography.Text type="secondary">{t('io.import.opt.noOwnerColumn')}</Typography.Text>}
          </Space>
        </Form.Item>
      )}
      <Form.Item label={t('io.import.opt.duplicates')}>
        <Radio.Group value={value.duplicates} onChange={(e) => set({ duplicates: e.target.value })} data-testid="import-opt-duplicates">
          <Radio value="SKIP">{t('io.import.opt.skip')}</Radio>
          <Radio value="UPDATE" disabled={!can(me, spec.updatePermission)}>{t('io.import.opt.update')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('io.import.opt.mode')}>
        <Radio.Group value={value.allOrNothing} onChange={(e) => set({ allOrNothing: e.target.value })} data-testid="import-opt-mode">
          <Space orientation="vertical">
            <Radio value={false}>{t('io.import.opt.validRows')}</Radio>
            <Radio value>{t('io.import.opt.allOrNothing')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
    </Form>
  );
}
