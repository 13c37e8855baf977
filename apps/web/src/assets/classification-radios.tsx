import { CLASSIFICATIONS, type Classification } from "@gatehouse/policy";
import { Radios } from "nhsuk-react-components";

/** The security label; "" is not labelled yet. The first radio carries the API's field name as its id. */
export function ClassificationRadios({
  value,
  onChange,
  error,
  hint,
}: {
  value: Classification | "";
  onChange: (value: Classification | "") => void;
  error?: string | undefined;
  hint?: string;
}) {
  return (
    <Radios name="classification" legend="Security classification" legendProps={{ size: "s" }} hint={hint} error={error} small>
      {CLASSIFICATIONS.map((label, index) => (
        <Radios.Item
          key={label}
          id={index === 0 ? "classification" : `classification-${label}`}
          value={label}
          checked={value === label}
          onChange={() => {
            onChange(label);
          }}
        >
          {label}
        </Radios.Item>
      ))}
      <Radios.Item
        id="classification-none"
        value=""
        checked={value === ""}
        onChange={() => {
          onChange("");
        }}
      >
        Not classified yet
      </Radios.Item>
    </Radios>
  );
}
