import { Alert as Notice, Button, Card, Col, Empty, List, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/domain/dates';
import type { Alert } from '@shared/domain/rules/alerts';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { StorageWarning } from '../../components/storage-warning';
import { countCadres, countOnPost } from '../../db/queries/overview';
import { usePostingList } from '../../stores/postings-list';
import { OverviewCharts } from '../reports/overview-charts';
import { ALERT_SOURCES, collectAllAlerts } from './alert-sources';
import { AttendanceRateChart } from './attendance-rate-chart';
import { T } from './texts';

const COLOR: Record<Alert['severity'], string> = { red: 'red', amber: 'orange', yellow: 'gold' };

function openAlert(a: Alert) {
  if (a.link) navigate(a.link as Parameters<typeof navigate>[0]);
  else if (a.postingId) navigate({ section: 'registry', tab: 'postings', params: { id: a.postingId } });
  else if (a.cadreId) navigate({ section: 'registry', tab: 'cadres', params: { id: a.cadreId } });
}

function AlertList({ alerts, empty }: { alerts: Alert[]; empty: string }) {
  if (alerts.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      size="small"
      dataSource={alerts}
      pagination={alerts.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
      renderItem={(a) => (
        <List.Item actions={[<Button key="open" type="link" size="small" onClick={() => openAlert(a)}>{T.open}</Button>]}>
          <div style={{ flex: 1, display: 'flex', alignItems: 'center', gap: 8 }}>
            <Tag color={COLOR[a.severity]} style={{ minWidth: 48, textAlign: 'center' }}>
              {T.tag(a.days)}
            </Tag>
            <Typography.Link onClick={() => openAlert(a)}>{a.message}</Typography.Link>
          </div>
        </List.Item>
      )}
    />
  );
}

/** 概览: how many cadres are on post, and everything that needs the clerk's attention, each a link. */
export function OverviewPage() {
  const store = useStore();
  const today = todayIso();
  const setFilter = usePostingList((s) => s.setFilter);
  const alerts = useLiveQuery(() => collectAllAlerts(store.db, today), [store, today]);
  const onPost = useLiveQuery(() => countOnPost(store.db), [store]);
  const cadres = useLiveQuery(() => countCadres(store.db), [store]);
  const by = useMemo(() => {
    const all = alerts ?? [];
    const of = (k: Alert['kind']) => all.filter((a) => a.kind === k);
    return { expiring: of('expiring'), overdue: of('overdue'), failed: of('sourceFailed') };
  }, [alerts]);
  const band = (max: number, min: number) => by.expiring.filter((a) => (a.days ?? 0) <= max && (a.days ?? 0) > min).length;
  const goList = (expiry: '30' | '60' | '90' | 'overdue') => {
    setFilter({ expiry, statuses: [] });
    navigate({ section: 'registry', tab: 'postings' });
  };
  const card = (title: string, value: number | undefined, color: string | undefined, onClick: () => void, suffix: string = T.people) => (
    <Col xs={12} md={8} xl={4}>
      <Card hoverable size="small" onClick={onClick}>
        <Statistic title={title} value={value ?? '—'} suffix={suffix} styles={{ content: color ? { color } : {} }} />
      </Card>
    </Col>
  );

  return (
    <div className="gzt-page">
      <StorageWarning />
      {onPost === 0 && cadres === 0 && (
        <Notice
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.emptyTitle}
          description={T.emptyText}
          action={
            <Space direction="vertical">
              <Button size="small" type="primary" onClick={() => navigate({ section: 'registry', tab: 'postings' })}>
                {T.registerOrImport}
              </Button>
              <Button size="small" onClick={() => navigate({ section: 'settings' })}>
                {T.loadSample}
              </Button>
            </Space>
          }
        />
      )}
      <Row gutter={[12, 12]}>
        {card(T.card.onPost, onPost, undefined, () => navigate({ section: 'registry', tab: 'postings' }))}
        {card(T.card.within30, alerts ? band(30, -1) : undefined, '#cf1322', () => goList('30'))}
        {card(T.card.within60, alerts ? band(60, 30) : undefined, '#d46b08', () => goList('60'))}
        {card(T.card.within90, alerts ? band(90, 60) : undefined, '#ad8b00', () => goList('90'))}
        {card(T.card.overdue, alerts ? by.overdue.length : undefined, '#cf1322', () => goList('overdue'))}
        {card(T.card.cadres, cadres, undefined, () => navigate({ section: 'registry', tab: 'cadres' }))}
      </Row>
      <OverviewCharts />
      <AttendanceRateChart />
      <Card size="small" style={{ marginTop: 12 }} title={T.todo} extra={<Typography.Text type="secondary">{T.asOf(today)}</Typography.Text>}>
        {by.failed.map((a) => (
          <Notice key={a.message} type="warning" showIcon style={{ marginBottom: 8 }} title={a.message} />
        ))}
        <Tabs
          items={ALERT_SOURCES.flatMap((source) => source.tabs).map((tab) => {
            const listed = (alerts ?? []).filter((a) => tab.kinds.includes(a.kind));
            return { key: tab.key, label: tab.label(listed.length), children: <AlertList alerts={listed} empty={tab.empty} /> };
          })}
        />
      </Card>
    </div>
  );
}
