import { App, Button, Card, Col, Form, Input, InputNumber, Row as GridRow, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_RECORD_BOOK_RULES } from '@shared/domain/rules/record-book';
import { DEFAULT_RECORD_BOOK_INSTRUCTIONS, recordBookInstructionsOf } from '@shared/domain/rules/record-book-settings';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { saveRecordBookSettings, type RecordBookSettingsInput } from '../../db/operations';
import { loadRecordBookSettings } from '../../db/queries/record-book-settings';
import { T } from './texts';

type Values = { instructions: string } & Omit<RecordBookSettingsInput, 'instructions'>;

const NUMBERS = [
  ['maxDaysWithoutEntry', 1, 60],
  ['monthlyAnalysisDueDay', 1, 28],
  ['inspectionIntervalMonths', 1, 24],
  ['minDailyWords', 0, 500],
] as const;

/** 设置 → 纪实手册: the 使用说明 printed in every book, and the thresholds of the alerts and the hint. */
export function RecordBookSettingsSection() {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useLiveQuery(async () => (await loadRecordBookSettings(store.db)) ?? null, [store]);
  const S = T.settings;
  if (settings === undefined) return <Spin />;

  const save = async (v: Values) => {
    const text = v.instructions.trim();
    try {
      // The default text is stored as "none", so a later improvement of the default reaches every county that kept it.
      await saveRecordBookSettings(store, { ...v, instructions: text === DEFAULT_RECORD_BOOK_INSTRUCTIONS ? null : text });
      message.success(S.saved);
    } catch (e) {
      showError(e, message, form);
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void save(v)}
      initialValues={{
        instructions: recordBookInstructionsOf(settings),
        ...Object.fromEntries(NUMBERS.map(([key]) => [key, settings?.[key] ?? null])),
      }}
    >
      <Card size="small" title={S.instructions} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{S.instructionsHint}</Typography.Paragraph>
        <Form.Item name="instructions">
          <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} aria-label={S.instructions} />
        </Form.Item>
        <Button onClick={() => form.setFieldValue('instructions', DEFAULT_RECORD_BOOK_INSTRUCTIONS)}>{S.restoreDefault}</Button>
      </Card>
      <Card size="small" title={S.thresholds} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{S.thresholdsHint}</Typography.Paragraph>
        <GridRow gutter={16}>
          {NUMBERS.map(([key, min, max]) => (
            <Col key={key} xs={24} md={12} xl={6}>
              <Form.Item name={key} label={S.labels[key]} extra={S.defaultIs(DEFAULT_RECORD_BOOK_RULES[key])}>
                <InputNumber min={min} max={max} precision={0} placeholder={String(DEFAULT_RECORD_BOOK_RULES[key])} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </GridRow>
      </Card>
      <Space>
        <Button type="primary" htmlType="submit">
          {S.save}
        </Button>
      </Space>
    </Form>
  );
}
