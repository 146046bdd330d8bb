'use client';
// A record's page: the header (name, code, tags, permitted actions), notices, then the main column (fields, the
// module's cards, and the activity panel slot at its foot) beside the side cards. One column on phones.
import { Card, Col, Flex, Row, Space, Typography } from 'antd';

interface Props {
  /** Test ids: <module>-detail, <module>-name (or titleTestId), <module>-code. */
  module: string;
  title: React.ReactNode;
  titleTestId?: string;
  code?: string | null;
  /** Beside the code: status and category tags, the customer link… */
  tags?: React.ReactNode;
  actions?: React.ReactNode;
  /** Above the header (e.g. a link back to the list). */
  crumb?: React.ReactNode;
  /** Between the header and the columns, full width (alerts, a stage bar, key figures). */
  notices?: React.ReactNode;
  main: React.ReactNode;
  side?: React.ReactNode;
  /** The activity panel (follow-ups, comments, attachments, timeline), at the foot of the main column. */
  activity?: React.ReactNode;
  /** Dialogs and drawers of the page. */
  dialogs?: React.ReactNode;
}

export function DetailFrame({ module, title, titleTestId, code, tags, actions, crumb, notices, main, side, activity, dialogs }: Props) {
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid={`${module}-detail`}>
      <Card size="small">
        {crumb}
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div style={{ minWidth: 0, flex: '1 1 280px' }}>
            <Typography.Title level={4} style={{ margin: 0, wordBreak: 'break-all' }} data-testid={titleTestId ?? `${module}-name`}>{title}</Typography.Title>
            {(code || tags) && (
              <Space size={[6, 4]} wrap style={{ marginTop: 8 }}>
                {code && <Typography.Text type="secondary" copyable data-testid={`${module}-code`}>{code}</Typography.Text>}
                {tags}
              </Space>
            )}
          </div>
          {actions && <Flex gap={8} wrap data-testid={`${module}-actions`}>{actions}</Flex>}
        </Flex>
      </Card>
      {notices}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={side ? 16 : 24}>
          <Flex vertical gap={12}>
            {main}
            {activity}
          </Flex>
        </Col>
        {side && (
          <Col xs={24} xl={8}>
            <Flex vertical gap={12}>{side}</Flex>
          </Col>
        )}
      </Row>
      {dialogs}
    </Space>
  );
}
