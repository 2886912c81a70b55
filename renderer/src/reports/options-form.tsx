import { Checkbox, Form, Radio } from 'antd';
import type { z } from 'zod';
import { optionUi } from './report-definition';

/** The form fields of a report's options, from the OptionMeta each field of `schema` carries. */
export function ReportOptionFields({ schema }: { schema: z.ZodObject }) {
  return (
    <>
      {Object.entries(schema.shape).map(([name, field]) => {
        const meta = optionUi.get(field as z.ZodType);
        if (!meta) return null;
        const { control } = meta;
        switch (control.kind) {
          case 'radio':
            return (
              <Form.Item key={name} name={name} label={meta.label}>
                <Radio.Group options={control.choices.map((c) => ({ value: c.value, label: c.label }))} />
              </Form.Item>
            );
          case 'checkbox':
            return (
              <Form.Item key={name} name={name} label={meta.label} valuePropName="checked">
                <Checkbox>{control.text}</Checkbox>
              </Form.Item>
            );
          case 'checkboxes':
            return (
              <Form.Item key={name} name={name} label={meta.label}>
                <Checkbox.Group options={control.choices.map((c) => ({ value: c.value, label: c.label }))} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
