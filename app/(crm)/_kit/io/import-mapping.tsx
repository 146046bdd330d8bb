'use client';
// Wizard step 2: which field each column of the file fills. The server recognised the headers (Chinese or English
// names); the user adjusts, and sees at once which required fields no column fills and which field is taken twice.
import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { ImportJob } from '@/app/_lib/api/imports';

export type Mapping = (string | null)[];

/** Required fields no column fills, and fields taken from more than one column. */
export function mappingProblems(job: ImportJob, mapping: Mapping) {
  const missing = job.fields.filter((f) => f.required && !mapping.includes(f.key)).map((f) => f.label);
  const twice = job.fields.filter((f) => mapping.filter((k) => k === f.key).length > 1).map((f) => f.label);
  return { missing, twice };
}

export function ImportMapping({ job, mapping, onChange }: { job: ImportJob; mapping: Mapping; onChange: (next: Mapping) => void }) {
  const { t } = useI18n();
  const { missing, twice } = mappingProblems(job, mapping);
  const options = job.fields.map((f) => ({ value: f.key, label: f.required ? `${f.label} *` : f.label }));
  const rows = job.headers.map((header, index) => ({ index, header }));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('io.import.mapHint', { count: mapping.filter(Boolean).length, total: job.headers.length })}</Typography.Text>
      {missing.length > 0 && <Alert type="error" showIcon title={t('io.import.err.missing', { columns: missing.join('、') })} data-testid="import-map-missing" />}
      {twice.length > 0 && <Alert type="error" showIcon title={t('io.import.err.twiceNamed', { fields: twice.join('、') })} />}
      <Table size="small" rowKey="index" pagination={false} dataSource={rows} scroll={{ y: 360 }} columns={[
        { title: t('io.import.col.header'), dataIndex: 'header', render: (h: string, row) => h || <Typography.Text type="secondary">{t('io.import.col.unnamed', { n: row.index + 1 })}</Typography.Text> },
        {
          title: t('io.import.col.field'), key: 'field', width: 260, render: (_v, row) => (
            <Select size="small" style={{ width: '100%' }} allowClear placeholder={t('io.import.col.skip')} options={options} value={mapping[row.index] ?? undefined}
              data-testid={`import-map-${row.index}`} onChange={(value?: string) => onChange(mapping.map((k, i) => (i === row.index ? value ?? null : k)))} />
          ),
        },
        {
          title: '', key: 'state', width: 90, render: (_v, row) => (mapping[row.index]
            ? <Tag color="green">{t('io.import.col.mapped')}</Tag>
            : <Tag>{t('io.import.col.skipped')}</Tag>),
        },
      ]} />
    </Space>
  );
}
