'use client';
// Form items from field descriptions, in sections: the same descriptions a custom field will use later.
import { Col, ConfigProvider, Divider, Form, Row } from 'antd';
import type { FieldDef } from '../fields/field-def';
import { FieldInput } from '../fields/field-input';
import { type FormFieldModes, isEditable, isShown } from '@/app/_lib/field-modes';

export interface FormSection { title?: string; fields: FieldDef[] }

export function FormFields({ module, sections }: { module: string; sections: FormSection[] }) {
  return (
    <>
      {sections.map((section, i) => (
        <div key={section.title ?? i}>
          {section.title && <Divider titlePlacement="start" plain>{section.title}</Divider>}
          <Row gutter={16}>
            {section.fields.map((field) => (
              <Col key={field.name} xs={24} md={field.span ?? 12}>
                {/* Around the item, not its control: Form.Item hands value and onChange to its direct child. */}
                <ConfigProvider componentDisabled={!!field.disabled}>
                  <Form.Item name={field.name} label={field.label} rules={field.rules} extra={field.extra} valuePropName={field.kind === 'switch' ? 'checked' : undefined}>
                    {field.kind === 'custom' && field.render ? field.render() : <FieldInput field={field} testId={field.testId ?? `${module}-form-${field.name}`} />}
                  </Form.Item>
                </ConfigProvider>
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </>
  );
}

export const fieldNames = (sections: FormSection[]) => sections.flatMap((s) => s.fields.map((f) => f.name));

/**
 * The sections as the viewer's field permissions allow (字段权限): hidden fields left out, read-only and masked ones
 * shown disabled and unchecked (the server refuses them in a write; the drawer never sends them).
 */
export function permittedSections(sections: FormSection[], modes: FormFieldModes): FormSection[] {
  return sections
    .map((section) => ({
      ...section,
      fields: section.fields.filter((f) => isShown(modes, f.name))
        .map((f) => (isEditable(modes, f.name) ? f : { ...f, disabled: true, rules: [] })),
    }))
    .filter((section) => section.fields.length);
}

/** Form values without the fields the viewer may not write. */
export function writableValues<V extends object>(values: V, modes: FormFieldModes): V {
  return Object.fromEntries(Object.entries(values).filter(([name]) => isEditable(modes, name))) as V;
}
