import { Col, Form, InputNumber } from 'antd';
import { plannedEndDate } from '@shared/domain/dates';
import { MonthInput } from './month-input';
import { T } from './texts';

/** Field names of a term: start date, length in months, planned end date. */
export interface TermNames {
  start: string;
  months: string;
  end: string;
}

/**
 * The planned end date to fill in when the start date or the term changed (start + months − 1
 * day, DOMAIN §2.6), or undefined when there is nothing to compute.
 */
export function autoEndDate(changed: Record<string, unknown>, all: Record<string, unknown>, names: TermNames): string | undefined {
  if (!(names.start in changed || names.months in changed)) return undefined;
  const start = all[names.start];
  const months = Number(all[names.months]);
  if (typeof start !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(start) || !(months > 0)) return undefined;
  return plannedEndDate(start, months);
}

/** 到岗日期 · 期限（月）· 期满日期, laid out in three columns of `span` each. */
export function TermFields(props: { names: TermNames; startLabel?: string; span: number; endExtra?: string }) {
  const required = (label: string) => [{ required: true, message: T.term.pleaseFill(label) }];
  const startLabel = props.startLabel ?? T.term.start;
  return (
    <>
      <Col span={props.span}>
        <Form.Item name={props.names.start} label={startLabel} rules={required(startLabel)}>
          <MonthInput kind="date" />
        </Form.Item>
      </Col>
      <Col span={props.span}>
        <Form.Item name={props.names.months} label={T.term.months} rules={required(T.term.monthsRequired)}>
          <InputNumber min={1} max={120} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={props.span}>
        <Form.Item name={props.names.end} label={T.term.end} rules={required(T.term.end)} {...(props.endExtra ? { extra: props.endExtra } : {})}>
          <MonthInput kind="date" />
        </Form.Item>
      </Col>
    </>
  );
}
