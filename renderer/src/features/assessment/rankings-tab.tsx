import { Alert, Button, Card, Col, Empty, List, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CalendarDataMissingError } from '@shared/domain/calendar';
import type { Ranked } from '@shared/domain/rules/weekly-score';
import { weekText } from '@shared/domain/rules/weekly-score-sheet';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { MonthInput } from '../../components/month-input';
import { loadMonthRollup, type RollupRow, type Township } from '../../db/queries/weekly-scores';
import { redBlackReport } from '../../reports/red-black-report';
import { ReportDialog } from '../../reports/report-dialog';
import type { ReportDefinition } from '../../reports/report-definition';
import { weeklyScoreReport } from '../../reports/weekly-score-report';
import { T } from './texts';
import { TownshipChoice } from './township-choice';
import { useStoreQuery } from './use-store-query';

type Entry = Ranked<RollupRow>;

function ListCard(props: { title: string; color: string; people: readonly Entry[] }) {
  return (
    <Card size="small" title={<span style={{ color: props.color }}>{props.title}</span>} className="gzt-lists" data-testid={props.title.slice(0, 2)}>
      {props.people.length === 0 ? (
        <Typography.Text type="secondary">{T.rankings.emptyList}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...props.people]}
          renderItem={(p) => (
            <List.Item>
              <span style={{ width: 40, display: 'inline-block' }}>{p.rank}</span>
              <span style={{ flex: 1 }}>
                {p.name}
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {p.townshipName} {p.post}
                </Typography.Text>
              </span>
              <span>{p.rankingScore}</span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 红黑榜: a month's roll-up of a township (or the county), ranked, with the red and black lists. */
export function RankingsTab(props: { townships: readonly Township[]; scope: string; month: string }) {
  const { scope, month } = props;
  const store = useStore();
  const [report, setReport] = useState<ReportDefinition | null>(null);
  const data = useStoreQuery(() => loadMonthRollup(store.db, scope || null, month).catch((e: unknown) => (e instanceof CalendarDataMissingError ? e.message : Promise.reject(e))), [scope, month]);
  const go = (params: { scope?: string; month?: string }) => navigate({ section: 'assessment', tab: 'rankings', params: { scope, month, ...params } });
  const rollup = typeof data === 'object' ? data : undefined;
  const mark = (r: Entry) => (rollup?.red.includes(r) ? <Tag color="red">{T.rankings.redTag}</Tag> : rollup?.black.includes(r) ? <Tag>{T.rankings.blackTag}</Tag> : null);

  return (
    <div>
      <div className="gzt-toolbar">
        <TownshipChoice townships={props.townships} value={scope} onChange={(s) => go({ scope: s })} withCounty />
        <Typography.Text>{T.rankings.month}</Typography.Text>
        <MonthInput kind="month" aria-label={T.rankings.month} value={month} onChange={(m) => m && /^\d{4}-\d{2}$/.test(m) && go({ month: m })} style={{ width: 110 }} />
        <span className="gzt-spacer" />
        <Button onClick={() => setReport(weeklyScoreReport as unknown as ReportDefinition)}>{T.rankings.exportSummary}</Button>
        <Button onClick={() => setReport(redBlackReport as unknown as ReportDefinition)}>{T.rankings.exportLists}</Button>
      </div>
      {typeof data === 'string' && <Alert type="warning" showIcon title={data} style={{ marginBottom: 8 }} />}
      {rollup && (
        <>
          <Typography.Paragraph type="secondary">
            {T.rankings.ruleLine(rollup.listSize)}
          </Typography.Paragraph>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col span={12}>
              <ListCard title={T.rankings.red(rollup.red.length)} color="#cf1322" people={rollup.red} />
            </Col>
            <Col span={12}>
              <ListCard title={T.rankings.black(rollup.black.length)} color="#262626" people={rollup.black} />
            </Col>
          </Row>
          {rollup.rows.every((r) => r.rank === null) ? (
            <Empty description={T.rankings.none} />
          ) : (
            <Table<Entry>
              size="small"
              rowKey="postingId"
              dataSource={rollup.rows}
              pagination={rollup.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              columns={[
                { title: T.rankings.columns.rank, dataIndex: 'rank', width: 64, render: (v: number | null) => v ?? T.rankings.unranked },
                { title: T.rankings.columns.name, dataIndex: 'name', width: 140, render: (v: string, r) => <span style={{ whiteSpace: 'nowrap' }}>{v} {mark(r)}</span> },
                ...(scope ? [] : [{ title: T.rankings.columns.township, dataIndex: 'townshipName', width: 90 }]),
                { title: T.rankings.columns.post, dataIndex: 'post', ellipsis: true },
                ...rollup.weeks.map((w) => ({ title: weekText(w).slice(5), key: w, width: 96, align: 'right' as const, render: (_: unknown, r: Entry) => r.weekly[w] ?? '—' })),
                { title: T.rankings.columns.weeks, key: 'weeks', width: 96, align: 'center' as const, render: (_: unknown, r: Entry) => `${r.weeksScored}/${r.weeksExpected}` },
                { title: T.rankings.columns.sum, dataIndex: 'sum', width: 80, align: 'right' as const },
                { title: T.rankings.columns.rankingScore, dataIndex: 'rankingScore', width: 90, align: 'right' as const, render: (v: number | null) => v ?? '—' },
              ]}
            />
          )}
        </>
      )}
      {report && <ReportDialog report={report} defaults={{ township: scope, month }} onDone={() => setReport(null)} />}
    </div>
  );
}
