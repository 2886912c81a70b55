import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from '../app/store-context';

/** Picks a leave rule set or subsidy rule (the presets and any the 组织部 added). */
export function RuleSelect(props: { table: 'leaveRuleSets' | 'subsidyRules'; value?: string | null; onChange?: (v: string | null) => void }) {
  const store = useStore();
  const [rules, setRules] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    store.db
      .table(props.table)
      .toArray()
      .then((rs: { id: string; name: string; _deleted: boolean }[]) => setRules(rs.filter((r) => !r._deleted)));
  }, [store, props.table]);
  return <Select allowClear value={props.value ?? undefined} onChange={(v) => props.onChange?.(v ?? null)} options={rules.map((r) => ({ value: r.id, label: r.name }))} placeholder="未指定" />;
}
