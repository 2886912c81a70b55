import { App, Form, Input, Modal, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { todayIso } from '@shared/domain/dates';
import { TALK_KIND, TALK_TRIGGER } from '@shared/domain/enums';
import type { InputOf } from '@shared/domain/tables';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { saveTalk } from '../../db/operations';
import { postingsOfCadre } from '../../db/queries/assessments';
import { listUnits } from '../../db/queries/units';
import { T } from './texts';

/** What the dialog is for: plan a talk, record it when held, close it after the follow-up, or correct it. */
export type TalkMode = 'plan' | 'hold' | 'close' | 'edit';

const STATUS_AFTER: Record<TalkMode, string | undefined> = { plan: 'planned', hold: 'held', close: 'closed', edit: undefined };

type Values = Partial<InputOf<'talkRecords'>>;

/** One talk through its steps (DOMAIN §2.15): 安排 → 记录谈话 → 回访办结. */
export function TalkDialog(props: { mode: TalkMode; talk?: Row<'talkRecords'>; name?: string; preset?: Values; onClose: () => void }) {
  const { mode } = props;
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const today = todayIso();
  const initial = useMemo<Values>(() => {
    const base = props.talk ? (domainFields(props.talk) as Values) : { kind: 'reminder', trigger: 'weeklyBottom', scheduledDate: today, ...props.preset };
    if (mode === 'hold') return { ...base, heldDate: base.heldDate ?? today };
    return base;
  }, [props.talk, props.preset, mode, today]);
  const cadreId = Form.useWatch('cadreId', form) ?? initial.cadreId;
  const postings = useLiveQuery(async () => (cadreId ? postingsOfCadre(store.db, cadreId) : []), [store, cadreId]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const unitName = useMemo(() => {
    const m = new Map((units ?? []).map((u) => [u.id, u.shortName || u.name]));
    return (id: string) => m.get(id) ?? '';
  }, [units]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return;
    const status = STATUS_AFTER[mode];
    const input = { ...initial, ...form.getFieldsValue(true), ...(status ? { status } : {}) } as Values;
    if (!input.postingId && postings?.length) input.postingId = postings[0]!.id;
    setSaving(true);
    try {
      await saveTalk(store, input, today, props.talk?.id);
      message.success(T.dialog.saved);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const req = (label: string) => [{ required: true, message: T.dialog.required(label) }];
  const L = T.dialog.label;
  const title = mode === 'plan' ? T.dialog.plan : mode === 'hold' ? T.dialog.hold(props.name ?? '') : mode === 'close' ? T.dialog.close(props.name ?? '') : T.dialog.edit(props.name ?? '');
  const planning = mode === 'plan' || mode === 'edit';
  const holding = mode === 'hold' || (mode === 'edit' && props.talk?.status !== 'planned');
  const closing = mode === 'close' || (mode === 'edit' && props.talk?.status === 'closed');
  return (
    <Modal open title={title} okText={T.dialog.ok} cancelText={T.dialog.cancel} onOk={() => void submit()} onCancel={props.onClose} confirmLoading={saving} width={680} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} preserve>
        {planning && (
          <>
            {!props.talk && !props.preset?.cadreId && (
              <Form.Item name="cadreId" label={L.cadre} rules={[{ required: true, message: T.dialog.pick(L.cadre) }]}>
                <CadrePicker unitName={unitName} />
              </Form.Item>
            )}
            {!props.preset?.postingId && (
              <Form.Item name="postingId" label={L.posting}>
                <Select allowClear options={(postings ?? []).map((p) => ({ value: p.id, label: T.dialog.postingOption(unitName(p.receivingUnitId), p.secondedPost) }))} />
              </Form.Item>
            )}
            <Form.Item name="kind" label={L.kind}>
              <Select options={selectableItems(TALK_KIND).map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
            <Form.Item name="trigger" label={L.trigger}>
              <Select options={selectableItems(TALK_TRIGGER).map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
            <Form.Item name="reason" label={L.reason}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="scheduledDate" label={L.scheduledDate} rules={req(L.scheduledDate)}>
              <MonthInput kind="date" />
            </Form.Item>
          </>
        )}
        {(planning || holding) && (
          <>
            <Form.Item name="talker" label={L.talker} rules={req(L.talker)}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name="recorder" label={L.recorder} rules={req(L.recorder)}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name="location" label={L.location}>
              <Input maxLength={60} />
            </Form.Item>
          </>
        )}
        {holding && (
          <>
            <Form.Item name="heldDate" label={L.heldDate} rules={req(L.heldDate)}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="content" label={L.content} rules={req(L.content)}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Form.Item name="response" label={L.response} rules={req(L.response)}>
              <Input.TextArea rows={2} maxLength={5000} />
            </Form.Item>
          </>
        )}
        {(holding || closing) && (
          <Form.Item name="followUpDate" label={L.followUpDate}>
            <MonthInput kind="date" />
          </Form.Item>
        )}
        {closing && (
          <Form.Item name="followUpResult" label={L.followUpResult} rules={req(L.followUpResult)}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
