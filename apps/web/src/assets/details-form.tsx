import { CLASSIFICATIONS, type Classification } from "@gatehouse/policy";
import { Button, Radios, TextInput, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import type { AssetView } from "./types.ts";
import { useAssetUpdate } from "./use-asset-update.ts";

const FIELDS = ["caption", "altText", "classification", "tags"];

/** "ward, nurses, , flu" -> ["ward", "nurses", "flu"] */
export function tagsFrom(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

/** Caption, alt text, security label and tags; the API names each field as this form does (`tags.3` is the tags box). */
export function DetailsForm({ asset, handlers }: { asset: AssetView; handlers: PageFormHandlers }) {
  const update = useAssetUpdate();
  const [caption, setCaption] = useState(asset.caption ?? "");
  const [altText, setAltText] = useState(asset.altText ?? "");
  const [classification, setClassification] = useState<Classification | "">(asset.classification ?? "");
  const [tags, setTags] = useState(asset.tags.join(", "));

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { id: asset.id, caption, altText, classification: classification === "" ? null : classification, tags: tagsFrom(tags) },
      {
        onSuccess: () => handlers.onDone("The picture's details are saved."),
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
      <Textarea
        label="Caption"
        id="caption"
        name="caption"
        hint="What the picture shows and where, for the library and as a starting point for the post."
        rows={3}
        value={caption}
        error={handlers.errors?.fields.caption}
        onChange={(event) => {
          setCaption(event.target.value);
        }}
      />
      <Textarea
        label="Alt text"
        id="altText"
        name="altText"
        hint="Describe the picture for people who cannot see it. It goes out with every post that uses the picture."
        rows={3}
        value={altText}
        error={handlers.errors?.fields.altText}
        onChange={(event) => {
          setAltText(event.target.value);
        }}
      />
      <Radios name="classification" legend="Security classification" legendProps={{ size: "s" }} error={handlers.errors?.fields.classification} small>
        {CLASSIFICATIONS.map((value, index) => (
          <Radios.Item
            key={value}
            id={index === 0 ? "classification" : `classification-${value}`}
            value={value}
            checked={classification === value}
            onChange={() => {
              setClassification(value);
            }}
          >
            {value}
          </Radios.Item>
        ))}
        <Radios.Item
          id="classification-none"
          value=""
          checked={classification === ""}
          onChange={() => {
            setClassification("");
          }}
        >
          Not classified yet
        </Radios.Item>
      </Radios>
      <TextInput
        label="Tags"
        id="tags"
        name="tags"
        hint="Words to find it by, separated by commas, for example: flu, vaccination, Blaydon"
        autoComplete="off"
        value={tags}
        error={handlers.errors?.fields.tags}
        onChange={(event) => {
          setTags(event.target.value);
        }}
      />
      <Button type="submit" secondary disabled={update.isPending}>
        Save details
      </Button>
    </form>
  );
}
