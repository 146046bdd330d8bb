'use client';
// The customer filter bar: keyword always visible; on phones the rest folds under "more filters".
import { useState } from 'react';
import { Button, Col, DatePicker, Form, Grid, Input, Row, Select, Space } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { levelLabel, typeLabel } from '@/app/_lib/labels';
import { CUSTOMER_LEVELS, CUSTOMER_TYPES, type CustomerFilter } from '@/app/_lib/api/customers';
import { type CustomerFilterValues as Values, toCustomerFilter } from './customer-query';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';

export function CustomerFilters({ onChange, showOrgFilters }: { onChange: (filter: CustomerFilter) => void; showOrgFilters: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  const showAll = !!screens.md || expanded;
  const apply = () => onChange(toCustomerFilter(form.getFieldsValue(true)));

  return (
    <Form<Values>
      form={form}
      onFinish={apply}
      // Choices apply at once; typed text applies on Enter or the search button.
      onValuesChange={(changed) => { if (!('keyword' in changed || 'source' in changed || 'industry' in changed)) apply(); }}
      data-testid="customer-filters"
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="keyword" noStyle>
            <Input.Search placeholder={t('customer.filter.keyword')} allowClear enterButton onSearch={apply} aria-label={t('customer.filter.keyword')} data-testid="customer-filter-keyword" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="type" noStyle>
            <Select allowClear placeholder={t('customer.field.type')} aria-label={t('customer.field.type')} style={{ width: '100%' }} data-testid="customer-filter-type"
              options={CUSTOMER_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="level" noStyle>
            <Select allowClear placeholder={t('customer.field.level')} aria-label={t('customer.field.level')} style={{ width: '100%' }} data-testid="customer-filter-level"
              options={CUSTOMER_LEVELS.map((v) => ({ value: v, label: levelLabel(t, v) }))} />
          </Form.Item>
        </Col>
        {showAll && (
          <>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="source" noStyle>
                <Input placeholder={t('customer.field.source')} aria-label={t('customer.field.source')} allowClear onPressEnter={apply} data-testid="customer-filter-source" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="industry" noStyle>
                <Input placeholder={t('customer.field.industry')} aria-label={t('customer.field.industry')} allowClear onPressEnter={apply} data-testid="customer-filter-industry" />
              </Form.Item>
            </Col>
            {showOrgFilters && (
              <>
                <Col xs={24} md={6} xl={4}>
                  <Form.Item name="ownerId" noStyle>
                    <UserPicker source="directory" allowClear placeholder={t('customer.field.owner')} data-testid="customer-filter-owner" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6} xl={4}>
                  <Form.Item name="departmentId" noStyle>
                    <DepartmentTreeSelect allowClear placeholder={t('customer.field.department')} data-testid="customer-filter-department" />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="created" noStyle>
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={[t('customer.filter.from'), t('customer.filter.to')]} aria-label={t('customer.filter.created')} data-testid="customer-filter-created" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12} xl={8}>
          <Space wrap>
            <Button type="primary" htmlType="submit" data-testid="customer-filter-search">{t('action.search')}</Button>
            <Button onClick={() => { form.resetFields(); apply(); }} data-testid="customer-filter-reset">{t('action.reset')}</Button>
            {!screens.md && (
              <Button type="link" onClick={() => setExpanded(!expanded)} icon={expanded ? <UpOutlined /> : <DownOutlined />}>
                {expanded ? t('action.lessFilters') : t('action.moreFilters')}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
