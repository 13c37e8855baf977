import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { InsetText } from "nhsuk-react-components";
import { useState } from "react";
import type { RouterOutputs } from "../api-types.ts";
import { formatDateTime } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { ConsentSettingsSection } from "./consent-settings-form.tsx";
import { draftFrom, settingsFrom } from "./settings-draft.ts";
import { settingsFormErrors } from "./settings-errors.ts";
import { SettingsForm } from "./settings-form.tsx";
import { TrySettings } from "./try-settings.tsx";

type SavedSettings = RouterOutputs["settings"]["screening"];

/** The organisation's screening settings (settings.manage); the route guard checks the capability. */
export function SettingsPage() {
  const trpc = useTRPC();
  const saved = useQuery(trpc.settings.screening.queryOptions());
  if (saved.isPending) return <SettingsLoading />;
  if (saved.isError) return <QueryError error={saved.error} />;
  return <SettingsEditor saved={saved.data} />;
}

function SettingsLoading() {
  usePageTitle("Screening settings");
  return <Loading />;
}

function SettingsEditor({ saved }: { saved: SavedSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.settings.updateScreening.mutationOptions());
  // Taken from the saved settings once: a refetch must not wipe what the admin is editing.
  const [draft, setDraft] = useState(() => draftFrom(saved.settings));
  const { errors, notice, handlers } = usePageForms();
  usePageTitle("Screening settings", errors !== null);
  const { settings, lines } = settingsFrom(draft);
  const ruleKeys = Object.entries(draft.ruleSeverity);

  const onSubmit = () => {
    if (update.isPending) return;
    update.mutate(settings, {
      onSuccess: (next) => {
        setDraft(draftFrom(next));
        void queryClient.invalidateQueries(trpc.settings.screening.queryFilter());
        handlers.onDone("Screening settings saved. Every new check uses them from now on.");
      },
      onError: (error) => {
        handlers.onError(settingsFormErrors(error, lines));
      },
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageFormMessages errors={errors} notice={notice} />
        <h1>Screening settings</h1>
        <p>
          These settings apply to every post the policy check screens: as people type, when a post is submitted, and before it is
          published.
        </p>
        <p className="nhsuk-body-s">{saved.updatedAt ? `Last saved ${formatDateTime(saved.updatedAt)}.` : "These are the default settings: nobody has changed them yet."}</p>
        {ruleKeys.length > 0 && (
          <InsetText>
            <p>
              Some single rules have their own severity, which this page keeps as it is:{" "}
              {ruleKeys.map(([rule, severity]) => `${rule} (${severity})`).join(", ")}.
            </p>
          </InsetText>
        )}
        <SettingsForm draft={draft} onChange={setDraft} onSubmit={onSubmit} errors={errors} />
        <TrySettings settings={settings} />
        <ConsentSettingsSection handlers={handlers} />
      </div>
    </div>
  );
}
