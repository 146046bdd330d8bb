'use client';
// The filter bar of a list, from field descriptions: the primary fields always visible, on phones the rest folds
// under "more filters". Choices apply at once; typed text on Enter or the search button.
import { useState } from 'react';
import { Button, Col, Form, Grid, Row, Space, type FormInstance } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { type FieldDef, appliesOnChange } from '../fields/field-def';
import { FieldInput } from '../fields/field-input';

interface Props {
  module: string;
  fields: FieldDef[];
  form: FormInstance;
  onApply: () => void;
  /** Shown after the buttons (e.g. "save as view"). */
  extra?: React.ReactNode;
}

/** Grid widths: text and ranges take more room than a single choice. */
const widthOf = (field: FieldDef) => (field.kind === 'dateRange' || field.kind === 'search'
  ? { xs: 24, md: 12, xl: 8 }
  : { xs: field.kind === 'user' || field.kind === 'department' ? 24 : 12, md: 6, xl: 4 });

export function FilterBar({ module, fields, form, onApply, extra }: Props) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [expanded, setExpanded] = useState(false);
  const showAll = !!screens.md || expanded;
  const hasMore = fields.some((f) => !f.primary);
  const shown = fields.filter((f) => showAll || f.primary);

  return (
    <Form
      form={form}
      onFinish={onApply}
      onValuesChange={(changed: Record<string, unknown>) => {
        if (Object.keys(changed).some((name) => { const f = fields.find((x) => x.name === name); return f && appliesOnChange(f); })) onApply();
      }}
      data-testid={`${module}-filters`}
    >
      <Row gutter={[12, 12]}>
        {shown.map((field) => (
          <Col key={field.name} {...widthOf(field)}>
            <Form.Item name={field.name} noStyle>
              <FieldInput field={field} filter testId={field.testId ?? `${module}-filter-${field.name}`} onEnter={onApply} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} md={12} xl={8}>
          <Space wrap>
            <Button type="primary" htmlType="submit" data-testid={`${module}-filter-search`}>{t('action.search')}</Button>
            <Button onClick={() => { form.resetFields(); onApply(); }} data-testid={`${module}-filter-reset`}>{t('action.reset')}</Button>
            {!screens.md && hasMore && (
              <Button type="link" onClick={() => setExpanded(!expanded)} icon={expanded ? <UpOutlined /> : <DownOutlined />}>
                {expanded ? t('action.lessFilters') : t('action.moreFilters')}
              </Button>
            )}
            {extra}
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
