'use client';
// A side card of a record page listing related records (a customer's opportunities, contracts…): a link and a tag
// per record, one line of figures under it, and an optional "new" action for this record.
import Link from 'next/link';
import { Button, Card, Empty, List, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';

export interface RelatedItem { id: string; href: string; title: React.ReactNode; tag?: React.ReactNode; meta: React.ReactNode }

interface Props {
  title: string;
  testId: string;
  items: RelatedItem[];
  /** The "new" button's label and test id, when the viewer may create one here. */
  create?: { label: string; testId: string; onClick: () => void } | false;
  /** The drawer the "new" button opens. */
  children?: React.ReactNode;
}

export function RelatedCard({ title, testId, items, create, children }: Props) {
  return (
    <Card size="small" title={title} data-testid={testId}
      extra={create && <Button size="small" icon={<PlusOutlined />} onClick={create.onClick} data-testid={create.testId}>{create.label}</Button>}>
      {items.length ? (
        <List size="small" dataSource={items} renderItem={(item) => (
          <List.Item key={item.id}>
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space size={6} wrap><Link href={item.href}>{item.title}</Link>{item.tag}</Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.meta}</Typography.Text>
            </Space>
          </List.Item>
        )} />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {children}
    </Card>
  );
}
