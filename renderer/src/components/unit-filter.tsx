import { TreeSelect } from 'antd';

/** A multi-select filter over the unit tree (matches the unit and everything below it). */
export function UnitFilter(props: { label: string; value: string[]; onChange: (ids: string[]) => void; treeData: object[] }) {
  return (
    <TreeSelect
      multiple
      allowClear
      showSearch
      treeNodeFilterProp="title"
      placeholder={`${props.label}（含下级）`}
      aria-label={`按${props.label}筛选`}
      style={{ minWidth: 200 }}
      value={props.value}
      onChange={props.onChange}
      treeData={props.treeData}
      maxTagCount={1}
      maxTagPlaceholder={(omitted) => `等${omitted.length + 1}项`}
    />
  );
}
