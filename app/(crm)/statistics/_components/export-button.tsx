'use client';
// 导出 Excel: the server builds the report's workbook from the same figures as the page and hands it back.
import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { gql } from '@/app/_lib/graphql';
import { graphql } from '@/app/_lib/gql';
import type { CustomerBasis, StatisticsReport } from '@/app/_lib/gql/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import type { InsightFilter } from '../../_insight/insight.api';

export type ReportKind = StatisticsReport;

const EXPORT = graphql(`mutation ExportStatistics($report: StatisticsReport!, $filter: InsightFilter, $basis: CustomerBasis, $month: String) {
  exportStatistics(report: $report, filter: $filter, basis: $basis, month: $month) { fileName mimeType contentBase64 } }`);

export function ExportButton({ report, filter, basis, month }: { report: ReportKind; filter: InsightFilter; basis?: CustomerBasis; month?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { exportStatistics: file } = await gql(EXPORT, { report, filter, basis, month });
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={download} data-testid="statistics-export">{t('statistics.export')}</Button>;
}
