import { App, Button, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { addMonths, formatDateChinese, todayIso } from '@shared/domain/dates';
import { SPOT_CHECK_KIND, SPOT_CHECK_RESULT } from '@shared/domain/enums';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { removeSpotCheck } from '../../db/operations';
import { listSpotChecks, type SpotCheckRow } from '../../db/queries/spot-checks';
import { AttendanceReportMenu } from './report-menu';
import { SpotCheckForm } from './spot-check-form';
import { T } from './texts';

type Period = 'month' | 'quarter' | 'year';

function range(period: Period, today: string): [string, string] {
  if (period === 'month') return [`${today.slice(0, 7)}-01`, today];
  if (period === 'quarter') return [addMonths(`${today.slice(0, 7)}-01`, -2), today];
  return [`${today.slice(0, 4)}-01-01`, today];
}

/** 抽查: the spot checks of a period, each with the year's unexcused absences and the grade cap they give. */
export function SpotCheckTab() {
  const store = useStore();
  const { message } = App.useApp();
  const today = todayIso();
  const [period, setPeriod] = useState<Period>('quarter');
  const [adding, setAdding] = useState(false);
  const [from, to] = range(period, today);
  const rows = useLiveQuery(() => listSpotChecks(store.db, from, to), [store, from, to]);
  const absent = (rows ?? []).filter((r) => r.check.result === 'absentUnexcused').length;
  return (
    <div>
      <div className="gzt-toolbar">
        <Segmented<Period> aria-label={T.spot.period} value={period} onChange={setPeriod} options={T.spot.periods.map((p) => ({ ...p, value: p.value as Period }))} />
        <Typography.Text type="secondary">{T.spot.count(rows?.length ?? 0, absent)}</Typography.Text>
        <span className="gzt-spacer" />
        <AttendanceReportMenu items={[{ id: 'spot-check-register', label: T.spot.exportRegister }]} selection={{ month: today.slice(0, 7) }} />
        <Button type="primary" onClick={() => setAdding(true)}>
          {T.spot.add}
        </Button>
      </div>
      <Table<SpotCheckRow>
        size="small"
        rowKey={(r) => r.check.id}
        dataSource={rows ?? []}
        loading={rows === undefined}
        locale={{ emptyText: T.spot.empty }}
        pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
        columns={[
          { title: T.spot.col.date, width: 170, render: (_v, r) => `${formatDateChinese(r.check.date)} ${r.check.time ?? ''}` },
          { title: T.spot.col.name, width: 80, render: (_v, r) => r.name },
          { title: T.spot.col.unit, ellipsis: true, render: (_v, r) => r.postingLabel },
          { title: T.spot.col.kind, width: 90, render: (_v, r) => labelOf(SPOT_CHECK_KIND, r.check.kind) },
          { title: T.spot.col.inspector, width: 150, render: (_v, r) => `${r.check.inspectorUnit} ${r.check.inspector}` },
          { title: T.spot.col.result, width: 100, render: (_v, r) => <Tag color={r.check.result === 'absentUnexcused' ? 'red' : r.check.result === 'onDuty' ? 'green' : undefined}>{labelOf(SPOT_CHECK_RESULT, r.check.result)}</Tag> },
          { title: T.spot.col.cap, width: 230, render: (_v, r) => <Typography.Text type="danger">{T.spot.capText(r.absencesInYear, r.cap.capText)}</Typography.Text> },
          {
            title: '',
            width: 60,
            render: (_v, r) => (
              <Popconfirm title={T.spot.form.confirmRemove} onConfirm={() => removeSpotCheck(store, r.check.id).then(() => message.success(T.spot.form.removed), (e: unknown) => showError(e, message))}>
                <Button size="small" type="link" danger>
                  {T.spot.form.remove}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {adding && <SpotCheckForm onClose={() => setAdding(false)} />}
    </div>
  );
}
