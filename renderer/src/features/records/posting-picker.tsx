import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { POSTING_STATUS } from '@shared/domain/enums';
import { useStore } from '../../app/store-context';
import { loadRecordPosting, searchRecordPostings, type RecordPosting } from '../../db/queries/log-entries';
import { T } from './texts';

function optionOf(r: RecordPosting) {
  return { value: r.posting.id, label: T.picker.option(r.cadre.name, r.unitName, r.posting.secondedPost, labelOf(POSTING_STATUS, r.posting.status)) };
}

/**
 * Picks a cadre's posting for the 纪实手册 by name, pinyin initials or ID number (through the
 * cadre indexes); cadres on post first.
 */
export function PostingPicker({ value, onChange, style }: { value: string | undefined; onChange: (postingId: string) => void; style?: React.CSSProperties }) {
  const store = useStore();
  const [q, setQ] = useState('');
  const found = useLiveQuery(() => searchRecordPostings(store.db, q), [store, q]);
  const current = useLiveQuery(() => loadRecordPosting(store.db, value), [store, value]);
  const options = useMemo(() => {
    const list = [...(found ?? [])];
    if (current && !list.some((r) => r.posting.id === current.posting.id)) list.unshift(current);
    return list.map(optionOf);
  }, [found, current]);
  return (
    <Select<string>
      aria-label={T.picker.aria}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={T.picker.placeholder}
      notFoundContent={q ? T.picker.notFound : T.picker.typeToSearch}
      options={options}
      value={value}
      onChange={onChange}
      style={{ minWidth: 420, ...style }}
    />
  );
}
