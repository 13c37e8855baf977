import { CORNER_LABELS, CORNERS, KIT_LIMITS } from "@gatehouse/policy";
import { Button, Fieldset, Radios, TextInput } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import type { FormErrors } from "../components/form-errors.ts";
import { ColoursFields } from "./colours-fields.tsx";
import type { KitDraft } from "./kit-draft.ts";
import { StrapFields } from "./strap-fields.tsx";

const pc = (share: number) => `${Math.round(share * 1000) / 10}`;

/** Where the logo goes and how large, the kit's colours and its strap; the page owns the draft so the preview follows every change. */
export function KitForm({
  draft,
  onChange,
  onSubmit,
  saving,
  errors,
}: {
  draft: KitDraft;
  onChange: (draft: KitDraft) => void;
  onSubmit: () => void;
  saving: boolean;
  errors: FormErrors | null;
}) {
  const set = (change: Partial<KitDraft>) => {
    onChange({ ...draft, ...change });
  };
  return (
    <form
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Fieldset>
        <Fieldset.Legend size="m">Placement</Fieldset.Legend>
        <Radios name="corner" legend="Corner" legendProps={{ size: "s" }} error={errors?.fields.corner} inline small>
          {CORNERS.map((corner, index) => (
            <Radios.Item
              key={corner}
              id={index === 0 ? "corner" : `corner-${corner}`}
              value={corner}
              checked={draft.corner === corner}
              onChange={() => {
                set({ corner });
              }}
            >
              {CORNER_LABELS[corner]}
            </Radios.Item>
          ))}
        </Radios>
        <TextInput
          label="Clear space around the logo"
          labelProps={{ size: "s" }}
          id="margin"
          name="margin"
          hint={`As a percentage of the picture's shorter side, from ${pc(KIT_LIMITS.margin.min)} to ${pc(KIT_LIMITS.margin.max)}.`}
          inputMode="decimal"
          width={4}
          suffix="%"
          autoComplete="off"
          value={draft.margin}
          error={errors?.fields.margin}
          onChange={(event) => {
            set({ margin: event.target.value });
          }}
        />
        <TextInput
          label="Logo width"
          labelProps={{ size: "s" }}
          id="size"
          name="size"
          hint={`As a percentage of the picture's shorter side, from ${pc(KIT_LIMITS.size.min)} to ${pc(KIT_LIMITS.size.max)}. The logo is never drawn wider than its file.`}
          inputMode="decimal"
          width={4}
          suffix="%"
          autoComplete="off"
          value={draft.size}
          error={errors?.fields.size}
          onChange={(event) => {
            set({ size: event.target.value });
          }}
        />
        <TextInput
          label="Smallest logo width"
          labelProps={{ size: "s" }}
          id="minWidth"
          name="minWidth"
          hint={`In pixels, from ${KIT_LIMITS.minWidth.min} to ${KIT_LIMITS.minWidth.max}: on small pictures the logo is never narrower than this. The logo file must be at least this wide.`}
          inputMode="numeric"
          width={4}
          suffix="px"
          autoComplete="off"
          value={draft.minWidth}
          error={errors?.fields.minWidth}
          onChange={(event) => {
            set({ minWidth: event.target.value });
          }}
        />
      </Fieldset>
      <ColoursFields
        rows={draft.colours}
        onChange={(colours) => {
          set({ colours });
        }}
        errors={errors}
      />
      <StrapFields value={draft} colours={draft.colours} onChange={set} errors={errors} />
      <Button type="submit" disabled={saving}>
        Save the brand kit
      </Button>
    </form>
  );
}
