import { App, Button, Descriptions, Drawer, Empty, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { EDUCATION, ETHNICITY, GRADE_CIVIL_SERVANT, GRADE_INSTITUTION, POLITICAL_STATUS, POSITION_LEVEL, SEX } from '@shared/domain/codes';
import { labelOf, shortLabelOf } from '@shared/domain/codes/lookup';
import { birthWithAge } from '@shared/domain/age';
import { formatDateDotted } from '@shared/domain/dates';
import { ASSESSING_UNIT, END_REASON, POSTING_DIRECTION, POSTING_STATUS, POSTING_TYPE, TEAM_ROLE } from '@shared/domain/enums';
import { allowedActions, POSTING_ACTIONS } from '@shared/domain/rules/posting-lifecycle';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { removePosting } from '../../db/operations';
import { loadPostingDetail } from '../../db/queries/posting-detail';
import { ActionDialog, type DialogKind } from './action-dialog';
import { DaysLeft, type CellContext } from './posting-columns';
import { T } from './texts';

/** Labels on one line whatever the value beside them (a long 现任职务 used to squeeze them to a character a line). */
const DESCRIPTION_STYLES = { label: { whiteSpace: 'nowrap', width: '1%' } } as const;

const period = (p: Row<'postings'>) => `${formatDateDotted(p.startDate)}—${formatDateDotted(p.actualEndDate ?? p.plannedEndDate)}`;

/** 挂职详情: the cadre, this posting, its pair and replacement, the cadre's history, and the actions. */
export function PostingDrawer(props: { postingId: string | undefined; ctx: CellContext; onClose: () => void; onOpen: (id: string) => void; onEdit: (id: string) => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const data = useLiveQuery(async () => (props.postingId ? loadPostingDetail(store.db, props.postingId) : undefined), [store, props.postingId]);

  const u = props.ctx.unitName;
  const p = data?.posting;
  const c = data?.cadre;
  const actions = p ? allowedActions(p.status) : [];
  const remove = async () => {
    try {
      await removePosting(store, p!.id);
      message.success(T.drawer.removed);
      props.onClose();
    } catch (e) {
      showError(e, message);
    }
  };
  const link = (q: Row<'postings'> | undefined, label: string) =>
    q && (
      <Descriptions.Item label={label} span={2}>
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => props.onOpen(q.id)}>
          {data?.otherCadres.get(q.cadreId)?.name}：{u(q.dispatchingUnitId)} → {u(q.receivingUnitId)}，{q.secondedPost}（{labelOf(POSTING_STATUS, q.status)}）
        </Button>
      </Descriptions.Item>
    );
  const grades = c?.staffCategory === 'institution' ? GRADE_INSTITUTION : GRADE_CIVIL_SERVANT;

  return (
    <Drawer
      open={!!props.postingId}
      size={760}
      onClose={props.onClose}
      title={
        p && c ? (
          <Space>
            <span>{c.name}</span>
            <Tag bordered={false}>{labelOf(POSTING_TYPE, p.type)}</Tag>
            <Tag color={p.status === 'active' ? 'green' : p.status === 'extended' ? 'gold' : undefined}>{labelOf(POSTING_STATUS, p.status)}</Tag>
          </Space>
        ) : (
          T.drawer.title
        )
      }
      extra={p && <Button onClick={() => props.onEdit(p.id)}>{T.edit}</Button>}
    >
      {data === null && <Empty description={T.drawer.gone} />}
      {p && (
        <>
          <Space wrap style={{ marginBottom: 12 }} aria-label={T.drawer.actions}>
            {actions.map((a) => (
              <Button key={a} type={a === 'complete' || a === 'activate' ? 'primary' : 'default'} danger={a === 'recall' || a === 'terminate'} onClick={() => setDialog(a)}>
                {POSTING_ACTIONS[a].label}
              </Button>
            ))}
            {(p.status === 'active' || p.status === 'extended' || p.status === 'completed') && (
              <Button onClick={() => setDialog('review')}>{T.drawer.review(!!data?.review)}</Button>
            )}
            <Popconfirm title={T.drawer.confirmRemove} okText={T.remove} cancelText={T.cancel} onConfirm={remove}>
              <Button type="text" danger>
                {T.remove}
              </Button>
            </Popconfirm>
          </Space>
          {c && (
            <Descriptions size="small" bordered styles={DESCRIPTION_STYLES} column={2} title={T.drawer.cadre} extra={<Button type="link" size="small" onClick={() => navigate({ section: 'registry', tab: 'cadres', params: { id: c.id } })}>{T.drawer.editCadre}</Button>}>
              <Descriptions.Item label={T.drawer.label.name}>{c.name}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.sex}>{labelOf(SEX, c.sex)}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.birth}>{birthWithAge(c.birthDate, props.ctx.today)}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.ethnicity}>{labelOf(ETHNICITY, c.ethnicity)}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.political}>{shortLabelOf(POLITICAL_STATUS, c.politicalStatus)}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.education}>{labelOf(EDUCATION, c.fullTimeEducation ?? '')}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.homeUnit}>{u(c.homeUnitId)}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.currentPost}>{c.currentPost}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.positionLevel}>{shortLabelOf(POSITION_LEVEL, c.positionLevel ?? '')}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.phone}>{c.phone}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.idCardNo} span={2}>
                {c.idCardNo}
              </Descriptions.Item>
            </Descriptions>
          )}
          <Descriptions size="small" bordered styles={DESCRIPTION_STYLES} column={2} title={T.drawer.posting} style={{ marginTop: 16 }}>
            <Descriptions.Item label={T.drawer.label.dispatching}>{u(p.dispatchingUnitId)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.originalPost}>{p.originalPost}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.receiving}>{u(p.receivingUnitId)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.secondedPost}>{p.secondedPost}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.type}>{labelOf(POSTING_TYPE, p.type)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.direction}>{labelOf(POSTING_DIRECTION, p.direction)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.batch} span={2}>
              {props.ctx.batchName(p.batchId) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.startDate}>{formatDateDotted(p.startDate)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.term}>{T.months(p.termMonths)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.plannedEndDate}>{formatDateDotted(p.plannedEndDate)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.daysLeft}>
              <DaysLeft end={p.plannedEndDate} today={props.ctx.today} status={p.status} />
            </Descriptions.Item>
            {p.village && <Descriptions.Item label={T.drawer.label.village}>{p.village}</Descriptions.Item>}
            {p.teamRole && <Descriptions.Item label={T.drawer.label.teamRole}>{labelOf(TEAM_ROLE, p.teamRole)}</Descriptions.Item>}
            <Descriptions.Item label={T.drawer.label.liaisonLeader}>{p.liaisonLeader}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.mentor}>{p.mentor}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.insured}>{T.drawer.insured(p.insured, p.insurancePolicyNo)}</Descriptions.Item>
            <Descriptions.Item label={T.drawer.label.party}>{T.drawer.party(p.partyRelationTransferred)}</Descriptions.Item>
            {p.actualEndDate && <Descriptions.Item label={T.drawer.label.actualEndDate}>{formatDateDotted(p.actualEndDate)}</Descriptions.Item>}
            {p.endReason && <Descriptions.Item label={T.drawer.label.endReason}>{labelOf(END_REASON, p.endReason)}</Descriptions.Item>}
            {p.endApprovedBy && <Descriptions.Item label={T.drawer.label.endApprovedBy}>{p.endApprovedBy}</Descriptions.Item>}
            {p.endNote && (
              <Descriptions.Item label={T.drawer.label.endNote} span={2}>
                {p.endNote}
              </Descriptions.Item>
            )}
            {link(data?.pair, T.drawer.pair)}
            {link(data?.replaces, T.drawer.replaces)}
            {link(data?.replacedBy, T.drawer.replacedBy)}
            {p.remarks && (
              <Descriptions.Item label={T.drawer.label.remarks} span={2}>
                {p.remarks}
              </Descriptions.Item>
            )}
          </Descriptions>
          {!!data?.extensions.length && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {T.drawer.extensions}
              </Typography.Title>
              <Timeline
                items={data.extensions.map((e) => ({
                  content: T.drawer.extension(formatDateDotted(e.decidedOn), e.approvedBy, formatDateDotted(e.previousEndDate), formatDateDotted(e.newEndDate), e.reason),
                }))}
              />
            </>
          )}
          {data?.review && (
            <Descriptions size="small" bordered styles={DESCRIPTION_STYLES} column={1} title={T.drawer.reviewTitle} style={{ marginTop: 16 }}>
              <Descriptions.Item label={T.drawer.label.grade}>{labelOf(grades, data.review.grade ?? '') || T.drawer.undecided}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.assessingUnit}>{labelOf(ASSESSING_UNIT, data.review.assessingUnit)}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.selfSummary}>{data.review.selfSummary || <Typography.Text type="danger">{T.drawer.missing}</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.hostOpinion}>{data.review.hostOpinion || <Typography.Text type="danger">{T.drawer.missing}</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.homeOpinion}>{data.review.homeOpinion || <Typography.Text type="danger">{T.drawer.missing}</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label={T.drawer.label.orgDeptOpinion}>{data.review.orgDeptOpinion}</Descriptions.Item>
            </Descriptions>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {T.drawer.history}
          </Typography.Title>
          <Table<Row<'postings'>>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data?.history ?? []}
            rowClassName={(r) => (r.id === p.id ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => props.onOpen(r.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: T.drawer.column.period, render: (_v, r) => period(r), width: 190 },
              { title: T.drawer.column.type, render: (_v, r) => labelOf(POSTING_TYPE, r.type), width: 100 },
              { title: T.drawer.column.unitAndPost, render: (_v, r) => `${u(r.receivingUnitId)} ${r.secondedPost}` },
              { title: T.drawer.column.status, render: (_v, r) => labelOf(POSTING_STATUS, r.status), width: 80 },
            ]}
          />
          {dialog && (
            <ActionDialog
              kind={dialog}
              posting={p}
              cadre={c}
              review={data?.review}
              unitName={u}
              onClose={() => setDialog(null)}
              onDone={(openId) => openId && props.onOpen(openId)}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
