'use client';
// The work reports page: received (with unread marks), sent (with read receipts), and for leaders the team's.
import Link from 'next/link';
import { Button, Flex, Tabs, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { ReportList } from './report-list';

export function ReportsView() {
  const { t } = useI18n();
  const { me } = useMe();
  const leader = can(me, 'supervision:comment');
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('report.title')}</Typography.Title>
        <Link href="/reports/new"><Button type="primary" icon={<EditOutlined />} data-testid="report-write">{t('report.write')}</Button></Link>
      </Flex>
      <Tabs
        destroyOnHidden
        defaultActiveKey={leader ? 'received' : 'sent'}
        items={[
          { key: 'received', label: t('report.tab.received'), children: <ReportList tab="received" /> },
          { key: 'sent', label: t('report.tab.sent'), children: <ReportList tab="sent" /> },
          ...(leader ? [{ key: 'team', label: t('report.tab.team'), children: <ReportList tab="team" /> }] : []),
        ]}
      />
    </Flex>
  );
}
