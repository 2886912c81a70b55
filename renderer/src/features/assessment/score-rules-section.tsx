import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_WEEKLY_SCORE_RULES, type WeeklyScoreItemRule } from '@shared/domain/rules/weekly-score';
import { scoreRulesFor, type StoredScoreRules } from '@shared/domain/rules/weekly-score-sheet';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { removeScoreRules, saveScoreRules } from '../../db/operations';
import { listTownships, loadScoreRules } from '../../db/queries/weekly-scores';
import { T } from './texts';

interface RulesValues {
  items: WeeklyScoreItemRule[];
  listSize: number;
}

/** The five items (label, maximum) and the list size of one standard. */
function RulesForm(props: { townshipId: string | null; initial: RulesValues; onRemove?: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<RulesValues>();
  const items = Form.useWatch('items', form) ?? props.initial.items;
  const total = items.reduce((s, i) => s + (Number(i?.max) || 0), 0);
  const save = async () => {
    const v = { ...props.initial, ...form.getFieldsValue(true) } as RulesValues;
    try {
      await saveScoreRules(store, { townshipId: props.townshipId, items: v.items.map((i, n) => ({ ...props.initial.items[n]!, ...i })), listSize: v.listSize });
      message.success(T.rules.saved);
    } catch (e) {
      showError(e, message, form);
    }
  };
  return (
    <Form form={form} initialValues={props.initial} layout="inline" style={{ rowGap: 8 }}>
      {props.initial.items.map((item, n) => (
        <Space.Compact key={item.key} style={{ marginRight: 12 }}>
          <Form.Item name={['items', n, 'label']} noStyle>
            <Input aria-label={`${T.rules.itemLabel}${n + 1}`} maxLength={10} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name={['items', n, 'max']} noStyle>
            <InputNumber aria-label={`${T.rules.max}${n + 1}`} min={0} max={100} step={1} style={{ width: 72 }} />
          </Form.Item>
        </Space.Compact>
      ))}
      <Typography.Text type="secondary" style={{ marginRight: 16 }}>
        {T.rules.total(total)}
      </Typography.Text>
      <Form.Item name="listSize" label={T.rules.listSize}>
        <InputNumber min={1} max={10} style={{ width: 64 }} />
      </Form.Item>
      <Button type="primary" onClick={() => void save()}>
        {T.rules.save}
      </Button>
      {props.onRemove && (
        <Popconfirm title={T.rules.remove} onConfirm={props.onRemove}>
          <Button style={{ marginLeft: 8 }}>{T.rules.remove}</Button>
        </Popconfirm>
      )}
    </Form>
  );
}

/** 设置 → 周考评标准: the county's standard and the townships that score differently. */
export function ScoreRulesSection() {
  const store = useStore();
  const { message } = App.useApp();
  const sets = useLiveQuery(() => loadScoreRules(store.db), [store]);
  const townships = useLiveQuery(() => listTownships(store.db), [store]);
  const [adding, setAdding] = useState<string | null>(null);
  if (!sets || !townships) return null;
  const county = scoreRulesFor(sets, null);
  const own = sets.filter((s): s is StoredScoreRules & { townshipId: string } => !!s.townshipId);
  const shown = adding && !own.some((s) => s.townshipId === adding) ? [...own, { ...county, townshipId: adding }] : own;
  const name = (id: string) => townships.find((t) => t.id === id)?.name ?? '';
  const remove = async (id: string) => {
    try {
      await removeScoreRules(store, id);
      if (adding === id) setAdding(null);
      message.success(T.rules.removed);
    } catch (e) {
      showError(e, message);
    }
  };
  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Paragraph type="secondary">{T.rules.intro}</Typography.Paragraph>
      <Card size="small" title={`${T.rules.county}${sets.some((s) => !s.townshipId) ? '' : T.rules.default}`}>
        <RulesForm townshipId={null} initial={county === DEFAULT_WEEKLY_SCORE_RULES ? { ...county, items: county.items.map((i) => ({ ...i })) } : county} />
      </Card>
      <Card
        size="small"
        title={T.rules.townshipOwn}
        style={{ marginTop: 12 }}
        extra={
          <Select
            aria-label={T.rules.addTownship}
            placeholder={T.rules.addTownship}
            style={{ width: 200 }}
            value={null}
            onChange={(id: string) => setAdding(id)}
            options={townships.filter((t) => !own.some((s) => s.townshipId === t.id)).map((t) => ({ value: t.id, label: t.name }))}
          />
        }
      >
        {shown.map((s) => (
          <div key={s.townshipId} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{name(s.townshipId)}</Typography.Text>
            <RulesForm townshipId={s.townshipId} initial={s} onRemove={() => void remove(s.townshipId)} />
          </div>
        ))}
      </Card>
    </div>
  );
}
