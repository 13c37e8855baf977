import type { Classification } from "@gatehouse/policy";
import { Button, InsetText, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import type { RouterInputs } from "../api-types.ts";
import { AltTextField } from "./alt-text-field.tsx";
import { ClassificationRadios } from "./classification-radios.tsx";
import { tagsDraftFrom, tagsOf } from "./tags-draft.ts";
import { TagsField } from "./tags-field.tsx";
import type { AssetView } from "./types.ts";
import { useAssetUpdate } from "./use-asset-update.ts";

const FIELDS = ["caption", "altText", "classification", "tags"];

type Changes = Omit<RouterInputs["assets"]["update"], "id">;

/** Why saving matters to a picture a brand guardian has already decided on. */
function BackToReview({ asset }: { asset: AssetView }) {
  if (asset.brandState === "pending") return null;
  return (
    <InsetText>
      <p>
        {asset.brandState === "approved"
          ? "A brand guardian has approved this picture. Saving a change sends it back to them for review, and it cannot be scheduled or published until they approve it again."
          : "Saving your changes sends the picture back to a brand guardian for review."}
      </p>
    </InsetText>
  );
}

/**
 * Caption, alt text, security label and tags; the API names each field as this form does
 * (`tags.3` is the tags field). Only what changed is sent: any change to an approved picture
 * sends it back for brand review, so saving it unchanged must not.
 */
export function DetailsForm({ asset, taxonomy, handlers }: { asset: AssetView; taxonomy: readonly string[]; handlers: PageFormHandlers }) {
  const update = useAssetUpdate();
  const [caption, setCaption] = useState(asset.caption ?? "");
  const [altText, setAltText] = useState(asset.altText ?? "");
  const [classification, setClassification] = useState<Classification | "">(asset.classification ?? "");
  const [tags, setTags] = useState(() => tagsDraftFrom(asset.tags, taxonomy));

  const changes = (): Changes => {
    const nextTags = tagsOf(tags);
    return {
      ...(caption !== (asset.caption ?? "") ? { caption } : {}),
      ...(altText.trim() !== (asset.altText ?? "").trim() ? { altText } : {}),
      ...(classification !== (asset.classification ?? "") ? { classification: classification === "" ? null : classification } : {}),
      ...(JSON.stringify(nextTags) !== JSON.stringify(asset.tags) ? { tags: nextTags } : {}),
    };
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const changed = changes();
    if (Object.keys(changed).length === 0) {
      handlers.onDone("Nothing had changed, so nothing was saved.");
      return;
    }
    update.mutate(
      { id: asset.id, ...changed },
      {
        onSuccess: () =>
          handlers.onDone(asset.brandState === "pending" ? "The picture's details are saved." : "The picture's details are saved. It has gone back for brand review."),
        onError: (error) => {
          const problem = apiProblem(error);
          const fields: Record<string, string> = {};
          for (const [key, message] of Object.entries(problem.fields)) fields[key.split(".")[0]!] ??= message;
          handlers.onError(formErrorsFromProblem({ ...problem, fields }, FIELDS, "caption"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <BackToReview asset={asset} />
      <Textarea
        label="Caption"
        labelProps={{ size: "s" }}
        id="caption"
        name="caption"
        hint="What the picture shows and where, for the library and as a starting point for the post. Do not credit the photographer: official content is never credited to a person."
        rows={3}
        value={caption}
        error={handlers.errors?.fields.caption}
        onChange={(event) => {
          setCaption(event.target.value);
        }}
      />
      <AltTextField value={altText} onChange={setAltText} error={handlers.errors?.fields.altText} />
      <ClassificationRadios
        value={classification}
        onChange={setClassification}
        error={handlers.errors?.fields.classification}
        hint="Only pictures labelled OFFICIAL are published. OFFICIAL-SENSITIVE pictures never are."
      />
      <TagsField taxonomy={taxonomy} value={tags} onChange={setTags} error={handlers.errors?.fields.tags} />
      <Button type="submit" secondary disabled={update.isPending}>
        Save details
      </Button>
    </form>
  );
}
