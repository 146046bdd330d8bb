'use client';
// One work report. Opening it records the viewer's read receipt (if they are a recipient) and reads its comments;
// the page shows the content, files, who read it when, and the comments (批示) with a box for leaders. The author
// may add recipients or delete it.
import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { Rows } from '../../schedule/_components/rows';
import { PaperClipOutlined } from '@ant-design/icons';
import { gql, revalidateQueries, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { MARK_COMMENTS_READ } from '../../_components/activity/activity.api';
import { CommentBox, CommentList } from '../../_components/activity/comment-thread';
import { refreshNotifications } from '../../_components/notifications/notification-list';
import { UsersSelect } from '../../schedule/_components/users-select';
import { DELETE_REPORT, KIND_COLORS, MARK_REPORT_READ, RECEIVED_QUERY, REPORTS_QUERY, REPORT_QUERY, UPDATE_REPORT } from './reports.api';

export function ReportDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const router = useRouter();
  const { data, error, isLoading, mutate } = useQuery(REPORT_QUERY, { id });
  const report = data?.report;
  const marked = useRef(false);
  const [adding, setAdding] = useState<string[]>([]);

  useEffect(() => {
    if (!report || marked.current) return;
    marked.current = true;
    void (async () => {
      try {
        if (report.unread) await gql(MARK_REPORT_READ, { id });
        if (report.unreadCommentCount) await gql(MARK_COMMENTS_READ, { targetType: 'report', targetId: id });
        if (report.unread || report.unreadCommentCount) {
          await mutate();
          void refreshNotifications();
          void revalidateQueries(RECEIVED_QUERY, REPORTS_QUERY);
        }
      } catch (e) {
        message.error(errorMessage(t, e));
      }
    })();
  }, [report, id, mutate, message, t]);

  if (isLoading) return <Spin />;
  if (error) return <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>;
  if (!report) return <Result status="404" title="404" subTitle={t('report.notFound')} extra={<Link href="/reports">{t('report.back')}</Link>} />;

  const addRecipients = async () => {
    try {
      await gql(UPDATE_REPORT, { id, input: { addRecipientIds: adding } });
      setAdding([]);
      await mutate();
      message.success(t('report.saved'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const remove = async () => {
    try {
      await gql(DELETE_REPORT, { id });
      message.success(t('report.deleted'));
      void revalidateQueries(REPORTS_QUERY, RECEIVED_QUERY);
      router.push('/reports');
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <Flex vertical gap={12} data-testid="report-detail">
      <Link href="/reports">{t('report.back')}</Link>
      <Card size="small" title={<Flex gap={6} align="center" wrap><Tag color={KIND_COLORS[report.kind]}>{t(`report.kind.${report.kind}` as MessageKey)}</Tag>
        <Typography.Text strong style={{ whiteSpace: 'normal', wordBreak: 'break-word' }} data-testid="report-detail-subject">{report.subject}</Typography.Text></Flex>}
        extra={report.viewerCanEdit ? (
          <Popconfirm title={t('report.deleteConfirm')} onConfirm={remove} okText={t('action.confirm')} cancelText={t('action.cancel')}>
            <Button danger size="small" data-testid="report-delete">{t('action.delete')}</Button>
          </Popconfirm>
        ) : null}
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('report.field.author')}>{report.author?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('report.field.period')}>{report.periodStart === report.periodEnd ? report.periodStart : `${report.periodStart} – ${report.periodEnd}`}</Descriptions.Item>
          <Descriptions.Item label={t('report.field.sentAt')}>{formatDateTime(report.createdAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', marginTop: 12 }} data-testid="report-content-view">{report.content}</Typography.Paragraph>
        {report.attachments.length > 0 && (
          <Space orientation="vertical" size={2}>
            {report.attachments.map((a) => (
              <a key={a.id} href={a.url} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }} data-testid={`attachment-${a.id}`}><PaperClipOutlined /> {a.fileName}</a>
            ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={`${t('report.receipts')} · ${t('report.readCount', { read: report.readCount, total: report.recipients.length })}`} data-testid="report-receipts">
        <Rows
          items={report.recipients}
          render={(r) => (
            <Flex key={r.user?.id ?? ''} justify="space-between" gap={8} wrap style={{ padding: '6px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }} data-testid={`receipt-${r.user?.username ?? ''}`}>
              <Typography.Text>{r.user?.name ?? '—'}</Typography.Text>
              {r.readAt ? <Typography.Text type="success">{t('report.readAt', { time: formatDateTime(r.readAt) })}</Typography.Text> : <Typography.Text type="secondary">{t('report.notRead')}</Typography.Text>}
            </Flex>
          )}
        />
        {report.viewerCanEdit && (
          <Flex gap={8} style={{ marginTop: 8 }} wrap>
            <div style={{ flex: 1, minWidth: 200 }}>
              <UsersSelect value={adding} onChange={setAdding} placeholder={t('report.addRecipients')}
                exclude={[...(report.author ? [report.author.id] : []), ...report.recipients.map((r) => r.user?.id ?? '')]} data-testid="report-add-recipients" />
            </div>
            <Button onClick={addRecipients} disabled={!adding.length}>{t('action.add')}</Button>
          </Flex>
        )}
      </Card>
      <Card size="small" title={t('report.comments')}>
        <Flex vertical gap={12}>
          <CommentList comments={report.comments} />
          <CommentBox targetType="report" targetId={id} onSent={() => void mutate()} />
        </Flex>
      </Card>
    </Flex>
  );
}
