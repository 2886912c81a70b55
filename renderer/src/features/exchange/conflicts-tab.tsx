import { App, Button, Checkbox, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ENTITY_TABLES, type TableName } from '@shared/domain/tables';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { ConflictRow } from '../../db/database';
import { resolveConflict, type ConflictAction } from '../../db/operations';
import { listConflicts, listPartners } from '../../db/queries/exchange';
import { conflictTitles } from '../../db/queries/record-titles';
import { fieldLabel, sideText, siteName, stampTime } from './conflict-values';
import { T } from './texts';

/** 冲突: every conflict entry with both values and both PCs; keep / use the other / restore. */
export function ConflictsTab() {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const [onlyOpen, setOnlyOpen] = useState(true);
  const rows = useLiveQuery(() => listConflicts(store.db), [store]);
  const partners = useLiveQuery(() => listPartners(store.db), [store]);
  const titles = useLiveQuery(() => conflictTitles(store.db, rows ?? []), [store, rows]);
  const labels = useMemo(() => new Map((partners ?? []).map((p) => [p.siteId, p.label])), [partners]);
  const shown = (rows ?? []).filter((r) => !onlyOpen || !r.resolvedAt);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (row: ConflictRow, action: ConflictAction) => {
    setBusy(row.id);
    try {
      await resolveConflict(store, row.id, action);
      message.success(T.resolvedOk);
    } catch (e) {
      showError(e, message);
    } finally {
      setBusy(null);
    }
  };
  const who = (siteId: string, stamp: string) => `${siteName(siteId, site?.siteId, labels)} ${stampTime(stamp)}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Checkbox checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)}>
        {T.onlyOpen}
      </Checkbox>
      <Table<ConflictRow>
        size="small"
        rowKey="id"
        loading={!rows}
        locale={{ emptyText: T.noConflictRows }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={shown}
        columns={[
          {
            title: T.record,
            render: (_, r) => `${ENTITY_TABLES[r.table as TableName]?.label ?? r.table}：${titles?.get(r.id) ?? r.recordId.slice(0, 8)}`,
          },
          { title: T.field, render: (_, r) => fieldLabel(r.table, r.field) },
          { title: T.status, width: 120, render: (_, r) => <Tag color={r.kind === 'deleteEdit' ? 'red' : 'orange'}>{T.kind[r.kind]}</Tag> },
          { title: T.kept, render: (_, r) => <span>{sideText(r, 'kept')}<br /><small>{who(r.keptSite, r.keptStamp)}</small></span> },
          { title: T.lost, render: (_, r) => <span>{sideText(r, 'lost')}<br /><small>{who(r.lostSite, r.lostStamp)}</small></span> },
          { title: T.detectedAt, width: 140, render: (_, r) => stampTime(r.detectedAt) },
          {
            title: T.actions,
            width: 230,
            render: (_, r) =>
              r.resolvedAt ? (
                <Tag color="green">{T.resolved[r.resolution ?? 'keep']}</Tag>
              ) : (
                <Space size={4} wrap>
                  <Button size="small" loading={busy === r.id} onClick={() => void act(r, 'keep')}>
                    {T.keep}
                  </Button>
                  {r.kind === 'deleteEdit' ? (
                    <Button size="small" type="primary" loading={busy === r.id} onClick={() => void act(r, 'restore')}>
                      {T.restore}
                    </Button>
                  ) : (
                    <Button size="small" type="primary" loading={busy === r.id} onClick={() => void act(r, 'useOther')}>
                      {T.useOther}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </Space>
  );
}
