import { Details, Textarea } from "nhsuk-react-components";
import { useBrandSettings } from "../brand/use-brand-settings.ts";
import { AltTextField } from "./alt-text-field.tsx";
import { ClassificationRadios } from "./classification-radios.tsx";
import { TagsField } from "./tags-field.tsx";
import type { UploadDetails } from "./upload-details.ts";

/**
 * Label, tags, caption and alt text for the photos chosen next, so a batch from one event is
 * described once. Folded away: choosing photos stays the first thing on the page.
 */
export function UploadDetailsFields({ value, onChange }: { value: UploadDetails; onChange: (details: UploadDetails) => void }) {
  const settings = useBrandSettings();
  return (
    <Details expander>
      <Details.Summary>Label, tags, caption and alt text (optional)</Details.Summary>
      <Details.Text>
        <p>
          What you fill in here is saved with every photo you choose next. You can change it later on each photo's page. A brand guardian checks
          the label, tags and alt text before a photo is published.
        </p>
        <ClassificationRadios
          value={value.classification}
          onChange={(classification) => {
            onChange({ ...value, classification });
          }}
        />
        <TagsField
          taxonomy={settings.data?.taxonomy ?? []}
          value={value.tags}
          onChange={(tags) => {
            onChange({ ...value, tags });
          }}
        />
        <Textarea
          label="Caption"
          labelProps={{ size: "s" }}
          id="caption"
          name="caption"
          hint="What the photos show and where. Do not credit the photographer: official content is never credited to a person."
          rows={2}
          value={value.caption}
          onChange={(event) => {
            onChange({ ...value, caption: event.target.value });
          }}
        />
        <AltTextField
          value={value.altText}
          onChange={(altText) => {
            onChange({ ...value, altText });
          }}
        />
      </Details.Text>
    </Details>
  );
}
