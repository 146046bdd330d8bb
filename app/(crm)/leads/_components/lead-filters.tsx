'use client';
// The lead filter bar: keyword always visible; on phones the rest folds under "more filters".
import { useState } from 'react';
import { Button, Col, DatePicker, Form, Grid, Input, Row, Select, Space } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/app/_lib/i18n/context';
import { dayBoundary } from '@/app/_lib/format';
import { LEAD_STATUSES, type LeadFilter, type LeadStatus } from '@/app/_lib/api/leads';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { leadStatusLabel } from './lead-labels';

type Range = [Dayjs | null, Dayjs | null] | null;
interface Values {
  keyword?: string;
  status?: LeadStatus;
  source?: string;
  ownerId?: string;
  departmentId?: string;
  created?: Range;
  nextContact?: Range;
}

/** Form values to the API filter: blanks dropped, date ranges as Asia/Shanghai day boundaries. */
export function toLeadFilter(values: Values): LeadFilter {
  const filter: LeadFilter = {};
  const text = (v?: string) => v?.trim() || undefined;
  if (text(values.keyword)) filter.keyword = text(values.keyword);
  if (text(values.source)) filter.source = text(values.source);
  if (values.status) filter.status = values.status;
  if (values.ownerId) filter.ownerId = values.ownerId;
  if (values.departmentId) filter.departmentId = values.departmentId;
  const [createdFrom, createdTo] = values.created ?? [];
  if (createdFrom) filter.createdFrom = dayBoundary(createdFrom, 'start');
  if (createdTo) filter.createdTo = dayBoundary(createdTo, 'end');
  const [nextFrom, nextTo] = values.nextContact ?? [];
  if (nextFrom) filter.nextContactFrom = dayBoundary(nextFrom, 'start');
  if (nextTo) filter.nextContactTo = dayBoundary(nextTo, 'end');
  return filter;
}

export function LeadFilters({ onChange }: { onChange: (filter: LeadFilter) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  const showAll = !!screens.md || expanded;
  const apply = () => onChange(toLeadFilter(form.getFieldsValue(true)));

  return (
    <Form<Values>
      form={form}
      onFinish={apply}
      // Choices apply at once; typed text applies on Enter or the search button.
      onValuesChange={(changed) => { if (!('keyword' in changed || 'source' in changed)) apply(); }}
      data-testid="lead-filters"
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="keyword" noStyle>
            <Input.Search placeholder={t('lead.filter.keyword')} allowClear enterButton onSearch={apply} aria-label={t('lead.filter.keyword')} data-testid="lead-filter-keyword" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="status" noStyle>
            <Select allowClear placeholder={t('lead.field.status')} aria-label={t('lead.field.status')} style={{ width: '100%' }} data-testid="lead-filter-status"
              options={LEAD_STATUSES.map((v) => ({ value: v, label: leadStatusLabel(t, v) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="source" noStyle>
            <Input placeholder={t('lead.field.source')} aria-label={t('lead.field.source')} allowClear onPressEnter={apply} data-testid="lead-filter-source" />
          </Form.Item>
        </Col>
        {showAll && (
          <>
            <Col xs={24} md={6} xl={4}>
              <Form.Item name="ownerId" noStyle>
                <UserPicker source="directory" allowClear placeholder={t('lead.field.owner')} data-testid="lead-filter-owner" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6} xl={4}>
              <Form.Item name="departmentId" noStyle>
                <DepartmentTreeSelect allowClear placeholder={t('lead.field.department')} data-testid="lead-filter-department" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="created" noStyle>
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={[`${t('lead.filter.created')} ${t('lead.filter.from')}`, t('lead.filter.to')]}
                  aria-label={t('lead.filter.created')} data-testid="lead-filter-created" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="nextContact" noStyle>
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={[`${t('lead.filter.nextContact')} ${t('lead.filter.from')}`, t('lead.filter.to')]}
                  aria-label={t('lead.filter.nextContact')} data-testid="lead-filter-next-contact" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12} xl={8}>
          <Space wrap>
            <Button type="primary" htmlType="submit" data-testid="lead-filter-search">{t('action.search')}</Button>
            <Button onClick={() => { form.resetFields(); apply(); }} data-testid="lead-filter-reset">{t('action.reset')}</Button>
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
