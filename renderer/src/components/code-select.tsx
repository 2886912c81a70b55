import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import type { CodeList } from '@shared/domain/codes/types';
import { pinyinInitials } from '@shared/domain/pinyin';
import { T } from './texts';

interface Option {
  value: string;
  label: string;
  search: string;
}

/**
 * A picker for a standard code list: stores the code, shows the label, and finds an item by code,
 * label, short or old label, or pinyin initials (typing `hz` finds 汉族).
 */
export function CodeSelect(props: Omit<SelectProps<string>, 'options'> & { list: CodeList }) {
  const { list, ...rest } = props;
  const options = useMemo<Option[]>(
    () =>
      selectableItems(list).map((i) => ({
        value: i.code,
        label: i.label,
        search: [i.code, i.label, i.short ?? '', ...(i.aliases ?? []), pinyinInitials(i.label)].join(' ').toLowerCase(),
      })),
    [list],
  );
  return (
    <Select<string>
      showSearch={{ filterOption: (input, option) => !!option && (option as Option).search.includes(input.trim().toLowerCase()) }}
      allowClear
      placeholder={T.codeSelect(list.name)}
      options={options}
      {...rest}
    />
  );
}
