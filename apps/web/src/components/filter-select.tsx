import { Select } from "nhsuk-react-components";

/** One filter of a list page: a labelled select over fixed options, a third of the row wide. */
export function FilterSelect<Value extends string>({
  label,
  id,
  value,
  options,
  onChange,
}: {
  label: string;
  id: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) {
  return (
    <div className="nhsuk-grid-column-one-third">
      <Select
        label={label}
        id={id}
        name={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value as Value);
        }}
      >
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
