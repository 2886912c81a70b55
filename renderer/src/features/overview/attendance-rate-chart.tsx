import { Alert, Button, Card, Modal, Select, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { receivingTowns } from '../../db/queries/allowance';
import { attendanceRateByMonth, attendanceRateList, lastMonths, type MonthRate, type MonthRateRow } from '../../db/queries/attendance-rate';
import { T as ALL } from './texts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);
const T = ALL.attendanceRate;

function RateBars({ rates, onPick }: { rates: MonthRate[]; onPick: (month: string) => void }) {
  const el = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const chart = echarts.init(el.current!);
    // Anywhere in a month's column picks it, so a month with a low (or no) bar is as easy to open.
    chart.getZr().on('click', (e) => {
      const point = [e.offsetX, e.offsetY];
      if (!chart.containPixel('grid', point)) return;
      const index = Math.round(chart.convertFromPixel({ xAxisIndex: 0 }, point[0]!) as number);
      if (rates[index]) pick.current(rates[index].month);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    chart.setOption({
      animation: false,
      grid: { left: 44, right: 12, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const r = rates[p.dataIndex]!;
          return T.tooltip(T.month(r.month), r.rate, r.people, r.presentOnWorkdays, r.requiredDays, r.unrecordedDays);
        },
      },
      xAxis: { type: 'category', data: rates.map((r) => T.axisMonth(r.month)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: T.rate,
          cursor: 'pointer',
          data: rates.map((r) => r.rate ?? 0),
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => T.percent(rates[p.dataIndex]!.rate), fontSize: 11 },
        },
      ],
    });
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rates]);
  return <div ref={el} data-testid="attendance-rate-chart" style={{ height: 240, width: '100%' }} />;
}

/** The list behind one month's bar; a name opens the posting. */
function MonthList({ month, townId, townName, onClose }: { month: string; townId: string | null; townName: string; onClose: () => void }) {
  const store = useStore();
  const rows = useLiveQuery(() => attendanceRateList(store.db, month, townId), [store, month, townId]);
  return (
    <Modal
      open
      title={T.listTitle(T.month(month), townName)}
      width={860}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={() => navigate({ section: 'attendance', tab: 'grid', params: { month, ...(townId ? { unit: townId } : {}) } })}>
          {T.openGrid}
        </Button>
      }
    >
      <Table<MonthRateRow>
        size="small"
        rowKey={(r) => r.posting.id}
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ pageSize: 12, showSizeChanger: false }}
        columns={[
          {
            title: T.column.name,
            width: 90,
            render: (_v, r) => <Typography.Link onClick={() => navigate({ section: 'registry', tab: 'postings', params: { id: r.posting.id } })}>{r.cadreName}</Typography.Link>,
          },
          { title: T.column.unit, ellipsis: true, render: (_v, r) => r.receivingUnit },
          { title: T.column.required, width: 70, align: 'right', render: (_v, r) => r.summary.requiredDays },
          { title: T.column.present, width: 60, align: 'right', render: (_v, r) => r.summary.presentOnWorkdays },
          { title: T.column.leave, width: 60, align: 'right', render: (_v, r) => r.summary.leaveDays.total },
          { title: T.column.absent, width: 60, align: 'right', render: (_v, r) => r.summary.absentDays },
          { title: T.column.unrecorded, width: 70, align: 'right', render: (_v, r) => r.summary.unrecordedDays },
          { title: T.column.rate, width: 80, align: 'right', render: (_v, r) => T.percent(r.summary.attendanceRate) },
        ]}
      />
    </Modal>
  );
}

/** 概览 chart 出勤率（按月）: the last 12 whole months, the county or a township; a bar opens its list. */
export function AttendanceRateChart() {
  const store = useStore();
  const months = useMemo(() => lastMonths(todayIso()), []);
  const [townId, setTownId] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const towns = useLiveQuery(() => receivingTowns(store.db), [store]);
  const rates = useLiveQuery(() => attendanceRateByMonth(store.db, months, townId || null), [store, months, townId]);
  const townName = townId ? ((towns ?? []).find((u) => u.id === townId)?.shortName ?? (towns ?? []).find((u) => u.id === townId)?.name ?? '') : T.wholeCounty;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={T.title}
      loading={!rates}
      extra={
        <span>
          <Typography.Text type="secondary" style={{ marginRight: 8 }}>
            {T.hint}
          </Typography.Text>
          <Select size="small" style={{ width: 140 }} value={townId} aria-label={T.scope} onChange={setTownId} options={[{ value: '', label: T.wholeCounty }, ...(towns ?? []).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))]} />
        </span>
      }
    >
      {rates?.some((r) => r.calendarMissing) && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={T.calendarMissing} />}
      {rates && <RateBars rates={rates} onPick={setPicked} />}
      {picked && <MonthList month={picked} townId={townId || null} townName={townName} onClose={() => setPicked(null)} />}
    </Card>
  );
}
