import { Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { ENTITY_TABLES, type TableName } from '@shared/domain/tables';
import type { PackageScope } from '@shared/sync/scope';
import { useStore } from '../../app/store-context';
import { exchangeLog, type ExchangeLogEntry } from '../../db/queries/exchange';
import { stampTime } from './conflict-values';
import { T } from './texts';

/** The scope of a package in a few words. */
function scopeText(scope: PackageScope | undefined): string {
  if (!scope) return '';
  if (scope.kind === 'all') return scope.restricted ? T.scopeOf.allRestricted : T.scopeOf.all;
  return T.scopeOf[scope.kind];
}

/** Per-table counts, the largest first: 挂职 12，考勤 3,650 … */
function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${ENTITY_TABLES[t as TableName]?.label ?? t} ${n}`)
    .join('，');
}

/** 记录: every package exported and imported, with partner, scope, counts, base and file name. */
export function LogTab() {
  const store = useStore();
  const rows = useLiveQuery(() => exchangeLog(store.db), [store]);
  return (
    <Table<ExchangeLogEntry>
      size="small"
      rowKey={(r) => `${r.direction}-${r.packageId}`}
      loading={!rows}
      locale={{ emptyText: T.noLog }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      dataSource={rows ?? []}
      columns={[
        { title: T.when, width: 140, render: (_, r) => stampTime(r.at) },
        { title: '', width: 60, render: (_, r) => <Tag color={r.direction === 'export' ? 'blue' : 'green'}>{T.direction[r.direction]}</Tag> },
        { title: T.partnerCol, render: (_, r) => r.partner },
        { title: T.scope, width: 120, render: (_, r) => scopeText(r.scope) },
        {
          title: T.counts,
          render: (_, r) => (
            <span>
              {countsText(r.counts)}
              {r.direction === 'import' && r.changes && (
                <>
                  <br />
                  <Typography.Text type="secondary">{T.changes(r.changes)}</Typography.Text>
                </>
              )}
            </span>
          ),
        },
        { title: T.base, width: 160, render: (_, r) => (r.base ? T.baseOf(stampTime(r.base.created)) : r.base === null ? T.baseFull : '') },
        { title: T.file, render: (_, r) => r.fileName },
        { title: T.by, width: 80, render: (_, r) => r.by ?? '' },
      ]}
    />
  );
}
