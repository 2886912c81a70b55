import { App, Button, Popconfirm, Popover, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { INSPECTION_RATING } from '@shared/domain/enums';
import type { Route } from '../../../app/routes';
import { useStore } from '../../../app/store-context';
import { MonthInput } from '../../../components/month-input';
import { showError } from '../../../components/form-errors';
import { markRectified, removeInspection } from '../../../db/operations';
import { listInspections, type InspectionListRow } from '../../../db/queries/inspections';
import { T } from '../texts';
import { InspectionForm } from './inspection-form';

function Rectification({ row, today }: { row: InspectionListRow; today: string }) {
  const store = useStore();
  const { message } = App.useApp();
  const [date, setDate] = useState<string | null>(today);
  const i = row.inspection;
  const I = T.inspections;
  if (!i.rectificationRequired) return <Typography.Text type="secondary">{I.noRectification}</Typography.Text>;
  if (i.rectifiedOn) return <Tag color="green">{I.rectified(formatDateDotted(i.rectifiedOn))}</Tag>;
  const late = !!i.rectifyBy && i.rectifyBy < today;
  const save = async () => {
    try {
      await markRectified(store, i.id, date ?? '', today);
      message.success(I.rectifiedSaved);
    } catch (e) {
      showError(e, message);
    }
  };
  return (
    <Space direction="vertical" size={2}>
      <Tag color={late ? 'red' : 'gold'}>{late ? I.overdue(formatDateDotted(i.rectifyBy)) : I.rectifyDue(formatDateDotted(i.rectifyBy))}</Tag>
      <Popover
        trigger="click"
        title={I.rectifiedOn}
        content={
          <Space>
            <MonthInput kind="date" value={date} onChange={setDate} style={{ width: 130 }} />
            <Button type="primary" size="small" onClick={() => void save()}>
              {I.markRectified}
            </Button>
          </Space>
        }
      >
        <Button size="small" type="link">
          {I.markRectified}
        </Button>
      </Popover>
    </Space>
  );
}

/** 纪实手册 → 检查记录: the 组织部's inspections, newest first, with their rectifications. */
export function InspectionsTab({ route }: { route: Route }) {
  const store = useStore();
  const { message } = App.useApp();
  const today = todayIso();
  const rows = useLiveQuery(() => listInspections(store.db), [store]);
  const [adding, setAdding] = useState(false);
  const I = T.inspections;
  const remove = async (id: string) => {
    try {
      await removeInspection(store, id);
      message.success(I.removed);
    } catch (e) {
      showError(e, message);
    }
  };
  return (
    <div>
      <div className="gzt-toolbar">
        <span className="gzt-spacer" />
        <Button type="primary" onClick={() => setAdding(true)}>
          {I.add}
        </Button>
      </div>
      <Table<InspectionListRow>
        size="small"
        rowKey={(r) => r.inspection.id}
        loading={!rows}
        dataSource={rows ?? []}
        locale={{ emptyText: I.empty }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: I.col.date, width: 100, render: (_, r) => formatDateDotted(r.inspection.date) },
          { title: I.col.name, width: 90, render: (_, r) => r.name },
          { title: I.col.unit, width: 120, render: (_, r) => r.unitName },
          { title: I.col.period, width: 180, render: (_, r) => `${formatDateDotted(r.inspection.periodFrom)}—${formatDateDotted(r.inspection.periodTo)}` },
          { title: I.col.counts, width: 80, render: (_, r) => I.counts(r.inspection.entriesExpected, r.inspection.entriesFound) },
          { title: I.col.rating, width: 60, render: (_, r) => labelOf(INSPECTION_RATING, r.inspection.rating) },
          { title: I.col.comment, render: (_, r) => r.inspection.comment },
          { title: I.col.rectification, width: 170, render: (_, r) => <Rectification row={r} today={today} /> },
          {
            title: '',
            width: 70,
            render: (_, r) => (
              <Popconfirm title={I.removeConfirm} onConfirm={() => void remove(r.inspection.id)}>
                <Button size="small" type="link" danger>
                  {I.remove}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {adding && <InspectionForm today={today} postingId={route.params.posting} onClose={() => setAdding(false)} />}
    </div>
  );
}
