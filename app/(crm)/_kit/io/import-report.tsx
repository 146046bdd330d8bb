'use client';
// The report of a pass (the dry run, or the import itself): counts of new / updated / duplicate / error / warning
// rows, the rows with their problems (row number, column, message), and the rows not taken as an .xlsx to fix.
import { useState } from 'react';
import { Button, Col, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { IMPORT_PROBLEMS_QUERY, type ImportJob, type ImportProblemKind } from '@/app/_lib/api/imports';

const KIND_COLORS: Record<ImportProblemKind, string> = { ERROR: 'red', DUPLICATE: 'orange', WARNING: 'gold' };
const PAGE = 10;

export function ImportCounts({ job, done }: { job: ImportJob; done: boolean }) {
  const { t } = useI18n();
  const counts = [
    { key: 'new', value: job.createdCount, label: t(done ? 'io.import.count.created' : 'io.import.count.new'), color: '#389e0d' },
    { key: 'update', value: job.updatedCount, label: t(done ? 'io.import.count.updated' : 'io.import.count.update'), color: '#1677ff' },
    { key: 'duplicate', value: job.duplicateCount, label: t('io.import.count.duplicate'), color: '#d46b08' },
    { key: 'error', value: job.errorCount, label: t('io.import.count.error'), color: '#cf1322' },
    { key: 'warning', value: job.warningCount, label: t('io.import.count.warning'), color: '#d4b106' },
  ];
  return (
    <Row gutter={12}>
      {counts.map((c) => (
        <Col key={c.key} flex="1" data-testid={`import-count-${c.key}`} data-count={c.value}>
          <Statistic title={c.label} value={c.value} styles={{ content: { color: c.value ? c.color : undefined } }} />
        </Col>
      ))}
    </Row>
  );
}

export function ImportReport({ job, done = false }: { job: ImportJob; done?: boolean }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportProblemKind | 'ALL'>('ALL');
  const [page, setPage] = useState(1);
  const { data, isLoading } = useQuery(IMPORT_PROBLEMS_QUERY, { id: job.id, first: PAGE, offset: (page - 1) * PAGE, kind: kind === 'ALL' ? null : kind }, { keepPreviousData: true });
  const problems = data?.dataImport?.problems;
  const any = job.errorCount + job.duplicateCount + job.warningCount > 0;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="import-report">
      <ImportCounts job={job} done={done} />
      {any ? (
        <>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Segmented<ImportProblemKind | 'ALL'> size="small" value={kind} onChange={(k) => { setKind(k); setPage(1); }} options={[
              { value: 'ALL', label: t('io.import.kind.ALL') }, { value: 'ERROR', label: t('io.import.kind.ERROR') },
              { value: 'DUPLICATE', label: t('io.import.kind.DUPLICATE') }, { value: 'WARNING', label: t('io.import.kind.WARNING') },
            ]} />
            {job.problemFileUrl && (
              <Button size="small" icon={<DownloadOutlined />} href={job.problemFileUrl} download data-testid="import-problem-file">{t('io.import.problemFile')}</Button>
            )}
          </Space>
          <Table size="small" rowKey={(p) => `${p.rowNumber}-${p.kind}`} loading={isLoading} dataSource={problems?.nodes ?? []} data-testid="import-problems"
            onRow={(p) => ({ 'data-testid': `import-problem-${p.rowNumber}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={{ current: page, pageSize: PAGE, total: problems?.totalCount ?? 0, onChange: setPage, size: 'small', showSizeChanger: false }}
            columns={[
              { title: t('io.import.col.row'), dataIndex: 'rowNumber', width: 70 },
              { title: t('io.import.col.kind'), dataIndex: 'kind', width: 80, render: (k: ImportProblemKind) => <Tag color={KIND_COLORS[k]}>{t(`io.import.kind.${k}`)}</Tag> },
              {
                title: t('io.import.col.problem'), key: 'messages', render: (_v, p) => (
                  <Space orientation="vertical" size={0}>
                    {p.messages.map((m, i) => (
                      <span key={i}>{m.column && <Typography.Text strong>{m.column}：</Typography.Text>}{m.message}</span>
                    ))}
                  </Space>
                ),
              },
              { title: t('io.import.col.cells'), key: 'cells', width: 220, ellipsis: true, render: (_v, p) => <Typography.Text type="secondary">{p.cells.filter(Boolean).join(' | ')}</Typography.Text> },
            ]} />
        </>
      ) : <Typography.Text type="success" data-testid="import-no-problems">{t('io.import.noProblems')}</Typography.Text>}
    </Space>
  );
}
