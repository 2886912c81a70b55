import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from '../app/store-context';
import { listRuleSets } from '../db/queries/rule-sets';
import { T } from './texts';

/** Picks a leave rule set or subsidy rule (the presets and any the 组织部 added). */
export function RuleSelect(props: { table: 'leaveRuleSets' | 'subsidyRules'; value?: string | null; onChange?: (v: string | null) => void }) {
  const store = useStore();
  const [rules, setRules] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    listRuleSets(store.db, props.table).then(setRules);
  }, [store, props.table]);
  return <Select allowClear value={props.value ?? undefined} onChange={(v) => props.onChange?.(v ?? null)} options={rules.map((r) => ({ value: r.id, label: r.name }))} placeholder={T.ruleSelect} />;
}
