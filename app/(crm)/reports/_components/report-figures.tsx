'use client';
// The template a new work report starts from: the greeting, the kind's sections (日报: 今日总结 / 明日计划 / 需协调 …)
// with the author's numbers for the period written under the summary, and the author's name; and the numbers
// themselves as a read-only card beside the form.
import { Alert, Card, Descriptions, Typography } from 'antd';
import { formatMoney } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import type { ReportDraft, ReportFigures } from './reports.api';

/** The numbers as one sentence for the summary section. */
export const figuresLine = (t: Translate, f: ReportFigures) => t('report.figures.line', {
  followUps: f.followUps, substantive: f.substantiveFollowUps, customers: f.newCustomers, moved: f.opportunitiesMoved,
  contracts: f.newContracts, contractAmount: formatMoney(f.contractAmount), receivables: f.receivables, receivableAmount: formatMoney(f.receivableAmount),
});

/** The content a new report starts with, in the UI's language. */
export function draftContent(t: Translate, draft: ReportDraft, authorName: string): string {
  const heading = (section: string) => `【${t(`report.section.${draft.kind}.${section}` as MessageKey)}】`;
  const blocks = draft.sections.map(({ section }) => (section === 'SUMMARY' && draft.figures ? `${heading(section)}\n${figuresLine(t, draft.figures)}\n` : `${heading(section)}\n`));
  return [t('report.template.greeting', { leader: draft.leader?.name ?? t('report.template.leader') }), ...blocks, authorName].join('\n');
}

/** The author's numbers for the period, read-only. */
export function ReportFiguresCard({ draft }: { draft: ReportDraft }) {
  const { t } = useI18n();
  const f = draft.figures;
  const period = draft.periodStart === draft.periodEnd ? draft.periodStart : `${draft.periodStart} – ${draft.periodEnd}`;
  return (
    <Card size="small" title={`${t('report.figures.title')} · ${period}`} data-testid="report-figures">
      {!f ? <Alert type="info" showIcon message={t('report.figures.none')} /> : (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('report.figures.followUps')}>
              <span data-testid="report-figure-followUps">{t('report.figures.followUpsValue', { count: f.followUps, substantive: f.substantiveFollowUps })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('report.figures.newCustomers')}>
              <span data-testid="report-figure-newCustomers">{t('report.figures.newCustomersValue', { count: f.newCustomers })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('report.figures.opportunitiesMoved')}>
              <span data-testid="report-figure-opportunitiesMoved">{t('report.figures.opportunitiesMovedValue', { count: f.opportunitiesMoved, changes: f.stageChanges })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('report.figures.contracts')}>
              <span data-testid="report-figure-contracts">{t('report.figures.contractsValue', { count: f.newContracts, amount: formatMoney(f.contractAmount) })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('report.figures.receivables')}>
              <span data-testid="report-figure-receivables">{t('report.figures.receivablesValue', { count: f.receivables, amount: formatMoney(f.receivableAmount) })}</span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('report.figures.hint')}</Typography.Text>
        </>
      )}
    </Card>
  );
}
