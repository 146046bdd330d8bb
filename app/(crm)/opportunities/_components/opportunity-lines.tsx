'use client';
// The product lines of the opportunity form: product, model, quantity, unit price and the exact line amount.
import { Button, Col, Form, Grid, Input, Row, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatMoney, lineAmount } from './opportunity-labels';
import { ProductChoice } from './opportunity-selects';

export interface LineValues { productId?: string; productName?: string; model?: string | null; quantity?: string; unitPrice?: string }

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

export function OpportunityLinesField({ form, lines }: { form: FormInstance; lines: LineValues[] }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const money = { pattern: MONEY, message: t('server.opp.money') };
  return (
    <Form.List name="products">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 16 }}>
          {fields.map((field) => {
            const line = lines[field.name];
            return (
              <Row key={field.key} gutter={8} align="top" data-testid={`opportunity-line-${field.name}`} style={{ borderBottom: screens.md ? undefined : '1px dashed #eee' }}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'productId']} rules={[{ required: true, message: t('validation.select', { field: t('opportunity.line.product') }) }]} style={{ marginBottom: 8 }}>
                    <ProductChoice
                      initial={line?.productId && line.productName ? { id: line.productId, name: line.productName, model: line.model ?? null, unit: null, price: line.unitPrice ?? '0' } : null}
                      data-testid={`opportunity-line-${field.name}-product`}
                      onChange={(_v, p) => {
                        if (!p) return;
                        form.setFieldValue(['products', field.name, 'productName'], p.name);
                        form.setFieldValue(['products', field.name, 'model'], p.model);
                        form.setFieldValue(['products', field.name, 'unitPrice'], p.price);
                      }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'model']} style={{ marginBottom: 8 }}><Input placeholder={t('opportunity.line.model')} aria-label={t('opportunity.line.model')} /></Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('opportunity.line.quantity') }, money]} style={{ marginBottom: 8 }}>
                    <Input placeholder={t('opportunity.line.quantity')} aria-label={t('opportunity.line.quantity')} inputMode="decimal" data-testid={`opportunity-line-${field.name}-quantity`} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'unitPrice']} rules={[{ required: true, message: t('opportunity.line.unitPrice') }, money]} style={{ marginBottom: 8 }}>
                    <Input placeholder={t('opportunity.line.unitPrice')} aria-label={t('opportunity.line.unitPrice')} prefix="¥" inputMode="decimal" data-testid={`opportunity-line-${field.name}-unitPrice`} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={4} style={{ paddingTop: 5, textAlign: 'right' }}>
                  <Typography.Text data-testid={`opportunity-line-${field.name}-amount`}>{formatMoney(lineAmount(line?.quantity, line?.unitPrice))}</Typography.Text>
                </Col>
                <Col xs={2} md={1}>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: '1' })} block data-testid="opportunity-line-add">{t('opportunity.line.add')}</Button>
        </Space>
      )}
    </Form.List>
  );
}

export const lineFieldNames = (n: number) => Array.from({ length: n }, (_, i) => ['productId', 'model', 'quantity', 'unitPrice'].map((f) => `products.${i}.${f}`)).flat();
