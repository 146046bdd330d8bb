'use client';
// 导入记录: the user's imports of one record type — when, which file, the counts and the outcome — each opened
// again in the wizard (its report, its rows not taken, undo).
import { useState } from 'react';
import { Button, Drawer, Table, Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { DATA_IMPORTS_QUERY, type ImportModule } from '@/app/_lib/api/imports';
import type { MessageKey } from '@/app/_lib/i18n/catalog';

const COLORS: Record<string, string> = { DONE: 'green', FAILED: 'red', CANCELLED: 'default', UNDONE: 'default', VALIDATED: 'blue', VALIDATING: 'processing', IMPORTING: 'processing', UPLOADED: 'default' };
const PAGE = 10;

export function ImportHistory({ module, open, onClose, onOpen }: { module: ImportModule; open: boolean; onClose: () => void; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const { data, isLoading } = useQuery(DATA_IMPORTS_QUERY, open ? { module, first: PAGE, offset: (page - 1) * PAGE } : null, { keepPreviousData: true });
  const imports = data?.dataImports;
  return (
    <Drawer open={open} onClose={onClose} size={900} title={t('io.import.history')} destroyOnHidden>
      <Table size="small" rowKey="id" loading={isLoading} dataSource={imports?.nodes ?? []} data-testid="import-history"
        pagination={{ current: page, pageSize: PAGE, total: imports?.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('io.import.h.time'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
          { title: t('io.import.h.by'), key: 'by', width: 90, render: (_v, r) => r.createdBy.name },
          { title: t('io.import.h.file'), dataIndex: 'fileName', ellipsis: true },
          { title: t('io.import.h.status'), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={COLORS[s]}>{t(`io.import.status.${s}` as MessageKey)}</Tag> },
          {
            title: t('io.import.h.counts'), key: 'counts', width: 210, render: (_v, r) => (
              <Typography.Text type="secondary">{t('io.import.h.countsText', { created: r.createdCount, updated: r.updatedCount, duplicate: r.duplicateCount, error: r.errorCount })}</Typography.Text>
            ),
          },
          {
            title: '', key: 'actions', width: 150, render: (_v, r) => (
              <>
                <Button type="link" size="small" onClick={() => onOpen(r.id)} data-testid={`import-history-open-${r.id}`}>{t('io.import.h.open')}</Button>
                {r.problemFileUrl && <Button type="link" size="small" href={r.problemFileUrl} download>{t('io.import.h.problems')}</Button>}
              </>
            ),
          },
        ]} />
    </Drawer>
  );
}
