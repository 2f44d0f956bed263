import React, {type ReactNode} from 'react';

export type FilterOption = {value: string; label: string};

/**
 * One filter of a list page (forum questions, events): a labelled select whose
 * first option, `any`, does not restrict the list.
 */
export default function FilterSelect<Name extends string>({name, label, any, value, options, onChange}: {
  name: Name;
  label: ReactNode;
  any: string;
  value: string;
  options: FilterOption[];
  onChange: (name: Name, value: string) => void;
}): ReactNode {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(event) => onChange(name, event.target.value)}>
        <option value="">{any}</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </label>
  );
}
