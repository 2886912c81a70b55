import { Alert, App, Checkbox, Col, Form, Input, List, Modal, Radio, Row as GridRow, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { isValidIsoDate } from '@shared/domain/dates';
import { INSPECTION_RATING, INSPECTION_SCOPE } from '@shared/domain/enums';
import { errorText } from '../../../app/errors';
import { useSite, useStore } from '../../../app/store-context';
import { MonthInput } from '../../../components/month-input';
import { showError } from '../../../components/form-errors';
import { UnitSelect } from '../../../components/unit-select';
import { recordInspection, type InspectionInput, type InspectionTarget } from '../../../db/operations';
import { previewInspection } from '../../../db/queries/inspections';
import { getLive } from '../../../db/queries/live';
import { listUnits } from '../../../db/queries/units';
import { PostingPicker } from '../posting-picker';
import { T } from '../texts';

type FormValues = InspectionInput & { target: 'posting' | 'unit'; postingId?: string; unitId?: string };

/** 登记检查: one cadre or a whole township, the period checked, the counts computed from the data. */
export function InspectionForm({ today, postingId, onClose }: { today: string; postingId?: string; onClose: () => void }) {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const home = useLiveQuery(() => getLive(store.db.units, site?.homeUnitId), [store, site]);
  const values = Form.useWatch([], form) as Partial<FormValues> | undefined;
  const [saving, setSaving] = useState(false);
  const I = T.inspections;
  useEffect(() => {
    if (home && !form.getFieldValue('inspectorUnit')) form.setFieldValue('inspectorUnit', home.name);
  }, [home, form]);

  const target: InspectionTarget | undefined =
    values?.target === 'unit' ? (values.unitId ? { unitId: values.unitId } : undefined) : values?.postingId ? { postingId: values.postingId } : undefined;
  const period = values && isValidIsoDate(values.periodFrom) && isValidIsoDate(values.periodTo) && values.periodFrom! <= values.periodTo! ? { from: values.periodFrom!, to: values.periodTo! } : undefined;
  const preview = useLiveQuery(
    () => (target && period ? previewInspection(store.db, target, period).then((rows) => ({ rows, error: null }), (e: unknown) => ({ rows: [], error: errorText(e) })) : undefined),
    [store, JSON.stringify(target), period?.from, period?.to],
  );

  const save = async () => {
    const v = form.getFieldsValue(true) as FormValues;
    const { target: kind, postingId: pid, unitId, ...input } = v;
    const chosen: InspectionTarget | undefined = kind === 'unit' ? (unitId ? { unitId } : undefined) : pid ? { postingId: pid } : undefined;
    if (!chosen) {
      form.setFields([{ name: kind === 'unit' ? 'unitId' : 'postingId', errors: [I.pick(kind === 'unit' ? I.unit : I.cadre)] }]);
      return;
    }
    setSaving(true);
    try {
      const made = await recordInspection(store, chosen, input, today);
      message.success(I.saved(made.length));
      onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={I.title} width={820} okText={I.save} cancelText={I.cancel} onOk={() => void save()} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<FormValues>) => {
          if (changed.rectificationRequired === false) form.setFieldValue('rectifyBy', null);
        }}
        initialValues={{
          target: 'posting',
          postingId,
          date: today,
          scope: ['recordBook'],
          rectificationRequired: false,
        }}
      >
        <GridRow gutter={12}>
          <Col span={24}>
            <Form.Item name="target" label={I.target}>
              <Radio.Group options={[{ value: 'posting', label: I.oneCadre }, { value: 'unit', label: I.township }]} />
            </Form.Item>
          </Col>
          <Col span={24}>
            {values?.target === 'unit' ? (
              <Form.Item name="unitId" label={I.unit} extra={I.unitHint} required>
                <UnitSelect units={units ?? []} />
              </Form.Item>
            ) : (
              <Form.Item name="postingId" label={I.cadre} required>
                <PostingPicker value={values?.postingId} onChange={(id) => form.setFieldValue('postingId', id)} style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
          <Col span={8}>
            <Form.Item name="date" label={I.date} required>
              <MonthInput kind="date" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="periodFrom" label={I.periodFrom} required>
              <MonthInput kind="date" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="periodTo" label={I.periodTo} required>
              <MonthInput kind="date" />
            </Form.Item>
          </Col>
          <Col span={24}>
            {preview?.error ? (
              <Alert type="warning" showIcon title={preview.error} />
            ) : (
              <List
                size="small"
                header={<Typography.Text strong>{I.preview}</Typography.Text>}
                locale={{ emptyText: I.previewEmpty }}
                dataSource={preview?.rows ?? []}
                renderItem={(r) => <List.Item data-testid="inspection-preview-row">{I.previewRow(r.name, r.expected, r.found)}</List.Item>}
                style={{ marginBottom: 12, maxHeight: 160, overflow: 'auto' }}
              />
            )}
          </Col>
          <Col span={8}>
            <Form.Item name="inspector" label={I.inspector} required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="inspectorUnit" label={I.inspectorUnit} required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="scope" label={I.scope} required>
              <Checkbox.Group options={INSPECTION_SCOPE.items.map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="rating" label={I.rating}>
              <Radio.Group options={INSPECTION_RATING.items.map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="comment" label={I.comment} extra={I.commentHint} required>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="rectificationRequired" label={I.rectificationRequired} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={9}>
            {values?.rectificationRequired && (
              <Form.Item name="rectifyBy" label={I.rectifyBy} required>
                <MonthInput kind="date" />
              </Form.Item>
            )}
          </Col>
          <Col span={9}>
            <Form.Item name="signature" label={I.signature}>
              <Input />
            </Form.Item>
          </Col>
        </GridRow>
        <Typography.Text type="secondary">{I.lockNote}</Typography.Text>
      </Form>
    </Modal>
  );
}
