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
import { MonthInput } from '../../components/month-input';
import { UnitSelect } from '../../components/unit-select';
import type { Row } from '../../db/database';
import { photoToDataUrl } from './photo';

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
}) {
  const { form } = props;
  const [idState, setIdState] = useState<{ locked: boolean; age?: number }>(() => derive(props.initialValues.idCardNo));
  const photo = Form.useWatch('photo', form);

  function derive(raw: string | null | undefined): { locked: boolean; age?: number } {
    if (!raw) return { locked: false };
    const r = validateIdCardNo(raw, { today: todayIso() });
    return r.ok ? { locked: true, age: ageAt(r.birthDate, todayIso()) } : { locked: false };
  }

  const onIdChange = (raw: string) => {
    const r = validateIdCardNo(raw, { today: todayIso() });
    if (r.ok) {
      form.setFieldsValue({ sex: r.sex, birthDate: r.birthDate });
      form.setFields([{ name: 'idCardNo', errors: [], warnings: r.warnings }]);
    } else if (raw.replace(/\s/g, '').length >= 15) {
      form.setFields([{ name: 'idCardNo', errors: [r.error] }]);
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
      requiredMark
      scrollToFirstError
    >
      {props.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="请核对以下情况（不影响保存）"
          description={props.warnings.map((w) => w.message).join('；')}
        />
      )}
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>基本信息</Divider>
      <GridRow gutter={16}>
        <Col {...col}>
          <Form.Item name="name" label="姓名" required>
            <Input maxLength={30} autoFocus />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="idCardNo" label="身份证号" required extra="填写后自动带出性别和出生日期">
            <Input maxLength={20} onChange={(e) => onIdChange(e.target.value)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="sex" label="性别" required>
            <CodeSelect list={CADRE_SEX} disabled={idState.locked} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="birthDate" label={idState.age !== undefined ? `出生日期（${idState.age}岁）` : '出生日期'} required>
            <MonthInput kind="date" disabled={idState.locked} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="ethnicity" label="民族" required>
            <CodeSelect list={ETHNICITY} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="nativePlace" label="籍贯">
            <Input maxLength={40} placeholder="如：四川开江" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="birthPlace" label="出生地">
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="politicalStatus" label="政治面貌" required>
            <CodeSelect list={POLITICAL_STATUS} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="partyJoinDate" label="入党时间" extra="中共党员（含预备党员）必填">
            <MonthInput />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="workStartDate" label="参加工作时间" required>
            <MonthInput />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="health" label="健康状况">
            <CodeSelect list={HEALTH} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="staffCategory" label="人员类别" required>
            <CodeSelect list={STAFF_CATEGORY} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="isReserveCadre" label="后备干部" valuePropName="checked">
            <Checkbox>已列入后备干部</Checkbox>
          </Form.Item>
        </Col>
      </GridRow>

      <Divider titlePlacement="start" plain>工作单位及职务</Divider>
      <GridRow gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="homeUnitId" label="工作单位" required extra="派出（原）单位，挂职期间不变">
            <UnitSelect units={props.units} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="currentPost" label="现任职务" required>
            <Input maxLength={100} placeholder="如：县发展和改革局办公室主任" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="positionLevel" label="职务层次">
            <CodeSelect list={POSITION_LEVEL} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="rank" label="职级">
            <CodeSelect list={RANK} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="currentPostSince" label="任现职时间">
            <MonthInput />
          </Form.Item>
        </Col>
      </GridRow>

      <Divider titlePlacement="start" plain>学历学位</Divider>
      <GridRow gutter={16}>
        <Col {...col}>
          <Form.Item name="fullTimeEducation" label="全日制学历">
            <CodeSelect list={EDUCATION} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="fullTimeDegree" label="全日制学位">
            <CodeSelect list={DEGREE} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="fullTimeSchool" label="全日制毕业院校系及专业">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="inServiceEducation" label="在职学历">
            <CodeSelect list={EDUCATION} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="inServiceDegree" label="在职学位">
            <CodeSelect list={DEGREE} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="inServiceSchool" label="在职毕业院校系及专业">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="professionalTitle" label="专业技术职务">
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} xl={16}>
          <Form.Item name="expertise" label="熟悉专业有何专长">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </GridRow>

      <Divider titlePlacement="start" plain>简历、照片及备注</Divider>
      <GridRow gutter={16}>
        <Col xs={24} xl={16}>
          <Form.Item name="resume" label="简历" extra="每行一段，如：2008.07--2012.05  县发展和改革局科员">
            <Input.TextArea rows={6} maxLength={5000} />
          </Form.Item>
          <Form.Item name="remarks" label="备注">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} xl={8}>
          <Form.Item name="photo" label="照片" extra="一寸证件照，自动裁成 376×460">
            <PhotoField value={photo} onChange={(v) => form.setFieldValue('photo', v)} />
          </Form.Item>
        </Col>
      </GridRow>
      <Typography.Text type="secondary">带 * 的为必填项。按回车键跳到下一项。</Typography.Text>
    </Form>
  );
}

function PhotoField(props: { value?: string | null; onChange: (v: string | null) => void }) {
  const [error, setError] = useState<string>();
  return (
    <div>
      {props.value ? (
        <img src={props.value} alt="照片" style={{ width: 94, height: 115, objectFit: 'cover', border: '1px solid #ddd', display: 'block', marginBottom: 8 }} />
      ) : (
        <div style={{ width: 94, height: 115, border: '1px dashed #bbb', color: '#999', display: 'flex', alignItems: 'center', justifyContent: 'center', marginBottom: 8 }}>无照片</div>
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
        <Button size="small">选择照片</Button>
      </Upload>
      {props.value && (
        <Button size="small" type="link" onClick={() => props.onChange(null)}>
          移除
        </Button>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </div>
  );
}

