import { Card, Col, Row, Statistic } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/store-context';
import { navigate } from '../../app/routes';

/** 概览: counts of what this PC holds. */
export function OverviewPage() {
  const store = useStore();
  const counts = useLiveQuery(async () => {
    const [units, cadres] = await Promise.all([
      store.db.units.filter((u) => !u._deleted).count(),
      store.db.cadres.filter((c) => !c._deleted).count(),
    ]);
    return { units, cadres };
  }, [store]);
  return (
    <div className="gzt-page">
      <Row gutter={16}>
        <Col span={6}>
          <Card hoverable onClick={() => navigate({ section: 'registry', tab: 'cadres' })}>
            <Statistic title="登记干部" value={counts?.cadres ?? '—'} suffix="人" />
          </Card>
        </Col>
        <Col span={6}>
          <Card hoverable onClick={() => navigate({ section: 'registry', tab: 'units' })}>
            <Statistic title="单位" value={counts?.units ?? '—'} suffix="个" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
