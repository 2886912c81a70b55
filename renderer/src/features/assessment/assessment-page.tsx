import { Empty, Spin, Tabs } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { monthOf, todayIso } from '@shared/domain/dates';
import { townshipOf } from '@shared/domain/rules/statistics';
import { canSeeTalks } from '@shared/domain/rules/talk-record';
import { navigate, type Route } from '../../app/routes';
import { useSite, useStore } from '../../app/store-context';
import { listUnits } from '../../db/queries/units';
import { listTownships } from '../../db/queries/weekly-scores';
import { TalksTab } from '../supervision/talks-tab';
import { AssessmentsTab } from './assessments-tab';
import { RankingsTab } from './rankings-tab';
import { ReserveTab } from './reserve-tab';
import { T } from './texts';
import { WeeklyTab, defaultWeek } from './weekly-tab';

/**
 * 考核: 周考评 (a township's week), 红黑榜 (the month ranked), 谈话提醒 (on a 组织部 PC only: talk
 * records are restricted), 考核鉴定 and 后备干部库. 谈话提醒 sits here rather than in a menu of its
 * own because its main trigger is the black list of this section and the menu keeps the order of
 * issue 2; the screens live in features/supervision.
 */
export function AssessmentPage({ route }: { route: Route }) {
  const store = useStore();
  const { site } = useSite();
  const today = todayIso();
  const talks = canSeeTalks(site?.role);
  const data = useLiveQuery(async () => {
    const [townships, units] = await Promise.all([listTownships(store.db), listUnits(store.db)]);
    const home = site?.homeUnitId ? townshipOf(new Map(units.map((u) => [u.id, u])), site.homeUnitId) : undefined;
    return { townships, home: home?.id };
  }, [store, site?.homeUnitId]);
  const tab = route.tab ?? 'weekly';
  const p = route.params;
  if (!data) return <Spin style={{ margin: 40 }} />;
  const township = p.township && data.townships.some((t) => t.id === p.township) ? p.township : (data.home ?? data.townships[0]?.id);
  const noTownship = <Empty description={T.noTownship} />;
  const items = [
    { key: 'weekly', label: T.tab.weekly, children: township ? <WeeklyTab townships={data.townships} township={township} week={p.week ?? defaultWeek(today)} /> : noTownship },
    { key: 'rankings', label: T.tab.rankings, children: <RankingsTab townships={data.townships} scope={p.scope ?? data.home ?? ''} month={p.month ?? monthOf(today)} /> },
    ...(talks || tab === 'talks' ? [{ key: 'talks', label: T.tab.talks, children: <TalksTab params={tab === 'talks' ? p : {}} /> }] : []),
    { key: 'assessments', label: T.tab.assessments, children: <AssessmentsTab /> },
    { key: 'reserve', label: T.tab.reserve, children: <ReserveTab /> },
  ];
  return (
    <div className="gzt-page">
      <Tabs activeKey={tab} onChange={(key) => navigate({ section: 'assessment', tab: key })} destroyOnHidden items={items} />
    </div>
  );
}
