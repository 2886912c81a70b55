import { Select } from 'antd';
import type { Township } from '../../db/queries/weekly-scores';
import { T } from './texts';

/** Picks a township; with `withCounty`, also the whole county (value ''). */
export function TownshipChoice(props: { townships: readonly Township[]; value: string; onChange: (id: string) => void; withCounty?: boolean }) {
  const options = [...(props.withCounty ? [{ value: '', label: T.allTownships }] : []), ...props.townships.map((t) => ({ value: t.id, label: t.name }))];
  return <Select aria-label={T.township} showSearch={{ optionFilterProp: 'label' }} value={props.value} onChange={props.onChange} options={options} style={{ width: 200 }} />;
}
