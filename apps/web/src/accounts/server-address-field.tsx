import { Button, TextInput } from "nhsuk-react-components";

/** The platform server's address, with a shortcut to the demo's local fake of it when there is one. */
export function ServerAddressField({
  id,
  label,
  hint,
  value,
  onChange,
  fakeBaseUrl,
  platformLabel,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  fakeBaseUrl: string | null;
  platformLabel: string;
  error: string | undefined;
}) {
  return (
    <>
      <TextInput
        type="url"
        label={label}
        id={id}
        name="baseUrl"
        hint={fakeBaseUrl ? `${hint}${hint.endsWith(".") ? "" : "."} In the demo, Gatehouse's local ${platformLabel} fake is at ${fakeBaseUrl}.` : hint}
        autoComplete="off"
        spellCheck={false}
        value={value}
        error={error}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {fakeBaseUrl && value !== fakeBaseUrl && (
        <Button
          type="button"
          secondary
          small
          onClick={() => {
            onChange(fakeBaseUrl);
          }}
        >
          Use Gatehouse's local {platformLabel} fake
        </Button>
      )}
    </>
  );
}
