'use client';
// "My tasks" in four boxes: Today (due today or overdue), Next 7 days, Inbox (no due date), Later. Cards side by
// side on a desktop, stacked on a phone.
import { Badge, Card, Col, Empty, Row, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { BOXES, type BoxName, type MyTasks, type TaskItem } from './tasks.api';
import { TaskItemRow } from './task-item';

const COLORS: Record<BoxName, string> = { today: '#f5222d', next: '#1677ff', inbox: '#8c8c8c', future: '#52c41a' };

export function TaskBoxes({ data, loading, onOpen, onChanged }: { data?: MyTasks; loading: boolean; onOpen: (task: TaskItem) => void; onChanged: () => void }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      {BOXES.map((box) => {
        const tasks = data?.[box] ?? [];
        const count = data?.[`${box}Count` as const] ?? 0;
        return (
          <Col key={box} xs={24} md={12} xl={6}>
            <Card
              size="small" loading={loading} data-testid={`task-box-${box}`}
              title={<span><Badge color={COLORS[box]} /> {t(`task.box.${box}` as MessageKey)} <Badge count={count} showZero color={count ? COLORS[box] : '#d9d9d9'} data-testid={`task-box-count-${box}`} /></span>}
              extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`task.box.${box}Hint` as MessageKey)}</Typography.Text>}
              styles={{ body: { padding: '4px 8px', minHeight: 80 } }}
            >
              {tasks.length ? tasks.map((task) => <TaskItemRow key={task.id} task={task} onOpen={onOpen} onChanged={onChanged} />)
                : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('task.empty')} />}
              {count > tasks.length && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('task.more', { count: count - tasks.length })}</Typography.Text>}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
