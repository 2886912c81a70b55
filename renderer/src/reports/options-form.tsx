import { Checkbox, Form, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { todayIso } from '@shared/domain/dates';
import { useStore } from '../app/store-context';
import { MonthInput } from '../components/month-input';
import { listTownships } from '../db/queries/weekly-scores';
import { optionUi } from './report-definition';

/** The townships of the county and the choice of all of them, for a `township` option. */
export function TownshipChoice(props: { allLabel: string; value?: string; onChange?: (value: string) => void; id?: string }) {
  const store = useStore();
  const townships = useLiveQuery(() => listTownships(store.db), [store]) ?? [];
  return <Select id={props.id} value={props.value} onChange={props.onChange} options={[{ value: '', label: props.allLabel }, ...townships.map((t) => ({ value: t.id, label: t.name }))]} style={{ maxWidth: 320 }} />;
}

/** This year and the `back` years before it, newest first. */
function years(back: number): { value: string; label: string }[] {
  const now = Number(todayIso().slice(0, 4));
  return Array.from({ length: back + 1 }, (_, i) => String(now - i)).map((y) => ({ value: y, label: y }));
}

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
          case 'date':
          case 'month':
            return (
              <Form.Item key={name} name={name} label={meta.label}>
                <MonthInput kind={control.kind} style={{ maxWidth: 200 }} />
              </Form.Item>
            );
          case 'year':
            return (
              <Form.Item key={name} name={name} label={meta.label}>
                <Select options={years(control.back)} style={{ maxWidth: 200 }} />
              </Form.Item>
            );
          case 'township':
            return (
              <Form.Item key={name} name={name} label={meta.label}>
                <TownshipChoice allLabel={control.allLabel} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
