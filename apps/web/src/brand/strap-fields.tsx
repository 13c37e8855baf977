import { contrastRatio, isHexColour, WCAG_AA_TEXT } from "@gatehouse/policy";
import { Checkboxes, Select, Tag, TextInput } from "nhsuk-react-components";
import type { FormErrors } from "../components/form-errors.ts";
import type { ColourRow, KitDraft } from "./kit-draft.ts";

type StrapDraft = Pick<KitDraft, "strapOn" | "strapText" | "strapTextColour" | "strapBackground">;

/** The kit's named colours to choose from, and the saved one too if it is no longer among them. */
function ColourOptions({ rows, current }: { rows: readonly ColourRow[]; current: string }) {
  const named = rows.filter((row) => row.name.trim() !== "" && isHexColour(row.hex.trim()));
  const listed = named.some((row) => row.hex.trim() === current);
  return (
    <>
      {!listed && <Select.Option value={current}>{current || "Choose a colour"}</Select.Option>}
      {named.map((row) => (
        <Select.Option key={row.key} value={row.hex.trim()}>
          {row.name.trim()} ({row.hex.trim()})
        </Select.Option>
      ))}
    </>
  );
}

/** The contrast of the strap's text on its background, worked out as the colours are chosen. */
function Contrast({ text, background }: { text: string; background: string }) {
  if (!isHexColour(text) || !isHexColour(background)) return null;
  const ratio = contrastRatio(text, background);
  const readable = ratio >= WCAG_AA_TEXT;
  return (
    <p aria-live="polite">
      Contrast: <strong>{ratio.toFixed(1)}:1</strong>{" "}
      {readable ? (
        <Tag modifier="green">Meets WCAG AA</Tag>
      ) : (
        <>
          <Tag modifier="red">Below WCAG AA</Tag>
          <span>
            {" "}
            Text needs a contrast of at least {WCAG_AA_TEXT}:1 to be read by everyone. Choose colours further apart.
          </span>
        </>
      )}
    </p>
  );
}

/** An optional band across the bottom of every picture, with a line of text in the kit's colours. */
export function StrapFields({
  value,
  colours,
  onChange,
  errors,
}: {
  value: StrapDraft;
  colours: readonly ColourRow[];
  onChange: (strap: StrapDraft) => void;
  errors: FormErrors | null;
}) {
  return (
    <>
      <h3>Strap</h3>
      <Checkboxes name="strapOn" hint="A band of colour across the bottom of every platform picture, with a line of text such as the organisation's name.">
        <Checkboxes.Item
          id="strapOn"
          value="yes"
          checked={value.strapOn}
          onChange={(event) => {
            onChange({ ...value, strapOn: event.target.checked });
          }}
        >
          Put a strap across the bottom
        </Checkboxes.Item>
      </Checkboxes>
      {value.strapOn && (
        <div className="app-strap-fields">
          <TextInput
            label="Strap text"
            labelProps={{ size: "s" }}
            id="strapText"
            name="strapText"
            hint="80 characters at most."
            autoComplete="off"
            value={value.strapText}
            error={errors?.fields.strapText}
            onChange={(event) => {
              onChange({ ...value, strapText: event.target.value });
            }}
          />
          <Select
            label="Text colour"
            labelProps={{ size: "s" }}
            id="strapTextColour"
            name="strapTextColour"
            value={value.strapTextColour}
            error={errors?.fields.strapTextColour}
            onChange={(event) => {
              onChange({ ...value, strapTextColour: event.target.value });
            }}
          >
            <ColourOptions rows={colours} current={value.strapTextColour} />
          </Select>
          <Select
            label="Background colour"
            labelProps={{ size: "s" }}
            id="strapBackground"
            name="strapBackground"
            value={value.strapBackground}
            error={errors?.fields.strapBackground}
            onChange={(event) => {
              onChange({ ...value, strapBackground: event.target.value });
            }}
          >
            <ColourOptions rows={colours} current={value.strapBackground} />
          </Select>
          <Contrast text={value.strapTextColour} background={value.strapBackground} />
        </div>
      )}
    </>
  );
}
