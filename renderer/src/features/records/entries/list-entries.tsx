import { App, Button, Card, Form, Input, Popconfirm, Segmented, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatDateDotted } from '@shared/domain/dates';
import { effectiveEntry } from '@shared/domain/rules/record-book-entries';
import { keepsCommunityDiary } from '@shared/domain/rules/record-book-kinds';
import { useStore } from '../../../app/store-context';
import { MonthInput } from '../../../components/month-input';
import { showError } from '../../../components/form-errors';
import type { Row } from '../../../db/database';
import { removeLogEntry, saveLogEntry } from '../../../db/operations';
import { loadPostingEntries } from '../../../db/queries/log-entries';
import { T } from '../texts';
import { AmendDialog } from './amend-dialog';

type ListKind = 'study' | 'research' | 'communityDiary';

interface ListForm {
  date: string | null;
  title: string;
  content: string;
  location: string;
  outcome: string;
}

const EMPTY: ListForm = { date: null, title: '', content: '', location: '', outcome: '' };

/** 学习培训, 调研 and (for village postings) 民情日记: dated lists, several entries a day allowed. */
export function ListEntries({ posting, today }: { posting: Row<'postings'>; today: string }) {
  const store = useStore();
  const { message } = App.useApp();
  const kinds: ListKind[] = keepsCommunityDiary(posting.type) ? ['study', 'research', 'communityDiary'] : ['study', 'research'];
  const [kind, setKind] = useState<ListKind>('study');
  const [editing, setEditing] = useState<string | undefined>();
  const [amending, setAmending] = useState<Row<'logEntries'>>();
  const [form] = Form.useForm<ListForm>();
  const data = useLiveQuery(() => loadPostingEntries(store.db, posting.id), [store, posting.id]);
  const rows = useMemo(() => (data?.entries ?? []).filter((e) => e.kind === kind).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')), [data, kind]);
  const L = T.entries.lists;

  const reset = () => {
    setEditing(undefined);
    form.resetFields();
  };
  const save = async () => {
    const v = { ...EMPTY, ...form.getFieldsValue(true) } as ListForm;
    try {
      await saveLogEntry(store, { id: editing, postingId: posting.id, kind, date: v.date, title: v.title, content: v.content, location: v.location, outcome: v.outcome }, today);
      message.success(L.saved);
      reset();
    } catch (e) {
      showError(e, message, form);
    }
  };
  const edit = (e: Row<'logEntries'>) => {
    setEditing(e.id);
    form.setFieldsValue({ date: e.date, title: e.title ?? '', content: e.content, location: e.location ?? '', outcome: e.outcome ?? '' });
  };
  const remove = async (e: Row<'logEntries'>) => {
    try {
      await removeLogEntry(store, e.id);
      message.success(L.removed);
    } catch (err) {
      showError(err, message);
    }
  };

  return (
    <div>
      <Segmented<ListKind>
        value={kind}
        onChange={(k) => {
          setKind(k);
          reset();
        }}
        options={kinds.map((k) => ({ value: k, label: L[k] }))}
        style={{ marginBottom: 12 }}
      />
      <Card size="small" title={editing ? `${L.edit}${L[kind]}` : `${L.add}${L[kind]}`} style={{ marginBottom: 12 }}>
        <Form form={form} layout="inline" initialValues={EMPTY} className="gzt-list-form">
          <Form.Item name="date" label={L.date} required>
            <MonthInput kind="date" style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="title" label={T.entries.title}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="location" label={T.entries.location}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="content" label={T.entries.content} required style={{ flexBasis: '100%', marginTop: 8 }}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="outcome" label={T.entries.outcome} style={{ flexBasis: '100%', marginTop: 8 }}>
            <Input />
          </Form.Item>
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" onClick={() => void save()}>
              {L.saveButton}
            </Button>
            {editing && <Button onClick={reset}>{T.amend.cancel}</Button>}
          </Space>
        </Form>
      </Card>
      <Table<Row<'logEntries'>>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: L.empty }}
        columns={[
          { title: L.date, dataIndex: 'date', width: 110, render: (d: string) => formatDateDotted(d) },
          { title: T.entries.title, dataIndex: 'title', width: 180 },
          {
            title: T.entries.content,
            render: (_: unknown, e) => {
              const now = effectiveEntry(e, data?.amendments.get(e.id) ?? []);
              return (
                <>
                  {now.content}
                  {now.amended && <Typography.Text type="secondary">（{T.entries.amend}）</Typography.Text>}
                </>
              );
            },
          },
          { title: T.entries.location, dataIndex: 'location', width: 120 },
          {
            title: '',
            width: 130,
            render: (_: unknown, e) =>
              e.locked ? (
                <Button size="small" type="link" onClick={() => setAmending(e)}>
                  {T.entries.amend}
                </Button>
              ) : (
                <Space size={0}>
                  <Button size="small" type="link" onClick={() => edit(e)}>
                    {L.edit}
                  </Button>
                  <Popconfirm title={L.removeConfirm} onConfirm={() => void remove(e)}>
                    <Button size="small" type="link" danger>
                      {L.remove}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {amending && <AmendDialog entry={amending} amendments={data?.amendments.get(amending.id) ?? []} today={today} onClose={() => setAmending(undefined)} />}
    </div>
  );
}
