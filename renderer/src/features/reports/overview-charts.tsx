import { Button, Card, Col, Modal, Row, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { chartPostings, loadOverviewCharts, type ChartPosting } from '../../db/queries/overview-charts';
import { useStoreQuery } from '../assessment/use-store-query';
import { CHART_TEXTS as T } from './texts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface Bar {
  label: string;
  postingIds: string[];
}

/** One bar chart; a click on a bar calls `onPick` with it. */
function BarPanel(props: { title: string; bars: readonly Bar[]; horizontal?: boolean; color: string; onPick: (bar: Bar) => void; testId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { bars, horizontal, color, onPick } = props;
  const pickRef = useRef(onPick);
  useEffect(() => {
    pickRef.current = onPick;
  }, [onPick]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    const labels = bars.map((b) => b.label);
    const values = bars.map((b) => b.postingIds.length);
    // every label shown; long ones (县直及其他单位) wrap under their bar instead of overlapping
    const category = { type: 'category' as const, data: labels, axisLabel: { interval: 0, fontSize: 11, ...(horizontal ? {} : { width: 52, overflow: 'break' as const }) } };
    const value = { type: 'value' as const, minInterval: 1 };
    chart.setOption({
      grid: { left: horizontal ? 90 : 36, right: 24, top: 20, bottom: horizontal ? 24 : 44 },
      tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => T.tooltip(p.name, p.value) },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: [{ type: 'bar', data: values, itemStyle: { color }, barMaxWidth: 28, label: { show: true, position: horizontal ? 'right' : 'top', fontSize: 11 } }],
    });
    chart.on('click', (p) => {
      const bar = bars[p.dataIndex];
      if (bar) pickRef.current(bar);
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [bars, horizontal, color]);
  return (
    <Card size="small" title={props.title} extra={<Typography.Text type="secondary">{T.clickHint}</Typography.Text>}>
      <div ref={ref} style={{ height: 260 }} data-testid={props.testId} data-values={props.bars.map((b) => `${b.label}:${b.postingIds.length}`).join('|')} />
    </Card>
  );
}

/** The list behind a bar: who is counted, each a link to the posting. */
function BarList(props: { title: string; ids: string[]; onClose: () => void }) {
  const store = useStore();
  const rows = useLiveQuery(() => chartPostings(store.db, props.ids), [store, props.ids]);
  return (
    <Modal open title={props.title} footer={null} onCancel={props.onClose} width={760}>
      <Table<ChartPosting>
        size="small"
        rowKey={(r) => r.posting.id}
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: T.columns.name, dataIndex: 'name', width: 90 },
          { title: T.columns.unit, dataIndex: 'unit', ellipsis: true },
          { title: T.columns.post, key: 'post', ellipsis: true, render: (_, r) => r.posting.secondedPost },
          { title: T.columns.end, key: 'end', width: 110, render: (_, r) => formatDateDotted(r.posting.plannedEndDate) },
          {
            title: T.columns.open,
            key: 'open',
            width: 70,
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => navigate({ section: 'registry', tab: 'postings', params: { id: r.posting.id } })}>
                {T.columns.open}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}

/**
 * The charts of 概览: people on post by type and by township (the 统计表's figures at today) and
 * terms ending per month for the next 12 months; a click on a bar lists the people behind it.
 */
export function OverviewCharts() {
  const store = useStore();
  const today = todayIso();
  const data = useStoreQuery(() => loadOverviewCharts(store.db, today), [today]);
  const [picked, setPicked] = useState<{ title: string; ids: string[] } | null>(null);
  if (!data) return null;
  const pick = (what: string) => (bar: Bar) => setPicked({ title: T.listTitle(what, bar.label, bar.postingIds.length), ids: bar.postingIds });
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={10}>
          <BarPanel testId="chart-by-type" title={T.byType} bars={data.byType} horizontal color="#1677ff" onPick={pick(T.byType)} />
        </Col>
        <Col xs={24} lg={14}>
          <BarPanel testId="chart-term-ends" title={T.termEnds} bars={data.termEnds} color="#fa8c16" onPick={pick(T.termEnds)} />
        </Col>
        <Col span={24}>
          <BarPanel testId="chart-by-township" title={T.byTownship} bars={data.byTownship} color="#13a8a8" onPick={pick(T.byTownship)} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4, fontSize: 12 }}>
        {T.sameAs}
      </Typography.Paragraph>
      {picked && <BarList title={picked.title} ids={picked.ids} onClose={() => setPicked(null)} />}
    </>
  );
}
