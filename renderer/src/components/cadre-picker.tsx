import { Select, type SelectProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useStore } from '../app/store-context';
import { searchCadres } from '../db/queries/cadres';
import { getLive } from '../db/queries/live';

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
    return list.map((c) => ({ value: c.id, label: `${c.name}（${unitName(c.homeUnitId)}，身份证尾号${c.idCardNo.slice(-4)}）` }));
  }, [found, current, unitName]);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder="输入姓名、拼音首字母或身份证号查找干部"
      notFoundContent={q ? '没有找到，请先在“干部库”中登记' : '输入后查找'}
      options={options}
      {...rest}
    />
  );
}
