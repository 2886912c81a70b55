import { Col, Form, InputNumber } from 'antd';
import { plannedEndDate } from '@shared/domain/dates';
import { MAX_TERM_MONTHS } from '@shared/domain/rules/posting-dates';
import { DateItem } from './date-item';
import { numberRule } from './number-rule';
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
  const startLabel = props.startLabel ?? T.term.start;
  return (
    <>
      <Col span={props.span}>
        <DateItem name={props.names.start} label={startLabel} required />
      </Col>
      <Col span={props.span}>
        <Form.Item name={props.names.months} label={T.term.months} required rules={[numberRule({ label: T.term.monthsRequired, min: 1, max: MAX_TERM_MONTHS, integer: true, required: true, unit: T.term.monthUnit })]}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={props.span}>
        <DateItem name={props.names.end} label={T.term.end} required {...(props.endExtra ? { extra: props.endExtra } : {})} />
      </Col>
    </>
  );
}
