import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { CONSENT_FIELDS, onThisForm, type ChosenPicture } from "./consent-draft.ts";
import { ConsentPictures } from "./consent-pictures.tsx";
import type { ConsentDetail } from "./types.ts";

/** Links the consent to more pictures the person appears in, each with the face that is them. */
export function LinkPicturesForm({ consent, handlers }: { consent: ConsentDetail; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: link } = useMutation(trpc.consent.linkAsset.mutationOptions());
  const [pictures, setPictures] = useState<ChosenPicture[]>([]);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const done: string[] = [];
    try {
      for (const picture of pictures) {
        await link({ id: consent.id, assetId: picture.assetId, faceIndex: picture.face === "" ? null : Number(picture.face) - 1 });
        done.push(picture.assetId);
      }
    } catch (error) {
      const problem = onThisForm(apiProblem(error));
      const fields = Object.fromEntries(Object.entries(problem.fields).map(([, message]) => ["pictures", message]));
      handlers.onError(formErrorsFromProblem({ ...problem, fields }, CONSENT_FIELDS, "pictures"));
      return;
    } finally {
      // Whatever was linked stays linked: only the rest are left to try again.
      setPictures((current) => current.filter((p) => !done.includes(p.assetId)));
      if (done.length > 0) {
        void queryClient.invalidateQueries(trpc.consent.pathFilter());
        void queryClient.invalidateQueries(trpc.assets.pathFilter());
      }
    }
    handlers.onDone(done.length === 1 ? "The picture is linked to this consent." : `${done.length} pictures are linked to this consent.`);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || pictures.length === 0) return;
    setSaving(true);
    void save().finally(() => {
      setSaving(false);
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ConsentPictures
        value={pictures}
        onChange={setPictures}
        error={handlers.errors?.fields.pictures}
        legend="Link more pictures"
        empty="Choose other pictures this person appears in from the library."
        exclude={consent.assets.map((a) => a.id)}
      />
      {pictures.length > 0 && (
        <Button type="submit" secondary disabled={saving}>
          Link {pictures.length === 1 ? "the picture" : `${pictures.length} pictures`}
        </Button>
      )}
    </form>
  );
}
