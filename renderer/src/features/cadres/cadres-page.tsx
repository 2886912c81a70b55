import { App, Button, Checkbox, Drawer, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ETHNICITY, POLITICAL_STATUS, SEX } from '@shared/domain/codes';
import { shortLabelOf, labelOf } from '@shared/domain/codes/lookup';
import { ageAt } from '@shared/domain/age';
import { formatMonthDotted, todayIso } from '@shared/domain/dates';
import type { CadreInput } from '@shared/domain/entities/cadre';
import type { FieldIssue } from '@shared/domain/issues';
import { validateCadre } from '@shared/domain/rules/cadre-rules';
import { cadreDataIssues } from '@shared/domain/rules/data-quality';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { createCadre, removeCadre, updateCadre } from '../../db/operations';
import { CADRE_SEARCH_LIMIT, searchCadres } from '../../db/queries/cadres';
import { getLive } from '../../db/queries/live';
import { ValidationError } from '../../db/errors';
import { listUnits } from '../../db/queries/units';
import { LrmxImportButton } from '../lrmx-import/lrmx-import-button';
import { CadreForm } from './cadre-form';
import { T } from './texts';

type C = Row<'cadres'>;

const EMPTY: Partial<CadreInput> = { ethnicity: '01', politicalStatus: '01', staffCategory: 'civilServant', health: T.defaultHealth };

/** 干部库: search cadres by name, pinyin initials or ID number; add and edit with the full form. */
export function CadresPage(props: { openId?: string }) {
  const store = useStore();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [flagged, setFlagged] = useState(false);
  const result = useLiveQuery(() => searchCadres(store.db, query, undefined, { flagged }), [store, query, flagged]);
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
      message.success(id ? T.saved(saved.name) : T.added(saved.name));
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
      message.success(T.removed(c.name));
    } catch (e) {
      showError(e, message);
    }
  };

  const today = todayIso();
  return (
    <div>
      <div className="gzt-toolbar">
        <Input.Search
          placeholder={T.searchPlaceholder}
          allowClear
          style={{ width: 340 }}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={T.search}
        />
        <Checkbox checked={flagged} onChange={(e) => setFlagged(e.target.checked)}>
          {T.flaggedOnly}
        </Checkbox>
        <Typography.Text type="secondary">
          {result ? T.count(result.rows.length, result.more, CADRE_SEARCH_LIMIT) : ''}
          {result?.more ? T.tooMany(CADRE_SEARCH_LIMIT) : ''}
        </Typography.Text>
        <span className="gzt-spacer" />
        <LrmxImportButton />
        <Button type="primary" onClick={() => open()}>
          {T.add}
        </Button>
      </div>
      <Table<C>
        size="small"
        rowKey="id"
        loading={!result}
        dataSource={result?.rows ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => T.total(t) }}
        onRow={(c) => ({ onDoubleClick: () => open(c) })}
        columns={[
          { title: T.column.no, width: 60, render: (_v, _c, i) => i + 1 },
          { title: T.column.name, dataIndex: 'name', width: 100 },
          { title: T.column.sex, dataIndex: 'sex', width: 60, render: (v: string) => labelOf(SEX, v) },
          { title: T.column.birth, dataIndex: 'birthDate', width: 140, render: (v: string) => T.birthAndAge(formatMonthDotted(v), ageAt(v, today)) },
          { title: T.column.ethnicity, dataIndex: 'ethnicity', width: 80, render: (v: string) => labelOf(ETHNICITY, v) },
          { title: T.column.politicalStatus, dataIndex: 'politicalStatus', width: 110, render: (v: string) => shortLabelOf(POLITICAL_STATUS, v) },
          { title: T.column.homeUnit, dataIndex: 'homeUnitId', render: (v: string) => unitName.get(v) ?? T.unitGone },
          { title: T.column.currentPost, dataIndex: 'currentPost' },
          { title: T.column.idCardNo, dataIndex: 'idCardNo', width: 180 },
          ...(flagged ? [{ title: T.flaggedColumn, key: 'dq', render: (_v: unknown, c: C) => <Typography.Text type="warning">{cadreDataIssues(c).map((i) => i.message).join('；')}</Typography.Text> }] : []),
          {
            title: T.column.actions,
            width: 120,
            render: (_v, c) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => open(c)}>
                  {T.edit}
                </Button>
                <Popconfirm title={T.confirmRemove(c.name)} okText={T.remove} cancelText={T.cancel} onConfirm={() => remove(c)}>
                  <Button size="small" type="link" danger>
                    {T.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={!!editing}
        title={editing?.id ? T.editTitle : T.addTitle}
        size={1000}
        destroyOnHidden
        onClose={() => setEditing(null)}
        extra={
          <Space>
            <Button onClick={() => setEditing(null)}>{T.cancel}</Button>
            <Button type="primary" loading={saving} onClick={save}>
              {T.save}
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
