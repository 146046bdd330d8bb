'use client';
// 产品销售: quantity and amount by product and by category over the approved contracts signed in the period.
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { graphql } from '@/app/_lib/gql';
import type { ProductReportQuery } from '@/app/_lib/gql/graphql';
import { Chart } from '../../_insight/chart';
import { formatMoney, formatQuantity } from '@/app/_lib/format';
import { ReportFrame } from '../_components/report-frame';

type ProductRow = ProductReportQuery['statistics']['products']['byProduct'][number];
const QUERY = graphql(`query ProductReport($filter: InsightFilter) { statistics(filter: $filter) { products {
  amount byProduct { id name contracts quantity amount } byCategory { id name contracts quantity amount } } } }`);

export default function ProductReportPage() {
  const { t } = useI18n();
  const table = (rows: ProductRow[], title: string) => (
    <Table size="small" rowKey={(r) => r.id ?? '∅'} dataSource={rows} pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }} scroll={{ x: 'max-content' }}
      columns={[{ title, key: 'n', render: (_, r) => r.name ?? t('statistics.products.uncategorised') }, { title: t('statistics.contracts.count'), dataIndex: 'contracts', align: 'right' },
        { title: t('statistics.products.quantity'), key: 'q', align: 'right', render: (_, r) => formatQuantity(r.quantity) },
        { title: t('statistics.amount'), key: 'a', align: 'right', render: (_, r) => formatMoney(r.amount) }]} />
  );
  return (
    <ReportFrame title={t('statistics.products.title')} report="PRODUCTS" query={QUERY}>
      {({ products: r }) => (
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}><Card size="small"><Statistic title={t('statistics.products.amount')} value={formatMoney(r.amount)} /></Card></Col>
          <Col xs={24} md={16}>
            <Card size="small" title={t('statistics.products.byCategory')}>
              <Chart height={200} option={{ tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b} {d}%' },
                data: r.byCategory.map((c) => ({ name: c.name ?? t('statistics.products.uncategorised'), value: Number(c.amount) })) }] }} />
              {table(r.byCategory, t('statistics.products.category'))}
            </Card>
          </Col>
          <Col xs={24}><Card size="small" title={t('statistics.products.byProduct')} data-testid="products-table">{table(r.byProduct, t('statistics.products.product'))}</Card></Col>
        </Row>
      )}
    </ReportFrame>
  );
}
