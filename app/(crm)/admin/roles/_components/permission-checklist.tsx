'use client';
// Operation permissions grouped as the server's catalogue groups them, each group with a select-all box.
import { Checkbox, Col, Row, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { permissionGroupLabel, permissionLabel } from '@/app/_lib/labels';
import type { PermissionCatalog } from '@/app/_lib/api/admin';

interface Props { catalog: PermissionCatalog; value: string[]; onChange: (value: string[]) => void }

export function PermissionChecklist({ catalog, value, onChange }: Props) {
  const { t } = useI18n();
  const chosen = new Set(value);
  const setGroup = (codes: string[], on: boolean) => {
    const next = new Set(value);
    for (const c of codes) (on ? next.add(c) : next.delete(c));
    onChange([...next]);
  };
  return (
    <div data-testid="role-permissions">
      {catalog.groups.map((group) => {
        const count = group.permissions.filter((p) => chosen.has(p)).length;
        return (
          <div key={group.name} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Checkbox
              checked={count === group.permissions.length}
              indeterminate={count > 0 && count < group.permissions.length}
              onChange={(e) => setGroup(group.permissions, e.target.checked)}
              data-testid={`role-group-${group.name}`}
            >
              <Typography.Text strong>{permissionGroupLabel(t, group.name)}</Typography.Text>
            </Checkbox>
            <Row gutter={[8, 4]} style={{ marginTop: 6, paddingInlineStart: 24 }}>
              {group.permissions.map((code) => (
                <Col key={code} xs={24} sm={12} lg={8}>
                  {/* The name only; the API's code is there on hover for whoever scripts against it. */}
                  <Checkbox checked={chosen.has(code)} onChange={(e) => setGroup([code], e.target.checked)} data-testid={`role-perm-${code}`} title={code}>
                    {permissionLabel(t, code)}
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </div>
        );
      })}
    </div>
  );
}
