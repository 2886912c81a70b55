import { Alert as Notice, Button, Card, Col, Empty, List, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/domain/dates';
import type { Alert } from '@shared/domain/rules/alerts';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { collectAlerts } from '../../db/queries/alerts';
import { countCadres, countOnPost } from '../../db/queries/overview';
import { usePostingList } from '../../stores/postings-list';

const COLOR: Record<Alert['severity'], string> = { red: 'red', amber: 'orange', yellow: 'gold' };

function openAlert(a: Alert) {
  if (a.postingId) navigate({ section: 'registry', tab: 'postings', params: { id: a.postingId } });
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
        <List.Item actions={[<Button key="open" type="link" size="small" onClick={() => openAlert(a)}>查看</Button>]}>
          <div style={{ flex: 1, display: 'flex', alignItems: 'center', gap: 8 }}>
            <Tag color={COLOR[a.severity]} style={{ minWidth: 48, textAlign: 'center' }}>
              {a.days === undefined ? '数据' : a.days < 0 ? '逾期' : `${a.days}天`}
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
  const alerts = useLiveQuery(() => collectAlerts(store.db, today), [store, today]);
  const onPost = useLiveQuery(() => countOnPost(store.db), [store]);
  const cadres = useLiveQuery(() => countCadres(store.db), [store]);
  const by = useMemo(() => {
    const all = alerts ?? [];
    const of = (k: Alert['kind']) => all.filter((a) => a.kind === k);
    return { expiring: of('expiring'), overdue: of('overdue'), file: of('fileIncomplete'), dq: of('dataQuality') };
  }, [alerts]);
  const band = (max: number, min: number) => by.expiring.filter((a) => (a.days ?? 0) <= max && (a.days ?? 0) > min).length;
  const goList = (expiry: '30' | '60' | '90' | 'overdue') => {
    setFilter({ expiry, statuses: [] });
    navigate({ section: 'registry', tab: 'postings' });
  };
  const card = (title: string, value: number | undefined, color: string | undefined, onClick: () => void, suffix = '人') => (
    <Col xs={12} md={8} xl={4}>
      <Card hoverable size="small" onClick={onClick}>
        <Statistic title={title} value={value ?? '—'} suffix={suffix} styles={{ content: color ? { color } : {} }} />
      </Card>
    </Col>
  );

  return (
    <div className="gzt-page">
      {onPost === 0 && cadres === 0 && (
        <Notice
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="还没有挂职数据"
          description="可以在“干部与挂职”中登记干部和挂职，或导入已有的花名册；第一次试用也可以载入示例数据。"
          action={
            <Space direction="vertical">
              <Button size="small" type="primary" onClick={() => navigate({ section: 'registry', tab: 'postings' })}>
                登记或导入
              </Button>
              <Button size="small" onClick={() => navigate({ section: 'settings' })}>
                载入示例数据
              </Button>
            </Space>
          }
        />
      )}
      <Row gutter={[12, 12]}>
        {card('在岗挂职', onPost, undefined, () => navigate({ section: 'registry', tab: 'postings' }))}
        {card('30天内期满', alerts ? band(30, -1) : undefined, '#cf1322', () => goList('30'))}
        {card('31至60天期满', alerts ? band(60, 30) : undefined, '#d46b08', () => goList('60'))}
        {card('61至90天期满', alerts ? band(90, 60) : undefined, '#ad8b00', () => goList('90'))}
        {card('已逾期未办结', alerts ? by.overdue.length : undefined, '#cf1322', () => goList('overdue'))}
        {card('登记干部', cadres, undefined, () => navigate({ section: 'registry', tab: 'cadres' }))}
      </Row>
      <Card size="small" style={{ marginTop: 12 }} title="需要办理的事项" extra={<Typography.Text type="secondary">截至{today}</Typography.Text>}>
        <Tabs
          items={[
            { key: 'expiring', label: `期满提醒（${by.expiring.length}）`, children: <AlertList alerts={by.expiring} empty="90天内没有期满的挂职" /> },
            { key: 'overdue', label: `逾期未办结（${by.overdue.length}）`, children: <AlertList alerts={by.overdue} empty="没有逾期未办结的挂职" /> },
            { key: 'file', label: `期满材料不全（${by.file.length}）`, children: <AlertList alerts={by.file} empty="临近期满的挂职材料都已齐全" /> },
            { key: 'dq', label: `数据问题（${by.dq.length}）`, children: <AlertList alerts={by.dq} empty="没有发现身份证号、性别、出生日期或政治面貌的问题" /> },
          ]}
        />
      </Card>
    </div>
  );
}
