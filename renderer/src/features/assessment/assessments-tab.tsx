import { App, Button, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { labelOf, selectableItems } from '@shared/domain/codes/lookup';
import { todayIso } from '@shared/domain/dates';
import { ASSESSING_UNIT, ASSESSMENT_KIND } from '@shared/domain/enums';
import { assessmentPeriodText, gradeLabel } from '@shared/domain/rules/assessment';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { removeAssessment } from '../../db/operations';
import { listAssessments, type AssessmentRow } from '../../db/queries/assessments';
import { annualAssessmentReport } from '../../reports/annual-assessment-report';
import type { ReportDefinition } from '../../reports/report-definition';
import { ReportDialog } from '../../reports/report-dialog';
import { AssessmentDialog } from './assessment-dialog';
import { T } from './texts';
import { useStoreQuery } from './use-store-query';

/** 考核鉴定: routine, annual and end-of-term assessments, filtered by kind and year. */
export function AssessmentsTab() {
  const store = useStore();
  const { message } = App.useApp();
  const thisYear = Number(todayIso().slice(0, 4));
  const [kind, setKind] = useState<string>('');
  const [year, setYear] = useState<string>(String(thisYear - 1));
  const [dialog, setDialog] = useState<{ existing?: Row<'assessments'> } | null>(null);
  const [exporting, setExporting] = useState(false);
  const rows = useStoreQuery(() => listAssessments(store.db, { ...(kind ? { kind } : {}), ...(year ? { year } : {}) }), [kind, year]);
  const remove = async (a: Row<'assessments'>) => {
    try {
      await removeAssessment(store, a.id);
      message.success(T.assessments.removed);
    } catch (e) {
      showError(e, message);
    }
  };
  const result = (r: AssessmentRow) => (r.assessment.kind === 'routine' ? (r.assessment.score ?? '') : gradeLabel(r.assessment.grade, r.cadre?.staffCategory));

  return (
    <div>
      <div className="gzt-toolbar">
        <Select aria-label={T.assessments.kind} value={kind} onChange={setKind} style={{ width: 140 }} options={[{ value: '', label: T.assessments.allKinds }, ...selectableItems(ASSESSMENT_KIND).map((i) => ({ value: i.code, label: i.label }))]} />
        <Select
          aria-label={T.assessments.year}
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={[{ value: '', label: T.assessments.allYears }, ...Array.from({ length: 6 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))]}
        />
        <span className="gzt-spacer" />
        <Button onClick={() => setExporting(true)}>{T.assessments.exportAnnual}</Button>
        <Button type="primary" onClick={() => setDialog({})}>
          {T.assessments.add}
        </Button>
      </div>
      <Table<AssessmentRow>
        size="small"
        rowKey={(r) => r.assessment.id}
        dataSource={rows ?? []}
        loading={!rows}
        locale={{ emptyText: T.assessments.empty }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: T.assessments.columns.name, key: 'name', width: 90, render: (_, r) => r.cadre?.name },
          { title: T.assessments.columns.hostPost, dataIndex: 'hostPost', ellipsis: true },
          { title: T.assessments.columns.kind, key: 'kind', width: 90, render: (_, r) => labelOf(ASSESSMENT_KIND, r.assessment.kind) },
          { title: T.assessments.columns.period, key: 'period', width: 130, render: (_, r) => assessmentPeriodText(r.assessment.kind, r.assessment.period) },
          { title: T.assessments.columns.result, key: 'result', width: 96, render: (_, r) => <Typography.Text strong>{result(r)}</Typography.Text> },
          { title: T.assessments.columns.unit, key: 'unit', width: 100, render: (_, r) => labelOf(ASSESSING_UNIT, r.assessment.assessingUnit) },
          {
            title: T.assessments.columns.note,
            key: 'note',
            ellipsis: true,
            render: (_, r) => (
              <Space size={4}>
                {r.assessment.capOverrideReason && <Tag color="orange">{T.assessments.aboveCap(r.assessment.capOverrideReason)}</Tag>}
                {r.assessment.filedToDossier && <Tag>{T.assessments.filed}</Tag>}
              </Space>
            ),
          },
          {
            title: T.assessments.columns.actions,
            key: 'actions',
            width: 120,
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setDialog({ existing: r.assessment })}>
                  {T.assessments.edit}
                </Button>
                <Popconfirm title={T.assessments.removeConfirm} onConfirm={() => void remove(r.assessment)}>
                  <Button size="small" type="link" danger>
                    {T.assessments.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {dialog && <AssessmentDialog existing={dialog.existing} onClose={() => setDialog(null)} />}
      {exporting && <ReportDialog report={annualAssessmentReport as unknown as ReportDefinition} defaults={{ year: year || String(thisYear - 1) }} onDone={() => setExporting(false)} />}
    </div>
  );
}
