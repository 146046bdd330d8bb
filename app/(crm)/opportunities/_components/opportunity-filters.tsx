'use client';
// The opportunity filter bar (list and board): keyword always visible; on phones the rest folds under "more".
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { Button, Col, DatePicker, Form, Grid, Input, Row, Select, Space } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { OPPORTUNITY_CATEGORIES, STAGES_QUERY, type OpportunityCategory, type OpportunityFilter, type Stage } from '@/app/_lib/api/opportunities';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { categoryLabel, stageLabel } from './opportunity-labels';

interface Values {
  keyword?: string; categories?: OpportunityCategory[]; stageId?: string; ownerId?: string; departmentId?: string;
  expected?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(values: Values): OpportunityFilter {
  const filter: OpportunityFilter = {};
  if (values.keyword?.trim()) filter.keyword = values.keyword.trim();
  if (values.categories?.length) filter.categories = values.categories;
  if (values.stageId) filter.stageId = values.stageId;
  if (values.ownerId) filter.ownerId = values.ownerId;
  if (values.departmentId) filter.departmentId = values.departmentId;
  const [from, to] = values.expected ?? [];
  if (from) filter.expectedCloseFrom = from.format('YYYY-MM-DD');
  if (to) filter.expectedCloseTo = to.format('YYYY-MM-DD');
  return filter;
}

export function OpportunityFilters({ onChange, initial, showStage = true }: { onChange: (filter: OpportunityFilter) => void; initial?: Values; showStage?: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  const { data } = useQuery<{ opportunityStages: Stage[] }>(STAGES_QUERY);
  const showAll = !!screens.md || expanded;
  const apply = () => onChange(toFilter(form.getFieldsValue(true)));

  return (
    <Form<Values> form={form} initialValues={initial} onFinish={apply} onValuesChange={(changed) => { if (!('keyword' in changed)) apply(); }} data-testid="opportunity-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="keyword" noStyle>
            <Input.Search placeholder={t('opportunity.filter.keyword')} allowClear enterButton onSearch={apply} aria-label={t('opportunity.filter.keyword')} data-testid="opportunity-filter-keyword" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="categories" noStyle>
            <Select mode="multiple" allowClear placeholder={t('opportunity.field.category')} aria-label={t('opportunity.field.category')} style={{ width: '100%' }}
              data-testid="opportunity-filter-category" options={OPPORTUNITY_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
          </Form.Item>
        </Col>
        {showAll && (
          <>
            {showStage && (
              <Col xs={24} md={8} xl={4}>
                <Form.Item name="stageId" noStyle>
                  <Select allowClear placeholder={t('opportunity.field.stage')} aria-label={t('opportunity.field.stage')} style={{ width: '100%' }} data-testid="opportunity-filter-stage"
                    options={(data?.opportunityStages ?? []).map((s) => ({ value: s.id, label: stageLabel(s) }))} />
                </Form.Item>
              </Col>
            )}
            <Col xs={12} md={8} xl={4}>
              <Form.Item name="ownerId" noStyle>
                <UserPicker source="directory" allowClear placeholder={t('opportunity.field.owner')} data-testid="opportunity-filter-owner" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Form.Item name="departmentId" noStyle>
                <DepartmentTreeSelect allowClear placeholder={t('opportunity.field.department')} data-testid="opportunity-filter-department" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="expected" noStyle>
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={[t('opportunity.filter.from'), t('opportunity.filter.to')]} aria-label={t('opportunity.filter.expected')} data-testid="opportunity-filter-expected" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12} xl={6}>
          <Space wrap>
            <Button onClick={() => { form.resetFields(); apply(); }} data-testid="opportunity-filter-reset">{t('action.reset')}</Button>
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
