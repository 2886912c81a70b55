import { TreeSelect } from 'antd';
import { T } from './texts';

/** A multi-select filter over the unit tree (matches the unit and everything below it). */
export function UnitFilter(props: { label: string; value: string[]; onChange: (ids: string[]) => void; treeData: object[]; className?: string }) {
  return (
    <TreeSelect
      multiple
      allowClear
      showSearch
      treeNodeFilterProp="title"
      placeholder={T.unitFilter.placeholder(props.label)}
      aria-label={T.unitFilter.aria(props.label)}
      {...(props.className ? { className: props.className } : { style: { minWidth: 200 } })}
      value={props.value}
      onChange={props.onChange}
      treeData={props.treeData}
      maxTagCount={1}
      maxTagPlaceholder={(omitted) => T.unitFilter.more(omitted.length + 1)}
    />
  );
}
