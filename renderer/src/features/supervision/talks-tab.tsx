import { App, Button, Card, Empty, List, Popconfirm, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { labelOf, selectableItems } from '@shared/domain/codes/lookup';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { TALK_KIND, TALK_STATUS, TALK_TRIGGER } from '@shared/domain/enums';
import { TALKS_RESTRICTED_MESSAGE, canSeeTalks } from '@shared/domain/rules/talk-record';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { removeTalk } from '../../db/operations';
import { listTalks, loadTalkProposals, type TalkProposalRow, type TalkRow } from '../../db/queries/talks';
import type { ReportDefinition } from '../../reports/report-definition';
import { ReportDialog } from '../../reports/report-dialog';
import { talkReport } from '../../reports/talk-report';
import { useStoreQuery } from '../assessment/use-store-query';
import { TalkDialog, type TalkMode } from './talk-dialog';
import { T } from './texts';

const STATUS_COLOR: Record<string, string> = { planned: 'orange', held: 'blue', closed: 'green' };

/**
 * 谈话提醒 (DOMAIN §2.15): the talks the triggers call for, and the talks on record through their
 * steps. Restricted (§7.7): on a PC that is not the 组织部's it shows only why it shows nothing.
 */
export function TalksTab(props: { params: Record<string, string> }) {
  const { site } = useSite();
  if (!canSeeTalks(site?.role)) return <Result status="403" title={T.restrictedTitle} subTitle={TALKS_RESTRICTED_MESSAGE} />;
  return <Talks params={props.params} />;
}

function Talks(props: { params: Record<string, string> }) {
  const store = useStore();
  const { message } = App.useApp();
  const today = todayIso();
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<{ mode: TalkMode; row?: TalkRow; preset?: TalkProposalRow } | null>(null);
  const [exporting, setExporting] = useState(false);
  const proposals = useStoreQuery(() => loadTalkProposals(store.db, today), [today]);
  const talks = useStoreQuery(() => listTalks(store.db), []);
  const shown = (talks ?? []).filter((t) => !status || t.talk.status === status);

  // A 概览 alert opens the proposal (or the talk) it is about.
  const { propose, posting, id } = props.params;
  useEffect(() => {
    if (propose && proposals) {
      const p = proposals.find((x) => x.triggerKey === propose && x.postingId === posting);
      if (p) setDialog({ mode: 'plan', preset: p });
    }
  }, [propose, posting, proposals]);
  useEffect(() => {
    const row = id && talks?.find((t) => t.talk.id === id);
    if (row) setDialog({ mode: row.talk.status === 'planned' ? 'hold' : row.talk.status === 'held' ? 'close' : 'edit', row });
  }, [id, talks]);

  const remove = async (row: TalkRow) => {
    try {
      await removeTalk(store, row.talk.id);
      message.success(T.removed);
    } catch (e) {
      showError(e, message);
    }
  };
  const preset = dialog?.preset && {
    cadreId: dialog.preset.cadreId,
    postingId: dialog.preset.postingId,
    kind: dialog.preset.kind,
    trigger: dialog.preset.trigger,
    triggerKey: dialog.preset.triggerKey,
    reason: dialog.preset.reason,
    scheduledDate: dialog.preset.suggestedDate,
  };

  return (
    <div>
      <Card size="small" title={proposals ? T.proposals(proposals.length) : T.proposalsLoading} extra={<Typography.Text type="secondary">{T.proposalsHint}</Typography.Text>} style={{ marginBottom: 12 }}>
        {proposals && proposals.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noProposals} />
        ) : (
          <List
            size="small"
            loading={!proposals}
            dataSource={proposals ?? []}
            renderItem={(p) => (
              <List.Item
                actions={[
                  <Button key="plan" type="primary" size="small" onClick={() => setDialog({ mode: 'plan', preset: p })}>
                    {T.plan}
                  </Button>,
                ]}
              >
                <List.Item.Meta title={p.reason} description={T.proposalLine(p.post, labelOf(TALK_TRIGGER, p.trigger), T.suggested(formatDateDotted(p.suggestedDate)))} />
              </List.Item>
            )}
          />
        )}
      </Card>
      <div className="gzt-toolbar">
        <Typography.Text strong>{T.talks}</Typography.Text>
        <Select aria-label={T.status} value={status} onChange={setStatus} style={{ width: 130 }} options={[{ value: '', label: T.allStatus }, ...selectableItems(TALK_STATUS).map((i) => ({ value: i.code, label: i.label }))]} />
        <span className="gzt-spacer" />
        <Button onClick={() => setExporting(true)}>{T.export}</Button>
        <Button onClick={() => setDialog({ mode: 'plan' })}>{T.add}</Button>
      </div>
      <Table<TalkRow>
        size="small"
        rowKey={(r) => r.talk.id}
        dataSource={shown}
        loading={!talks}
        locale={{ emptyText: T.empty }}
        pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: T.columns.date, key: 'date', width: 150, render: (_, r) => (r.talk.heldDate ? formatDateDotted(r.talk.heldDate) : T.planned(formatDateDotted(r.talk.scheduledDate))) },
          { title: T.columns.name, dataIndex: 'name', width: 80 },
          { title: T.columns.post, dataIndex: 'post', ellipsis: true },
          { title: T.columns.kind, key: 'kind', width: 90, render: (_, r) => labelOf(TALK_KIND, r.talk.kind) },
          { title: T.columns.reason, key: 'reason', ellipsis: true, render: (_, r) => r.talk.reason || labelOf(TALK_TRIGGER, r.talk.trigger) },
          { title: T.columns.talker, key: 'talker', width: 80, render: (_, r) => r.talk.talker },
          { title: T.columns.status, key: 'status', width: 80, render: (_, r) => <Tag color={STATUS_COLOR[r.talk.status]}>{labelOf(TALK_STATUS, r.talk.status)}</Tag> },
          {
            title: T.columns.actions,
            key: 'actions',
            width: 200,
            render: (_, r) => (
              <Space size={0}>
                {r.talk.status === 'planned' && (
                  <Button size="small" type="link" onClick={() => setDialog({ mode: 'hold', row: r })}>
                    {T.hold}
                  </Button>
                )}
                {r.talk.status === 'held' && (
                  <Button size="small" type="link" onClick={() => setDialog({ mode: 'close', row: r })}>
                    {T.close}
                  </Button>
                )}
                <Button size="small" type="link" onClick={() => setDialog({ mode: 'edit', row: r })}>
                  {T.edit}
                </Button>
                <Popconfirm title={T.removeConfirm} onConfirm={() => void remove(r)}>
                  <Button size="small" type="link" danger>
                    {T.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {dialog && <TalkDialog mode={dialog.mode} talk={dialog.row?.talk} name={dialog.row?.name ?? dialog.preset?.name} preset={preset} onClose={() => setDialog(null)} />}
      {exporting && <ReportDialog report={talkReport as unknown as ReportDefinition} onDone={() => setExporting(false)} />}
    </div>
  );
}
