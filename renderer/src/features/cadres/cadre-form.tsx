import { Alert, Checkbox, Col, Divider, Form, Input, Row as GridRow, Typography, Upload, Button, type FormInstance } from 'antd';
import { useState } from 'react';
import { CADRE_SEX, DEGREE, EDUCATION, ETHNICITY, HEALTH, POLITICAL_STATUS, POSITION_LEVEL, RANK } from '@shared/domain/codes';
import { STAFF_CATEGORY } from '@shared/domain/enums';
import { ageAt } from '@shared/domain/age';
import { todayIso } from '@shared/domain/dates';
import type { CadreInput } from '@shared/domain/entities/cadre';
import { validateIdCardNo } from '@shared/domain/id-card';
import type { FieldIssue } from '@shared/domain/issues';
import { CodeSelect } from '../../components/code-select';
import { enterToNext } from '../../components/enter-to-next';
import { DateItem } from '../../components/date-item';
import { UnitSelect } from '../../components/unit-select';
import type { Row } from '../../db/database';
import { photoToDataUrl } from './photo';
import { T } from './texts';
import { maxLengthRule } from '../../components/number-rule';

const col = { xs: 24, md: 12, xl: 8 };

/**
 * Every field of a cadre (DOMAIN §2.3). Typing a valid ID number fills and locks sex and birth
 * date; an invalid one is explained under the field at once.
 */
export function CadreForm(props: {
  form: FormInstance<CadreInput>;
  units: Row<'units'>[];
  initialValues: Partial<CadreInput>;
  warnings: FieldIssue[];
  onValuesChange?: (changed: Partial<CadreInput>, all: CadreInput) => void;
}) {
  const { form } = props;
  const [idState, setIdState] = useState<{ locked: boolean; age?: number }>(() => derive(props.initialValues.idCardNo));
  const photo = Form.useWatch('photo', form);

  function derive(raw: string | null | undefined): { locked: boolean; age?: number } {
    if (!raw) return { locked: false };
    const r = validateIdCardNo(raw, { today: todayIso() });
    const age = r.ok ? ageAt(r.birthDate, todayIso()) : undefined;
    return r.ok ? { locked: true, ...(age !== undefined ? { age } : {}) } : { locked: false };
  }

  /**
   * A valid number fills and locks sex and birth date; clearing it, or editing it into an invalid
   * one, empties what was derived from the old number (and its warnings) and unlocks the fields.
   */
  const onIdChange = (raw: string) => {
    const r = validateIdCardNo(raw, { today: todayIso() });
    if (r.ok) {
      form.setFieldsValue({ sex: r.sex, birthDate: r.birthDate });
      form.setFields([{ name: 'idCardNo', errors: [], warnings: r.warnings }]);
    } else {
      if (idState.locked) {
        form.setFieldsValue({ sex: undefined, birthDate: undefined } as Partial<CadreInput>);
        form.setFields([
          { name: 'sex', errors: [] },
          { name: 'birthDate', errors: [] },
        ]);
      }
      form.setFields([{ name: 'idCardNo', warnings: [], errors: raw.replace(/\s/g, '').length >= 15 ? [r.error] : [] }]);
    }
    setIdState(derive(raw));
  };

  return (
    <Form<CadreInput>
      form={form}
      initialValues={props.initialValues}
      preserve={false}
      layout="vertical"
      onKeyDown={enterToNext}
      {...(props.onValuesChange ? { onValuesChange: props.onValuesChange } : {})}
      requiredMark
      scrollToFirstError
    >
      {props.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.form.warnings}
          description={props.warnings.map((w) => w.message).join('；')}
        />
      )}
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>{T.form.basics}</Divider>
      <GridRow gutter={16}>
        <Col {...col}>
          <Form.Item name="name" label={T.label.name} required rules={[maxLengthRule(T.label.name, 30)]}>
            <Input autoFocus />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="idCardNo" label={T.label.idCardNo} required extra={T.form.idCardNoHelp}>
            <Input onChange={(e) => onIdChange(e.target.value)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="sex" label={T.label.sex} required>
            <CodeSelect list={CADRE_SEX} disabled={idState.locked} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <DateItem name="birthDate" label={idState.age !== undefined ? T.form.birthDateWithAge(idState.age) : T.label.birthDate} fieldLabel={T.label.birthDate} required disabled={idState.locked} />
        </Col>
        <Col {...col}>
          <Form.Item name="ethnicity" label={T.label.ethnicity} required>
            <CodeSelect list={ETHNICITY} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="nativePlace" label={T.label.nativePlace} rules={[maxLengthRule(T.label.nativePlace, 40)]}>
            <Input placeholder={T.form.nativePlacePlaceholder} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="birthPlace" label={T.label.birthPlace} rules={[maxLengthRule(T.label.birthPlace, 40)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="politicalStatus" label={T.label.politicalStatus} required>
            <CodeSelect list={POLITICAL_STATUS} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <DateItem kind="month" name="partyJoinDate" label={T.label.partyJoinDate} extra={T.form.partyJoinDateHelp} />
        </Col>
        <Col {...col}>
          <DateItem kind="month" name="workStartDate" label={T.label.workStartDate} required />
        </Col>
        <Col {...col}>
          <Form.Item name="health" label={T.label.health}>
            <CodeSelect list={HEALTH} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="staffCategory" label={T.label.staffCategory} required>
            <CodeSelect list={STAFF_CATEGORY} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="phone" label={T.label.phone} rules={[maxLengthRule(T.label.phone, 20)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="isReserveCadre" label={T.label.isReserveCadre} valuePropName="checked">
            <Checkbox>{T.form.reserveBox}</Checkbox>
          </Form.Item>
        </Col>
      </GridRow>

      <Divider titlePlacement="start" plain>{T.form.work}</Divider>
      <GridRow gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="homeUnitId" label={T.label.homeUnitId} required extra={T.form.homeUnitHelp}>
            <UnitSelect units={props.units} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="currentPost" label={T.label.currentPost} required rules={[maxLengthRule(T.label.currentPost, 100)]}>
            <Input placeholder={T.form.currentPostPlaceholder} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="positionLevel" label={T.label.positionLevel}>
            <CodeSelect list={POSITION_LEVEL} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="rank" label={T.label.rank}>
            <CodeSelect list={RANK} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <DateItem kind="month" name="currentPostSince" label={T.label.currentPostSince} />
        </Col>
      </GridRow>

      <Divider titlePlacement="start" plain>{T.form.education}</Divider>
      <GridRow gutter={16}>
        <Col {...col}>
          <Form.Item name="fullTimeEducation" label={T.label.fullTimeEducation}>
            <CodeSelect list={EDUCATION} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="fullTimeDegree" label={T.label.fullTimeDegree}>
            <CodeSelect list={DEGREE} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="fullTimeSchool" label={T.label.fullTimeSchool} rules={[maxLengthRule(T.label.fullTimeSchool, 100)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="inServiceEducation" label={T.label.inServiceEducation}>
            <CodeSelect list={EDUCATION} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="inServiceDegree" label={T.label.inServiceDegree}>
            <CodeSelect list={DEGREE} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="inServiceSchool" label={T.label.inServiceSchool} rules={[maxLengthRule(T.label.inServiceSchool, 100)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="professionalTitle" label={T.label.professionalTitle} rules={[maxLengthRule(T.label.professionalTitle, 60)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} xl={16}>
          <Form.Item name="expertise" label={T.label.expertise} rules={[maxLengthRule(T.label.expertise, 200)]}>
            <Input />
          </Form.Item>
        </Col>
      </GridRow>

      <Divider titlePlacement="start" plain>{T.form.more}</Divider>
      <GridRow gutter={16}>
        <Col xs={24} xl={16}>
          <Form.Item name="resume" label={T.label.resume} extra={T.form.resumeHelp} rules={[maxLengthRule(T.label.resume, 5000)]}>
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="remarks" label={T.label.remarks} rules={[maxLengthRule(T.label.remarks, 500)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
        <Col xs={24} xl={8}>
          <Form.Item name="photo" label={T.label.photo} extra={T.form.photoHelp}>
            <PhotoField value={photo} onChange={(v) => form.setFieldValue('photo', v)} />
          </Form.Item>
        </Col>
      </GridRow>
      <Typography.Text type="secondary">{T.form.footer}</Typography.Text>
    </Form>
  );
}

function PhotoField(props: { value?: string | null; onChange: (v: string | null) => void }) {
  const [error, setError] = useState<string>();
  return (
    <div>
      {props.value ? (
        <img src={props.value} alt={T.label.photo} style={{ width: 94, height: 115, objectFit: 'cover', border: '1px solid #ddd', display: 'block', marginBottom: 8 }} />
      ) : (
        <div style={{ width: 94, height: 115, border: '1px dashed #bbb', color: '#999', display: 'flex', alignItems: 'center', justifyContent: 'center', marginBottom: 8 }}>{T.form.noPhoto}</div>
      )}
      <Upload
        accept="image/jpeg,image/png"
        showUploadList={false}
        beforeUpload={(file) => {
          photoToDataUrl(file).then(
            (url) => {
              setError(undefined);
              props.onChange(url);
            },
            (e: Error) => setError(e.message),
          );
          return false;
        }}
      >
        <Button size="small">{T.form.choosePhoto}</Button>
      </Upload>
      {props.value && (
        <Button size="small" type="link" onClick={() => props.onChange(null)}>
          {T.form.removePhoto}
        </Button>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </div>
  );
}

