import { PEOPLE_DECLARATION_LABELS, PEOPLE_DECLARATIONS, type PeopleDeclaration } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Radios, Textarea } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import type { AssetView } from "./types.ts";

const HINTS: Record<PeopleDeclaration, string> = {
  none: "Nobody could be recognised: no faces, or only hands, backs or crowds too far away to make anyone out.",
  public_incidental: "Taken in a public place, where people appear only briefly and in passing, not as the subject.",
  identifiable: "Anyone who could be recognised: patients, relatives, staff or visitors. Each person's consent must be recorded.",
};

/** The API names `people` and `note`; on the asset page the note's field is `people-note`. */
const FIELD_IDS: Record<string, string> = { people: "people", note: "people-note" };

/** Who is in the picture: the uploader's (or comms', or IG's) word, which the consent gate relies on. */
export function PeopleForm({ asset, handlers }: { asset: AssetView; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const declare = useMutation(trpc.assets.declarePeople.mutationOptions());
  const [people, setPeople] = useState<PeopleDeclaration | null>(asset.people);
  const [note, setNote] = useState(asset.peopleNote ?? "");

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (declare.isPending) return;
    if (!people) {
      const message = "Choose who appears in the picture.";
      handlers.onError(formErrorsFromProblem({ code: "BAD_REQUEST", message, fields: { people: message } }, ["people"]));
      return;
    }
    declare.mutate(
      { id: asset.id, people, note: people === "public_incidental" ? note : undefined },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.assets.pathFilter());
          void queryClient.invalidateQueries(trpc.submissions.pathFilter());
          handlers.onDone(`Saved: ${PEOPLE_DECLARATION_LABELS[people].toLowerCase()}.`);
        },
        onError: (error) => {
          const problem = apiProblem(error);
          const fields = Object.fromEntries(Object.entries(problem.fields).map(([k, v]) => [FIELD_IDS[k] ?? k, v]));
          handlers.onError(formErrorsFromProblem({ ...problem, fields }, Object.values(FIELD_IDS), "people"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Radios
        name="people"
        legend="Who appears in this picture?"
        legendProps={{ size: "s" }}
        hint={asset.faceCount ? `${asset.faceCount === 1 ? "1 face was" : `${asset.faceCount} faces were`} found in it.` : undefined}
        error={handlers.errors?.fields.people}
      >
        {PEOPLE_DECLARATIONS.map((choice, index) => (
          <Radios.Item
            key={choice}
            // The first choice carries the field's id, so the error summary can take people to it.
            id={index === 0 ? "people" : `people-${choice}`}
            value={choice}
            hint={HINTS[choice]}
            checked={people === choice}
            onChange={() => {
              setPeople(choice);
            }}
          >
            {PEOPLE_DECLARATION_LABELS[choice]}
          </Radios.Item>
        ))}
      </Radios>
      {people === "public_incidental" && (
        <Textarea
          label="Where was it taken, and why do the people in it appear only briefly and incidentally?"
          id="people-note"
          name="note"
          rows={3}
          value={note}
          error={handlers.errors?.fields["people-note"]}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
      )}
      <Button type="submit" disabled={declare.isPending}>
        Save who is in the picture
      </Button>
    </form>
  );
}
