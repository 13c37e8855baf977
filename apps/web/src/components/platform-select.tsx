import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@gatehouse/policy";
import { Select } from "nhsuk-react-components";

/** The platform of an official account: the field id and name are the API's `platform`. */
export function PlatformSelect({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <Select
      label="Platform"
      id="platform"
      name="platform"
      value={value}
      error={error}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    >
      <Select.Option value="">Choose a platform</Select.Option>
      {PLATFORMS.map((platform) => (
        <Select.Option key={platform} value={platform}>
          {PLATFORM_LABELS[platform]}
        </Select.Option>
      ))}
    </Select>
  );
}

/**
 * The select's value as the API's input. It is "" until a platform is chosen, and that goes to
 * the API as it is: the API refuses it with its own message, shown on the field, so the rule
 * and its wording live in one place.
 */
export function platformInput(value: string): Platform {
  return value as Platform;
}
