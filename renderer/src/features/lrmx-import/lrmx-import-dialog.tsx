import { FileAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Collapse, Descriptions, Modal, Progress, Result, Space, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { CADRE_SEX, EDUCATION, ETHNICITY, POLITICAL_STATUS, labelOf, shortLabelOf } from '@shared/domain/codes';
import { formatMonthDotted } from '@shared/domain/dates';
import type { LrmxPlan } from '@shared/import/lrmx-plan';
import { UnitSelect } from '../../components/unit-select';
import type { LrmxImportResult } from '../../db/operations';
import { useLrmxImport, type LrmxImportState } from './use-lrmx-import';
import { T } from './texts';

function PlanTag({ plan }: { plan: LrmxPlan }) {
  if (plan.action === 'create') return <Tag color="blue">{T.tagCreate}</Tag>;
  if (plan.action === 'update') return <Tag color="orange">{T.tagUpdate(plan.name)}</Tag>;
  if (plan.action === 'unchanged') return <Tag>{T.tagUnchanged(plan.name)}</Tag>;
  return <Tag color="red">{T.tagBlocked}</Tag>;
}

/** What a new cadre is registered with (the main fields, as the clerk checks them). */
function Fields({ plan }: { plan: Extract<LrmxPlan, { action: 'create' }> }) {
  const c = plan.input;
  return (
    <Descriptions size="small" column={3} title={T.fields}>
      <Descriptions.Item label={T.label.idCardNo}>{c.idCardNo || '—'}</Descriptions.Item>
      <Descriptions.Item label={T.label.sex}>{labelOf(CADRE_SEX, c.sex)}</Descriptions.Item>
      <Descriptions.Item label={T.label.birth}>{formatMonthDotted(c.birthDate)}</Descriptions.Item>
      <Descriptions.Item label={T.label.ethnicity}>{labelOf(ETHNICITY, c.ethnicity) || '—'}</Descriptions.Item>
      <Descriptions.Item label={T.label.politicalStatus}>{shortLabelOf(POLITICAL_STATUS, c.politicalStatus) || '—'}</Descriptions.Item>
      <Descriptions.Item label={T.label.education}>{labelOf(EDUCATION, c.fullTimeEducation) || '—'}</Descriptions.Item>
      <Descriptions.Item label={T.label.workStart}>{formatMonthDotted(c.workStartDate) || '—'}</Descriptions.Item>
      <Descriptions.Item label={T.currentPost} span={2}>
        {c.currentPost}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** One person: what will happen, the clerk's choices, and what the file held that is not imported. */
function PersonCard({ state, index }: { state: LrmxImportState; index: number }) {
  const entry = state.entries[index]!;
  const plan = state.plans[index]!;
  const { person } = entry;
  const name = person.cadre.name ?? person.fileName;
  const importable = plan.action === 'create' || plan.action === 'update';
  const notImported = [...person.unmapped, ...person.ignored];
  const suggestion = person.currentPost?.unit;
  return (
    <Card
      size="small"
      data-testid="lrmx-person"
      title={
        <Space wrap>
          <Checkbox aria-label={T.include(name)} checked={entry.include && importable} disabled={!importable} onChange={(e) => state.update(index, { include: e.target.checked })} />
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary">{person.fileName}</Typography.Text>
          <PlanTag plan={plan} />
        </Space>
      }
    >
      <div style={{ display: 'flex', gap: 16 }}>
        <div style={{ width: 94, flex: 'none' }}>
          {entry.photo ? (
            <img src={entry.photo} alt={`${name}${T.photo}`} style={{ width: 94, height: 115, objectFit: 'cover', border: '1px solid #eee' }} />
          ) : (
            <div style={{ width: 94, height: 115, border: '1px dashed #ddd', display: 'grid', placeItems: 'center', color: '#999', fontSize: 12 }}>{T.noPhoto}</div>
          )}
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          {plan.action === 'blocked' && <Alert type="error" showIcon title={plan.errors.map((e) => e.message).join('；')} style={{ marginBottom: 8 }} />}
          {entry.match.kind === 'none' ? (
            <Space wrap style={{ marginBottom: 8 }}>
              <span>{T.homeUnit}</span>
              <UnitSelect
                units={state.units}
                aria-label={T.homeUnitOf(name)}
                style={{ minWidth: 280 }}
                value={entry.homeUnitId}
                onChange={(v) => state.update(index, { homeUnitId: v ?? undefined })}
              />
              <Typography.Text type="secondary">{suggestion ? T.suggested(suggestion.name) : T.noSuggestion}</Typography.Text>
            </Space>
          ) : null}
          {plan.action === 'create' && <Fields plan={plan} />}
          {plan.action === 'update' && (
            <div>
              <Typography.Text>{T.diffTitle}</Typography.Text>
              {plan.changes.map((c) => (
                <div key={c.field}>
                  <Checkbox
                    checked={!entry.keep.includes(c.field)}
                    onChange={(e) => state.update(index, { keep: e.target.checked ? entry.keep.filter((f) => f !== c.field) : [...entry.keep, c.field] })}
                  >
                    {T.change(c.label, c.before, c.after)}
                  </Checkbox>
                </div>
              ))}
              <Typography.Text type="secondary">{T.keepHint}</Typography.Text>
            </div>
          )}
          {(plan.action === 'create' || plan.action === 'update') && plan.pending.length > 0 && <Tag color="gold">{T.pending(plan.pending.join('、'))}</Tag>}
          {person.warnings.map((w) => (
            <div key={w.message}>
              <Typography.Text type="warning">{w.message}</Typography.Text>
            </div>
          ))}
          {entry.photoError && <Typography.Text type="warning">{T.photoFailed(entry.photoError)}</Typography.Text>}
          {notImported.length > 0 && (
            <Collapse
              size="small"
              ghost
              items={[
                {
                  key: 'unmapped',
                  label: T.unmappedTitle(notImported.length),
                  children: notImported.map((u) => (
                    <div key={`${u.element}${u.raw}`}>
                      <Typography.Text type="secondary">{T.unmappedItem(u.label, u.raw.length > 60 ? `${u.raw.slice(0, 60)}…` : u.raw, u.reason)}</Typography.Text>
                    </div>
                  )),
                },
              ]}
            />
          )}
        </div>
      </div>
    </Card>
  );
}

/**
 * 导入任免审批表 (issue 9 item 7): pick one or many .lrmx (or .lrm + .pic) files, see per person what
 * was read, what is not imported and why, whether it creates a cadre (home unit suggested from
 * 现任职务) or updates one on file (field by field, each change can be left out), then import all
 * in ONE transaction.
 */
export function LrmxImportDialog(props: { onClose: () => void; onImported?: (result: LrmxImportResult) => void }) {
  const { modal } = App.useApp();
  const state = useLrmxImport(props.onImported);
  const { phase } = state;
  const confirming = useRef(false);
  const close = () => {
    if (phase.kind === 'importing' || confirming.current) return;
    if (state.entries.length === 0 || phase.kind === 'done') return props.onClose();
    confirming.current = true;
    modal.confirm({
      title: T.confirmTitle,
      content: T.confirmBody,
      okText: T.close,
      cancelText: T.cancel,
      onOk: props.onClose,
      afterClose: () => {
        confirming.current = false;
      },
    });
  };
  const footer =
    phase.kind === 'done' ? (
      <Button type="primary" onClick={props.onClose}>
        {T.close}
      </Button>
    ) : (
      <Space>
        <Button onClick={close} disabled={phase.kind === 'importing'}>
          {T.cancel}
        </Button>
        <Button type="primary" disabled={state.writes.length === 0} loading={phase.kind === 'importing'} onClick={() => void state.runImport()}>
          {T.importButton(state.writes.length)}
        </Button>
      </Space>
    );
  return (
    <Modal open title={T.title} width={1000} mask={{ closable: false }} onCancel={close} footer={footer} destroyOnHidden>
      {phase.kind === 'done' ? (
        <Result status="success" title={<span role="status">{T.done(phase.result)}</span>} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {T.intro}
          </Typography.Paragraph>
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => void state.choose()} loading={phase.kind === 'reading'}>
            {state.entries.length ? T.chooseAgain : T.choose}
          </Button>
          {phase.kind === 'reading' && <Progress percent={Math.floor((phase.done * 100) / Math.max(phase.total, 1))} format={() => T.reading(phase.done, phase.total)} />}
          {phase.kind === 'failed' && <Alert type="error" showIcon role="alert" title={T.failed(phase.message)} />}
          {state.fileErrors.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={T.fileErrors(state.fileErrors.length)}
              description={state.fileErrors.map((e) => (
                <div key={e.fileName}>{T.fileError(e.fileName, e.message)}</div>
              ))}
            />
          )}
          <div style={{ maxHeight: '58vh', overflowY: 'auto' }}>
            <Space orientation="vertical" size="small" style={{ width: '100%' }}>
              {state.entries.map((e, i) => (
                <PersonCard key={`${e.person.fileName}:${i}`} state={state} index={i} />
              ))}
            </Space>
          </div>
          {state.entries.length > 0 && state.writes.length === 0 && <Typography.Text type="secondary">{T.nothingToImport}</Typography.Text>}
        </Space>
      )}
    </Modal>
  );
}
