import { App, Button, Drawer, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ETHNICITY, POLITICAL_STATUS, SEX } from '@shared/domain/codes';
import { shortLabelOf, labelOf } from '@shared/domain/codes/lookup';
import { ageAt } from '@shared/domain/age';
import { formatMonthDotted, todayIso } from '@shared/domain/dates';
import type { CadreInput } from '@shared/domain/entities/cadre';
import type { FieldIssue } from '@shared/domain/issues';
import { validateCadre } from '@shared/domain/rules/cadre-rules';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { createCadre, removeCadre, updateCadre } from '../../db/operations';
import { CADRE_SEARCH_LIMIT, searchCadres } from '../../db/queries/cadres';
import { getLive } from '../../db/queries/live';
import { ValidationError } from '../../db/errors';
import { listUnits } from '../../db/queries/units';
import { CadreForm } from './cadre-form';

type C = Row<'cadres'>;

const EMPTY: Partial<CadreInput> = { ethnicity: '01', politicalStatus: '01', staffCategory: 'civilServant', health: '健康' };

/** 干部库: search cadres by name, pinyin initials or ID number; add and edit with the full form. */
export function CadresPage(props: { openId?: string }) {
  const store = useStore();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const result = useLiveQuery(() => searchCadres(store.db, query), [store, query]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const unitName = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.shortName || u.name])), [units]);
  const [editing, setEditing] = useState<{ id?: string; initial: Partial<CadreInput> } | null>(null);
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<CadreInput>();

  useEffect(() => {
    if (!props.openId) return;
    getLive(store.db.cadres, props.openId).then((c) => c && setEditing({ id: c.id, initial: domainFields(c) as Partial<CadreInput> }));
  }, [props.openId, store]);

  const open = (c?: C) => {
    setWarnings([]);
    setEditing(c ? { id: c.id, initial: domainFields(c) as Partial<CadreInput> } : { initial: EMPTY });
  };

  const save = async () => {
    const values = { ...editing?.initial, ...form.getFieldsValue(true) } as CadreInput;
    const today = todayIso();
    const v = validateCadre(values, { today });
    setWarnings(v.warnings);
    if (!v.ok) return showError(new ValidationError(v.errors), message, form);
    setSaving(true);
    try {
      const id = editing?.id;
      const saved = await (id ? updateCadre(store, id, values, today) : createCadre(store, values, today));
      message.success(id ? `已保存“${saved.name}”` : `已登记“${saved.name}”`);
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (c: C) => {
    try {
      await removeCadre(store, c.id);
      message.success(`已删除“${c.name}”`);
    } catch (e) {
      showError(e, message);
    }
  };

  const today = todayIso();
  return (
    <div>
      <div className="gzt-toolbar">
        <Input.Search
          placeholder="姓名、拼音首字母（如 zs）或身份证号"
          allowClear
          style={{ width: 340 }}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="查找干部"
        />
        <Typography.Text type="secondary">
          {result ? `${result.more ? `超过${CADRE_SEARCH_LIMIT}` : result.rows.length}人` : ''}
          {result?.more ? `，仅显示前${CADRE_SEARCH_LIMIT}人，请输入更精确的条件` : ''}
        </Typography.Text>
        <span className="gzt-spacer" />
        <Button type="primary" onClick={() => open()}>
          登记干部
        </Button>
      </div>
      <Table<C>
        size="small"
        rowKey="id"
        loading={!result}
        dataSource={result?.rows ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `共${t}人` }}
        onRow={(c) => ({ onDoubleClick: () => open(c) })}
        columns={[
          { title: '序号', width: 60, render: (_v, _c, i) => i + 1 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '性别', dataIndex: 'sex', width: 60, render: (v: string) => labelOf(SEX, v) },
          { title: '出生年月（年龄）', dataIndex: 'birthDate', width: 140, render: (v: string) => `${formatMonthDotted(v)}（${ageAt(v, today)}岁）` },
          { title: '民族', dataIndex: 'ethnicity', width: 80, render: (v: string) => labelOf(ETHNICITY, v) },
          { title: '政治面貌', dataIndex: 'politicalStatus', width: 110, render: (v: string) => shortLabelOf(POLITICAL_STATUS, v) },
          { title: '工作单位', dataIndex: 'homeUnitId', render: (v: string) => unitName.get(v) ?? '（单位已删除）' },
          { title: '现任职务', dataIndex: 'currentPost' },
          { title: '身份证号', dataIndex: 'idCardNo', width: 180 },
          {
            title: '操作',
            width: 120,
            render: (_v, c) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => open(c)}>
                  修改
                </Button>
                <Popconfirm title={`确定删除“${c.name}”吗？`} okText="删除" cancelText="取消" onConfirm={() => remove(c)}>
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={!!editing}
        title={editing?.id ? '修改干部信息' : '登记干部'}
        size={1000}
        destroyOnHidden
        onClose={() => setEditing(null)}
        extra={
          <Space>
            <Button onClick={() => setEditing(null)}>取消</Button>
            <Button type="primary" loading={saving} onClick={save}>
              保存
            </Button>
          </Space>
        }
      >
        <div
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              void save();
            }
          }}
        >
          {editing && <CadreForm form={form} units={units ?? []} initialValues={editing.initial} warnings={warnings} />}
        </div>
      </Drawer>
    </div>
  );
}
