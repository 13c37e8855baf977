import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Textarea, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { useBrandSettings } from "./use-brand-settings.ts";

const FIELDS = ["organisationName", "taxonomy"];

/** The lines that hold a tag, each with its line number, so a message about `taxonomy.3` names the line it came from. */
function tagLines(text: string): { tag: string; line: number }[] {
  return text.split("\n").flatMap((tag, index) => (tag.trim() === "" ? [] : [{ tag: tag.trim(), line: index + 1 }]));
}

/** The organisation's name and its tags, the taxonomy every published picture needs one of. */
export function OrganisationSection({ handlers }: { handlers: PageFormHandlers }) {
  const settings = useBrandSettings();
  return (
    <section aria-labelledby="organisation-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="organisation-heading">The organisation's name and tags</h2>
      {settings.isPending ? (
        <p role="status">Loading…</p>
      ) : settings.isError ? (
        <p>The organisation's name and tags could not be loaded just now. Try reloading the page.</p>
      ) : (
        <OrganisationForm name={settings.data.organisationName} taxonomy={settings.data.taxonomy} handlers={handlers} />
      )}
    </section>
  );
}

function OrganisationForm({ name, taxonomy, handlers }: { name: string; taxonomy: readonly string[]; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.brand.updateSettings.mutationOptions());
  const [organisationName, setOrganisationName] = useState(name);
  const [tags, setTags] = useState(taxonomy.join("\n"));

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const lines = tagLines(tags);
    update.mutate(
      { organisationName, taxonomy: lines.map((l) => l.tag) },
      {
        onSuccess: (saved) => {
          setTags(saved.taxonomy.join("\n"));
          void queryClient.invalidateQueries(trpc.brand.settings.queryFilter());
          // Every picture's tag check depends on the list.
          void queryClient.invalidateQueries(trpc.assets.pathFilter());
          handlers.onDone("The organisation's name and tags are saved.");
        },
        onError: (error) => {
          const problem = apiProblem(error);
          const fields: Record<string, string> = {};
          for (const [key, message] of Object.entries(problem.fields)) {
            const [field, index] = key.split(".");
            const line = index === undefined ? undefined : lines[Number(index)]?.line;
            fields[field ?? key] ??= line === undefined ? message : `Line ${line}: ${message}`;
          }
          handlers.onError(formErrorsFromProblem({ ...problem, fields }, FIELDS, "organisationName"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <TextInput
        label="Organisation name"
        labelProps={{ size: "s" }}
        id="organisationName"
        name="organisationName"
        hint="As it appears in a picture's file details. A picture credited to the organisation itself is not credited to a person."
        autoComplete="organization"
        value={organisationName}
        error={handlers.errors?.fields.organisationName}
        onChange={(event) => {
          setOrganisationName(event.target.value);
        }}
      />
      <Textarea
        label="Tags"
        labelProps={{ size: "s" }}
        id="taxonomy"
        name="taxonomy"
        hint="The organisation's information labelling tags, one a line. Every published picture needs at least one; people choose them when they upload or describe a picture."
        rows={8}
        value={tags}
        error={handlers.errors?.fields.taxonomy}
        onChange={(event) => {
          setTags(event.target.value);
        }}
      />
      <Button type="submit" secondary disabled={update.isPending}>
        Save name and tags
      </Button>
    </form>
  );
}
