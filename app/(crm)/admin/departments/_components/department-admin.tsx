'use client';
// The department tree on the left, the chosen department (details, actions, positions) on the right.
import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql, revalidateQueries, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { buildTree, type TreeNode } from '@/app/_lib/tree';
import { testId } from '@/app/_lib/labels';
import { DEPARTMENTS_QUERY } from '@/app/_lib/api/departments';
import { ADMIN_DEPARTMENTS_QUERY, DISABLE_DEPARTMENT, ENABLE_DEPARTMENT, type AdminDepartment } from '@/app/_lib/api/admin';
import { DepartmentFormModal } from './department-form-modal';
import { PositionsCard } from './positions-card';

export function DepartmentAdmin() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const { data, mutate } = useQuery(ADMIN_DEPARTMENTS_QUERY);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<{ mode: 'create' | 'edit' } | null>(null);
  const departments = useMemo(() => data?.departments ?? [], [data]);
  const selected = departments.find((d) => d.id === selectedId) ?? null;
  const byId = useMemo(() => new Map(departments.map((d) => [d.id, d])), [departments]);

  const treeData = useMemo(() => {
    const toNode = (n: TreeNode<AdminDepartment>): TreeDataNode => ({
      key: n.id,
      title: (
        <span data-testid={`department-node-${n.id}`}>
          {n.name}
          {!n.enabled && <Tag style={{ marginInlineStart: 6 }}>{t('admin.dept.disabled')}</Tag>}
          {n.head && <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>{n.head.name}</Typography.Text>}
        </span>
      ),
      children: n.children.map(toNode),
    });
    return buildTree(departments).map(toNode);
  }, [departments, t]);

  const toggle = (d: AdminDepartment) => modal.confirm({
    title: d.enabled ? t('admin.dept.disableConfirm', { name: d.name }) : t('admin.dept.enableConfirm', { name: d.name }),
    okText: t('action.confirm'),
    cancelText: t('action.cancel'),
    okButtonProps: testId('confirm-ok'),
    onOk: async () => {
      try {
        await (d.enabled ? gql(DISABLE_DEPARTMENT, { id: d.id }) : gql(ENABLE_DEPARTMENT, { id: d.id }));
        message.success(t('common.done'));
        await mutate();
        void revalidateQueries(DEPARTMENTS_QUERY);
      } catch (e) {
        message.error(formErrorsOf(t, e, []).message ?? errorMessage(t, e));
      }
    },
  });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('admin.dept.title')}</Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('admin.dept.tree')}>
            {departments.length > 0 && (
              <Tree
                treeData={treeData}
                defaultExpandAll
                blockNode
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => setSelectedId(keys.length ? String(keys[0]) : null)}
                data-testid="department-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <Card
              size="small"
              title={selected?.name ?? t('admin.dept.title')}
              extra={selected && (
                <Space wrap size={4}>
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })} disabled={!selected.enabled} data-testid="department-add-child">{t('admin.dept.addChild')}</Button>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setForm({ mode: 'edit' })} data-testid="department-edit">{t('action.edit')}</Button>
                  {selected.parentId && (
                    <Button size="small" danger={selected.enabled} icon={selected.enabled ? <StopOutlined /> : <CheckCircleOutlined />} onClick={() => toggle(selected)} data-testid="department-toggle">
                      {selected.enabled ? t('action.disable') : t('action.enable')}
                    </Button>
                  )}
                </Space>
              )}
            >
              {selected ? (
                <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={[
                  { key: 'name', label: t('admin.dept.name'), children: selected.name },
                  { key: 'parent', label: t('admin.dept.parent'), children: selected.parentId ? byId.get(selected.parentId)?.name ?? '—' : t('admin.dept.root') },
                  { key: 'head', label: t('admin.dept.head'), children: selected.head?.name ?? t('common.none') },
                  { key: 'status', label: t('admin.dept.status'), children: selected.enabled ? <Tag color="green">{t('admin.dept.enabled')}</Tag> : <Tag>{t('admin.dept.disabled')}</Tag> },
                  { key: 'sortOrder', label: t('admin.dept.sortOrder'), children: selected.sortOrder },
                ]} />
              ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.dept.selectHint')} />}
            </Card>
            {selected && <PositionsCard department={selected} />}
          </Flex>
        </Col>
      </Row>
      <DepartmentFormModal
        open={!!form}
        mode={form?.mode ?? 'create'}
        department={selected}
        departments={departments}
        onClose={() => setForm(null)}
        onSaved={(id) => { setForm(null); message.success(t('admin.dept.saved')); void mutate(); void revalidateQueries(DEPARTMENTS_QUERY); setSelectedId(id); }}
      />
    </Space>
  );
}
