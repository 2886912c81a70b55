import { Select, type SelectProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useStore } from '../../app/store-context';
import { searchOnPostPostings } from '../../db/queries/attendance-postings';
import { T } from './texts';

/** Picks an on-post posting by the cadre's name, pinyin initials or ID number (searched through indexes). */
export function PostingPicker(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const store = useStore();
  const [q, setQ] = useState('');
  const options = useLiveQuery(() => searchOnPostPostings(store.db, q, props.value), [store, q, props.value]);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={T.picker.placeholder}
      notFoundContent={T.picker.notFound}
      options={(options ?? []).map((o) => ({ value: o.postingId, label: o.label }))}
      {...props}
    />
  );
}
