import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Checkboxes } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { formErrorsFrom } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";

/** Whether ending a consent takes published posts down at once, or leaves them on the takedown list for comms. */
export function ConsentSettingsSection({ handlers }: { handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const saved = useQuery(trpc.settings.consent.queryOptions());
  return (
    <section aria-labelledby="consent-settings-heading">
      <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
      <h2 id="consent-settings-heading">When consent ends</h2>
      {saved.isPending ? (
        <p role="status">Loading…</p>
      ) : saved.isError ? (
        <p>The consent settings could not be loaded just now. Try reloading the page.</p>
      ) : (
        <ConsentSettingsForm automaticTakedown={saved.data.automaticTakedown} handlers={handlers} />
      )}
    </section>
  );
}

function ConsentSettingsForm({ automaticTakedown, handlers }: { automaticTakedown: boolean; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.settings.updateConsent.mutationOptions());
  const [automatic, setAutomatic] = useState(automaticTakedown);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { automaticTakedown: automatic },
      {
        onSuccess: (next) => {
          void queryClient.invalidateQueries(trpc.settings.consent.queryFilter());
          handlers.onDone(
            next.automaticTakedown
              ? "Consent settings saved. When consent ends, published posts are taken down at once."
              : "Consent settings saved. When consent ends, published posts are listed for the communications team to take down.",
          );
        },
        onError: (error) => handlers.onError(formErrorsFrom(error, ["automaticTakedown"], "automaticTakedown")),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Checkboxes
        name="automaticTakedown"
        hint="A person can withdraw consent at any time. With this on, posts showing them are deleted from the platform as soon as consent is withdrawn or expires. With it off, the communications team is told and takes them down from the takedowns list."
      >
        <Checkboxes.Item
          id="automaticTakedown"
          value="yes"
          checked={automatic}
          onChange={(event) => {
            setAutomatic(event.target.checked);
          }}
        >
          Automatic takedown when consent ends
        </Checkboxes.Item>
      </Checkboxes>
      <Button type="submit" secondary disabled={update.isPending}>
        Save consent settings
      </Button>
    </form>
  );
}
