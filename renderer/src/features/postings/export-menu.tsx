import { App, Button, Checkbox, Dropdown, Form, Modal, Progress, Radio, Typography } from 'antd';
import { useState } from 'react';
import { formatDateChinese, todayIso } from '@shared/domain/dates';
import { buildExpiryList } from '@shared/reports/expiry-list';
import { buildRoster } from '@shared/reports/roster';
import type { WorkbookDocument } from '@shared/reports/document/schema';
import { errorText } from '../../app/errors';
import { useSite, useStore } from '../../app/store-context';
import { exportWorkbook } from '../../bridge/export-workbook';
import type { GztDatabase, Row } from '../../db/database';
import { queryPostingIds } from '../../db/queries/postings';

const LOAD_CHUNK = 2000;

/** Loads whole records for the report, in chunks, reporting progress. */
async function loadSource(db: GztDatabase, ids: string[], units: Row<'units'>[], batches: Row<'batches'>[], onProgress: (p: number) => void) {
  const postings: Row<'postings'>[] = [];
  const cadres = new Map<string, Row<'cadres'>>();
  for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
    const chunk = (await db.postings.bulkGet(ids.slice(i, i + LOAD_CHUNK))).filter((p): p is Row<'postings'> => !!p && !p._deleted);
    postings.push(...chunk);
    for (const c of await db.cadres.bulkGet(chunk.map((p) => p.cadreId))) if (c) cadres.set(c.id, c);
    onProgress(Math.min(1, (i + LOAD_CHUNK) / Math.max(1, ids.length)));
  }
  return { postings, cadres, units: new Map(units.map((u) => [u.id, u])), batches: new Map(batches.map((b) => [b.id, b])) };
}

type Dialog = { kind: 'roster' } | { kind: 'expiry' };

/** 导出: the roster of the current list, and the expiry list (DOMAIN §4.1, §4.6), as Excel workbooks. */
export function ExportMenu(props: { ids: string[] | undefined; units: Row<'units'>[]; batches: Row<'batches'>[] }) {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [progress, setProgress] = useState<{ text: string; percent: number } | null>(null);
  const [form] = Form.useForm<{ groupBy: 'none' | 'batch' | 'receivingTown'; withinDays: number; includeOverdue: boolean }>();
  const reportingUnit = props.units.find((u) => u.id === site?.homeUnitId)?.name ?? site?.label ?? '';
  const county = site?.countyName ?? '';

  const run = async () => {
    const v = form.getFieldsValue(true);
    const today = todayIso();
    const d = dialog!;
    setDialog(null);
    setProgress({ text: '正在读取数据…', percent: 0 });
    try {
      let table: WorkbookDocument;
      let name: string;
      if (d.kind === 'roster') {
        const source = await loadSource(store.db, props.ids ?? [], props.units, props.batches, (p) => setProgress({ text: '正在读取数据…', percent: Math.round(p * 40) }));
        table = buildRoster(source, { countyName: county, reportingUnit, reportDate: today, groupBy: v.groupBy });
        name = `${county}挂职干部花名册（${formatDateChinese(today)}）.xlsx`;
      } else {
        const within = await queryPostingIds(store.db, { expiry: { withinDays: v.withinDays } }, { key: 'plannedEndDate', desc: false }, today);
        const overdue = v.includeOverdue ? await queryPostingIds(store.db, { expiry: { overdue: true } }, { key: 'plannedEndDate', desc: false }, today) : [];
        const ids = [...overdue, ...within];
        const source = await loadSource(store.db, ids, props.units, props.batches, (p) => setProgress({ text: '正在读取数据…', percent: Math.round(p * 40) }));
        const assessments = ids.length ? await store.db.assessments.where('postingId').anyOf(ids).filter((a) => !a._deleted).toArray() : [];
        table = buildExpiryList({ ...source, assessments }, { today, withinDays: v.withinDays, includeOverdue: v.includeOverdue, countyName: county, reportingUnit });
        name = `${county}挂职干部期满名单（${formatDateChinese(today)}）.xlsx`;
      }
      const dataRows = table.sheets[0]!.rows.filter((r) => 'cells' in r).length;
      setProgress({ text: `正在写入Excel（共${dataRows}人）…`, percent: 40 });
      const r = await exportWorkbook({ suggestedName: name, sheets: table.sheets }, (done, total) =>
        setProgress({ text: `正在写入Excel（${done}/${total}行）…`, percent: 40 + Math.round((done / Math.max(1, total)) * 60) }),
      );
      if (r.saved) message.success(`已导出“${r.fileName ?? name}”，共${dataRows}人`);
    } catch (e) {
      message.error(`导出失败：${errorText(e)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'roster', label: '导出花名册（当前列表）' },
            { key: 'expiry', label: '导出期满名单' },
          ],
          onClick: (e) => setDialog({ kind: e.key as Dialog['kind'] }),
        }}
      >
        <Button loading={!!progress}>导出Excel</Button>
      </Dropdown>
      <Modal
        open={!!dialog}
        title={dialog?.kind === 'roster' ? '导出挂职干部花名册' : '导出期满名单'}
        okText="导出"
        cancelText="取消"
        onOk={run}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ groupBy: 'none', withinDays: 90, includeOverdue: true }} preserve={false}>
          {dialog?.kind === 'roster' ? (
            <>
              <Typography.Paragraph>
                导出当前列表中的 <b>{props.ids?.length ?? 0}</b> 条挂职记录（可先用上方条件筛选）。表头、填报单位、合计行和打印设置（A4横向、每页重复表头）已按报表格式排好。
              </Typography.Paragraph>
              <Form.Item name="groupBy" label="分组">
                <Radio.Group
                  options={[
                    { value: 'none', label: '不分组' },
                    { value: 'batch', label: '按批次' },
                    { value: 'receivingTown', label: '按接收乡镇（单位）' },
                  ]}
                />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="withinDays" label="期满时间">
                <Radio.Group
                  options={[
                    { value: 30, label: '30天内' },
                    { value: 60, label: '60天内' },
                    { value: 90, label: '90天内' },
                  ]}
                />
              </Form.Item>
              <Form.Item name="includeOverdue" valuePropName="checked">
                <Checkbox>包含已逾期仍在岗的人员</Checkbox>
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
      <Modal open={!!progress} title="正在导出" footer={null} closable={false}>
        <Typography.Text>{progress?.text}</Typography.Text>
        <Progress percent={progress?.percent ?? 0} />
      </Modal>
    </>
  );
}
