import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { removeCalendarYear, saveCalendarYear } from '../../db/operations/calendar';
import { coverageOfYears, listCalendarYears } from '../../db/queries/calendar-years';
import { T } from './texts';
import { useCalendarVersion } from './use-calendar-version';

const H = T.holidays;

interface HolidayForm {
  year: number;
  holidays: { name: string; from: string; to: string }[];
  makeUp: string;
  documentNo: string;
}

/** The form's values from a stored year, or an empty year after the last covered one. */
function formOf(row: Row<'calendarYears'> | undefined, year: number): HolidayForm {
  if (!row) return { year, holidays: H.defaultNames.map((name) => ({ name, from: '', to: '' })), makeUp: '', documentNo: '' };
  return { year: row.year, holidays: row.holidays.map((h) => ({ ...h })), makeUp: row.makeUpWorkdays.join(' '), documentNo: row.documentNo ?? '' };
}

/** 设置 → 节假日安排: which years the calendar covers, and the years the 组织部 entered (synced to every PC). */
export function HolidaysSection() {
  const store = useStore();
  const { message } = App.useApp();
  const version = useCalendarVersion();
  const entered = useLiveQuery(() => listCalendarYears(store.db), [store]);
  const [editing, setEditing] = useState<HolidayForm | null>(null);
  const [form] = Form.useForm<HolidayForm>();
  const thisYear = Number(todayIso().slice(0, 4));
  const coverage = coverageOfYears(thisYear - 2, thisYear + 1);
  void version; // coverage is read again whenever the registered calendar changes

  const save = async (v: HolidayForm) => {
    try {
      const makeUpWorkdays = v.makeUp.split(/[\s,，、；;]+/).filter(Boolean);
      await saveCalendarYear(store, { year: v.year, holidays: v.holidays, makeUpWorkdays, documentNo: v.documentNo.trim() || null });
      message.success(H.saved(v.year));
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={H.coverageTitle}>
        <Typography.Paragraph type="secondary">{H.intro}</Typography.Paragraph>
        <Space wrap>
          {coverage.map((c) => (
            <Tag key={c.year} color={c.source === null ? 'red' : c.source === 'weekdaysOnly' ? 'gold' : 'green'} data-testid={`calendar-year-${c.year}`}>
              {H.yearLabel(c.year, c.label)}
            </Tag>
          ))}
        </Space>
      </Card>
      <Card
        size="small"
        title={H.enteredTitle}
        extra={
          <Button type="primary" onClick={() => setEditing(formOf(undefined, Math.max(thisYear + 1, ...(entered ?? []).map((r) => r.year + 1))))}>
            {H.add}
          </Button>
        }
      >
        <Table<Row<'calendarYears'>>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={entered ?? []}
          loading={entered === undefined}
          locale={{ emptyText: H.empty }}
          columns={[
            { title: H.col.year, dataIndex: 'year', width: 80 },
            { title: H.col.holidays, render: (_v, r) => r.holidays.map((h) => H.range(h.name, h.from, h.to)).join('；') },
            { title: H.col.makeUp, width: 220, render: (_v, r) => r.makeUpWorkdays.join('、') },
            { title: H.col.documentNo, width: 180, render: (_v, r) => r.documentNo ?? '' },
            {
              title: H.col.actions,
              width: 130,
              render: (_v, r) => (
                <Space>
                  <Button size="small" type="link" onClick={() => setEditing(formOf(r, r.year))}>
                    {H.edit}
                  </Button>
                  <Popconfirm title={H.confirmRemove(r.year)} onConfirm={() => removeCalendarYear(store, r.year).catch((e) => showError(e, message))}>
                    <Button size="small" type="link" danger>
                      {H.remove}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={!!editing} title={H.formTitle} okText={H.save} cancelText={H.cancel} onOk={() => form.submit()} onCancel={() => setEditing(null)} destroyOnHidden width={720}>
        {editing && (
          <Form form={form} layout="vertical" initialValues={editing} onFinish={save} preserve={false}>
            <Space>
              <Form.Item name="year" label={H.col.year} rules={[{ required: true, message: H.yearRequired }]}>
                <InputNumber min={1900} max={2100} aria-label={H.col.year} />
              </Form.Item>
              <Form.Item name="documentNo" label={H.col.documentNo}>
                <Input placeholder={H.documentNoHint} style={{ width: 360 }} />
              </Form.Item>
            </Space>
            <Typography.Text strong>{H.col.holidays}</Typography.Text>
            <Form.List name="holidays">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline">
                      <Form.Item name={[f.name, 'name']}>
                        <Input placeholder={H.name} aria-label={H.name} style={{ width: 110 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'from']}>
                        <Input placeholder={H.fromHint} aria-label={H.from} style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'to']}>
                        <Input placeholder={H.toHint} aria-label={H.to} style={{ width: 140 }} />
                      </Form.Item>
                      <Button type="link" onClick={() => remove(f.name)}>
                        {H.removeHoliday}
                      </Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ name: '', from: '', to: '' })}>{H.addHoliday}</Button>
                </>
              )}
            </Form.List>
            <Form.Item name="makeUp" label={H.col.makeUp} extra={H.makeUpHint} style={{ marginTop: 16 }}>
              <Input aria-label={H.col.makeUp} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Space>
  );
}
