'use client';
// 销售趋势: contract and receivable amounts per month for 12 months (bars), the same months a year earlier (dashed
// lines), and new customers on a second axis.
import { Card, Empty } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { TrendMonth } from '../_insight/insight.api';
import { Chart } from '../_insight/chart';
import { formatMonth } from '../_insight/format';

export function TrendSection({ trend }: { trend: TrendMonth[] }) {
  const { t, locale } = useI18n();
  const empty = trend.every((m) => Number(m.contractAmount) === 0 && Number(m.receivableAmount) === 0 && m.newCustomers === 0
    && Number(m.lastYearContractAmount) === 0 && Number(m.lastYearReceivableAmount) === 0 && m.lastYearNewCustomers === 0);
  const money = (value: number) => (Math.abs(value) >= 10000 ? `${Math.round(value / 1000) / 10}${locale === 'zh-CN' ? '万' : '0k'}` : String(value));
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: trend.map((m) => formatMonth(m.month, locale).replace(/^\d{4}年/, '')) },
    yAxis: [{ type: 'value', axisLabel: { formatter: money } }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: t('insight.trend.contracts'), type: 'bar', data: trend.map((m) => Number(m.contractAmount)) },
      { name: t('insight.trend.receivables'), type: 'bar', data: trend.map((m) => Number(m.receivableAmount)) },
      { name: t('insight.trend.contractsLastYear'), type: 'line', lineStyle: { type: 'dashed' }, data: trend.map((m) => Number(m.lastYearContractAmount)) },
      { name: t('insight.trend.receivablesLastYear'), type: 'line', lineStyle: { type: 'dashed' }, data: trend.map((m) => Number(m.lastYearReceivableAmount)) },
      { name: t('insight.trend.customers'), type: 'line', yAxisIndex: 1, data: trend.map((m) => m.newCustomers) },
      { name: t('insight.trend.customersLastYear'), type: 'line', yAxisIndex: 1, lineStyle: { type: 'dotted' }, data: trend.map((m) => m.lastYearNewCustomers) },
    ],
  };
  return (
    <Card title={t('insight.trend.title')} size="small" data-testid="trend">
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insight.trend.empty')} /> : <Chart option={option} height={300} testId="trend-chart" />}
    </Card>
  );
}
