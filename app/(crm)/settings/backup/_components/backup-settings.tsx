'use client';
// 数据备份: a super administrator downloads one archive of the database and the attachment files; the page also
// says how to restore it and how to schedule backups, since both happen on the server.
import { useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useMe } from '@/app/_lib/me';

export function BackupSettings() {
  const { t } = useI18n();
  const { me } = useMe();
  const [started, setStarted] = useState(false);
  if (!me.superAdmin) return <Alert type="warning" showIcon title={t('backup.onlySuperAdmin')} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 820 }} data-testid="backup-settings">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('backup.title')}</Typography.Title>
      <Card title={t('backup.download')}>
        <Typography.Paragraph>{t('backup.downloadHelp')}</Typography.Paragraph>
        <Button type="primary" icon={<DownloadOutlined />} href="/api/admin/backup" onClick={() => setStarted(true)} data-testid="backup-download">
          {t('backup.downloadButton')}
        </Button>
        {started && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('backup.started')} />}
      </Card>
      <Card title={t('backup.restore')}>
        <Typography.Paragraph>{t('backup.restoreHelp')}</Typography.Paragraph>
        <Typography.Paragraph code copyable>npm run crm -- restore crm-backup.tar.gz</Typography.Paragraph>
      </Card>
      <Card title={t('backup.schedule')}>
        <Typography.Paragraph>{t('backup.scheduleHelp')}</Typography.Paragraph>
        <Typography.Paragraph code copyable>{'30 2 * * * cd /srv/crm && npm run -s crm -- backup /backups/crm-$(date +\\%Y\\%m\\%d).tar.gz'}</Typography.Paragraph>
      </Card>
    </Space>
  );
}
