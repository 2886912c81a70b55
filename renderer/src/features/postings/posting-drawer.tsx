import { App, Button, Descriptions, Drawer, Empty, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { EDUCATION, ETHNICITY, GRADE_CIVIL_SERVANT, GRADE_INSTITUTION, POLITICAL_STATUS, POSITION_LEVEL, SEX } from '@shared/domain/codes';
import { labelOf, shortLabelOf } from '@shared/domain/codes/lookup';
import { ageAt } from '@shared/domain/age';
import { formatDateDotted, formatMonthDotted } from '@shared/domain/dates';
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
      message.success('已删除该挂职记录');
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
          '挂职详情'
        )
      }
      extra={p && <Button onClick={() => props.onEdit(p.id)}>修改</Button>}
    >
      {data === null && <Empty description="这条挂职记录不存在或已删除" />}
      {p && (
        <>
          <Space wrap style={{ marginBottom: 12 }} aria-label="办理">
            {actions.map((a) => (
              <Button key={a} type={a === 'complete' || a === 'activate' ? 'primary' : 'default'} danger={a === 'recall' || a === 'terminate'} onClick={() => setDialog(a)}>
                {POSTING_ACTIONS[a].label}
              </Button>
            ))}
            {(p.status === 'active' || p.status === 'extended' || p.status === 'completed') && (
              <Button onClick={() => setDialog('review')}>{data?.review ? '修改期满考察' : '录入期满考察'}</Button>
            )}
            <Popconfirm title="确定删除这条挂职记录吗？误录入时才应删除；正常结束请用“期满结束”等按钮。" okText="删除" cancelText="取消" onConfirm={remove}>
              <Button type="text" danger>
                删除
              </Button>
            </Popconfirm>
          </Space>
          {c && (
            <Descriptions size="small" bordered column={2} title="干部信息" extra={<Button type="link" size="small" onClick={() => navigate({ section: 'registry', tab: 'cadres', params: { id: c.id } })}>修改干部信息</Button>}>
              <Descriptions.Item label="姓名">{c.name}</Descriptions.Item>
              <Descriptions.Item label="性别">{labelOf(SEX, c.sex)}</Descriptions.Item>
              <Descriptions.Item label="出生年月">{`${formatMonthDotted(c.birthDate)}（${ageAt(c.birthDate, props.ctx.today)}岁）`}</Descriptions.Item>
              <Descriptions.Item label="民族">{labelOf(ETHNICITY, c.ethnicity)}</Descriptions.Item>
              <Descriptions.Item label="政治面貌">{shortLabelOf(POLITICAL_STATUS, c.politicalStatus)}</Descriptions.Item>
              <Descriptions.Item label="全日制学历">{labelOf(EDUCATION, c.fullTimeEducation ?? '')}</Descriptions.Item>
              <Descriptions.Item label="工作单位">{u(c.homeUnitId)}</Descriptions.Item>
              <Descriptions.Item label="现任职务">{c.currentPost}</Descriptions.Item>
              <Descriptions.Item label="职务层次">{shortLabelOf(POSITION_LEVEL, c.positionLevel ?? '')}</Descriptions.Item>
              <Descriptions.Item label="联系电话">{c.phone}</Descriptions.Item>
              <Descriptions.Item label="身份证号" span={2}>
                {c.idCardNo}
              </Descriptions.Item>
            </Descriptions>
          )}
          <Descriptions size="small" bordered column={2} title="挂职信息" style={{ marginTop: 16 }}>
            <Descriptions.Item label="派出单位">{u(p.dispatchingUnitId)}</Descriptions.Item>
            <Descriptions.Item label="原单位职务">{p.originalPost}</Descriptions.Item>
            <Descriptions.Item label="接收单位">{u(p.receivingUnitId)}</Descriptions.Item>
            <Descriptions.Item label="挂任职务">{p.secondedPost}</Descriptions.Item>
            <Descriptions.Item label="挂职类型">{labelOf(POSTING_TYPE, p.type)}</Descriptions.Item>
            <Descriptions.Item label="方向">{labelOf(POSTING_DIRECTION, p.direction)}</Descriptions.Item>
            <Descriptions.Item label="批次" span={2}>
              {props.ctx.batchName(p.batchId) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="到岗日期">{formatDateDotted(p.startDate)}</Descriptions.Item>
            <Descriptions.Item label="期限">{p.termMonths}个月</Descriptions.Item>
            <Descriptions.Item label="期满日期">{formatDateDotted(p.plannedEndDate)}</Descriptions.Item>
            <Descriptions.Item label="剩余">
              <DaysLeft end={p.plannedEndDate} today={props.ctx.today} status={p.status} />
            </Descriptions.Item>
            {p.village && <Descriptions.Item label="驻村">{p.village}</Descriptions.Item>}
            {p.teamRole && <Descriptions.Item label="队内职务">{labelOf(TEAM_ROLE, p.teamRole)}</Descriptions.Item>}
            <Descriptions.Item label="联系领导">{p.liaisonLeader}</Descriptions.Item>
            <Descriptions.Item label="帮带领导">{p.mentor}</Descriptions.Item>
            <Descriptions.Item label="意外险">{p.insured ? `已购买${p.insurancePolicyNo ? `（${p.insurancePolicyNo}）` : ''}` : '未购买'}</Descriptions.Item>
            <Descriptions.Item label="党组织关系">{p.partyRelationTransferred ? '已转接' : '未转接'}</Descriptions.Item>
            {p.actualEndDate && <Descriptions.Item label="实际结束日期">{formatDateDotted(p.actualEndDate)}</Descriptions.Item>}
            {p.endReason && <Descriptions.Item label="结束原因">{labelOf(END_REASON, p.endReason)}</Descriptions.Item>}
            {p.endApprovedBy && <Descriptions.Item label="批准人（单位）">{p.endApprovedBy}</Descriptions.Item>}
            {p.endNote && (
              <Descriptions.Item label="说明" span={2}>
                {p.endNote}
              </Descriptions.Item>
            )}
            {link(data?.pair, '互派对象')}
            {link(data?.replaces, '接替的挂职')}
            {link(data?.replacedBy, '接替人员')}
            {p.remarks && (
              <Descriptions.Item label="备注" span={2}>
                {p.remarks}
              </Descriptions.Item>
            )}
          </Descriptions>
          {!!data?.extensions.length && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                延期记录
              </Typography.Title>
              <Timeline
                items={data.extensions.map((e) => ({
                  content: `${formatDateDotted(e.decidedOn)} 经${e.approvedBy}批准，期满日期由${formatDateDotted(e.previousEndDate)}延至${formatDateDotted(e.newEndDate)}。理由：${e.reason}`,
                }))}
              />
            </>
          )}
          {data?.review && (
            <Descriptions size="small" bordered column={1} title="期满考察" style={{ marginTop: 16 }}>
              <Descriptions.Item label="等次">{labelOf(grades, data.review.grade ?? '') || '未定'}</Descriptions.Item>
              <Descriptions.Item label="考察单位">{labelOf(ASSESSING_UNIT, data.review.assessingUnit)}</Descriptions.Item>
              <Descriptions.Item label="个人总结">{data.review.selfSummary || <Typography.Text type="danger">缺</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label="接收单位鉴定">{data.review.hostOpinion || <Typography.Text type="danger">缺</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label="派出单位意见">{data.review.homeOpinion || <Typography.Text type="danger">缺</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label="组织部意见">{data.review.orgDeptOpinion}</Descriptions.Item>
            </Descriptions>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            挂职经历
          </Typography.Title>
          <Table<Row<'postings'>>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data?.history ?? []}
            rowClassName={(r) => (r.id === p.id ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => props.onOpen(r.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: '起止时间', render: (_v, r) => period(r), width: 190 },
              { title: '类型', render: (_v, r) => labelOf(POSTING_TYPE, r.type), width: 100 },
              { title: '挂职单位及职务', render: (_v, r) => `${u(r.receivingUnitId)} ${r.secondedPost}` },
              { title: '状态', render: (_v, r) => labelOf(POSTING_STATUS, r.status), width: 80 },
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
