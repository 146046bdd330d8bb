'use client';
// Form items from field descriptions, in sections: the same descriptions a custom field will use later.
import { Col, Divider, Form, Row } from 'antd';
import type { FieldDef } from '../fields/field-def';
import { FieldInput } from '../fields/field-input';

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
                <Form.Item name={field.name} label={field.label} rules={field.rules} extra={field.extra} valuePropName={field.kind === 'switch' ? 'checked' : undefined}>
                  {field.kind === 'custom' && field.render ? field.render() : <FieldInput field={field} testId={field.testId ?? `${module}-form-${field.name}`} />}
                </Form.Item>
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </>
  );
}

export const fieldNames = (sections: FormSection[]) => sections.flatMap((s) => s.fields.map((f) => f.name));
