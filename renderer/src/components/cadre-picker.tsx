import { Select, type SelectProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useStore } from '../app/store-context';
import { searchCadres } from '../db/queries/cadres';
import { getLive } from '../db/queries/live';
import { T } from './texts';

/**
 * Picks a registered cadre by name, pinyin initials or ID number (searched through indexes, 30
 * matches at a time). Shows the home unit and the ID tail so namesakes can be told apart.
 */
export function CadrePicker(props: Omit<SelectProps<string>, 'options' | 'showSearch'> & { unitName: (id: string) => string }) {
  const { unitName, ...rest } = props;
  const store = useStore();
  const [q, setQ] = useState('');
  const found = useLiveQuery(() => searchCadres(store.db, q, 30), [store, q]);
  const current = useLiveQuery(() => getLive(store.db.cadres, props.value), [store, props.value]);
  const options = useMemo(() => {
    const list = [...(found?.rows ?? [])];
    if (current && !list.some((c) => c.id === current.id)) list.unshift(current);
    return list.map((c) => ({ value: c.id, label: T.cadrePicker.option(c.name, unitName(c.homeUnitId), c.idCardNo?.slice(-4) ?? '') }));
  }, [found, current, unitName]);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={T.cadrePicker.placeholder}
      notFoundContent={q ? T.cadrePicker.notFound : T.cadrePicker.typeToSearch}
      options={options}
      {...rest}
    />
  );
}
