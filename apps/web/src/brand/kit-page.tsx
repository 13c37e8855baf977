import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { InsetText } from "nhsuk-react-components";
import { useState, type ReactNode } from "react";
import { useSearchParams } from "react-router";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms, type PageFormHandlers } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { draftFrom, parseDraft, previewLayout } from "./kit-draft.ts";
import { draftErrors, kitFormErrors } from "./kit-errors.ts";
import { KitForm } from "./kit-form.tsx";
import { KitVersions } from "./kit-versions.tsx";
import { LivePreview } from "./live-preview.tsx";
import { LogoForm } from "./logo-form.tsx";
import { OrganisationSection } from "./organisation-form.tsx";
import { ScopeForm } from "./scope-form.tsx";
import { ServerPreviews } from "./server-previews.tsx";
import type { KitAnswer, KitView } from "./types.ts";
import "../assets/assets.css";
import "./brand.css";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="nhsuk-u-margin-bottom-7">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** `/brand`: the logo, its placement, the colours and strap every platform picture wears, for the organisation or one account. */
export function KitPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const accountId = params.get("account") || null;
  const answer = useQuery(trpc.brand.kit.queryOptions(accountId ? { accountId } : {}));
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  const { errors, notice, handlers } = usePageForms();
  usePageTitle("Brand kit", errors !== null);

  return (
    <>
      <PageFormMessages errors={errors} notice={notice} />
      <h1>Brand kit</h1>
      <p>
        Every picture posted to an official account wears the brand kit: the organisation's logo in its corner with clear space around it,
        and a strap if the kit has one (CO23 §3.5.4, NWL §6.12). The library's previews and thumbnails do not.
      </p>
      <ScopeForm
        key={accountId ?? ""}
        accountId={accountId}
        accounts={accounts.data ?? []}
        withOwnKit={answer.data?.accountsWithOwnKit ?? []}
        onChoose={(id) => {
          setParams(id ? { account: id } : {});
        }}
      />
      {answer.isPending ? (
        <Loading />
      ) : answer.isError ? (
        <QueryError error={answer.error} />
      ) : (
        <KitSections key={accountId ?? ""} answer={answer.data} accountId={accountId} handlers={handlers} />
      )}
      <OrganisationSection handlers={handlers} />
    </>
  );
}

function KitSections({ answer, accountId, handlers }: { answer: KitAnswer; accountId: string | null; handlers: PageFormHandlers }) {
  const { kit } = answer;
  return (
    <>
      {accountId && !answer.ownKit && (
        <InsetText>
          <p>This account uses the organisation's kit. Upload a logo or save the kit here to give it its own, starting from the organisation's.</p>
        </InsetText>
      )}
      <Section id="logo-heading" title="Logo">
        <LogoForm accountId={accountId} logo={kit?.logo ?? null} {...handlers} />
      </Section>
      {kit ? <KitEditor kit={kit} accountId={accountId} handlers={handlers} /> : <p>There is no brand kit yet. Upload a logo to start one.</p>}
      <Section id="versions-heading" title="Versions">
        <p>Each change saves a new version. A published post keeps the version it went out with.</p>
        <KitVersions versions={answer.versions} currentId={kit?.id ?? null} />
      </Section>
    </>
  );
}

function KitEditor({ kit, accountId, handlers }: { kit: KitView; accountId: string | null; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.brand.updateKit.mutationOptions());
  // Taken from the saved kit once: a new logo or a refetch must not wipe what is being edited.
  const [draft, setDraft] = useState(() => draftFrom(kit));

  const onSubmit = () => {
    if (update.isPending) return;
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      handlers.onError(draftErrors(parsed.fields, draft));
      return;
    }
    update.mutate(
      { accountId, ...parsed.input },
      {
        onSuccess: (saved) => {
          void queryClient.invalidateQueries(trpc.brand.kit.queryFilter());
          // Every platform picture now wears the new version.
          void queryClient.invalidateQueries(trpc.assets.pathFilter());
          handlers.onDone(`The brand kit is saved as version ${saved.version}. Pictures go out wearing it from now on.`);
        },
        onError: (error) => {
          handlers.onError(kitFormErrors(error, draft));
        },
      },
    );
  };

  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Section id="kit-heading" title="Placement, colours and strap">
            <KitForm draft={draft} onChange={setDraft} onSubmit={onSubmit} saving={update.isPending} errors={handlers.errors} />
          </Section>
        </div>
        <div className="nhsuk-grid-column-one-half app-kit-live">
          <Section id="live-heading" title="Live preview">
            <p>Drawn here as you edit, on a sample picture of each platform's size. Nothing is saved until you save the kit.</p>
            <LivePreview layout={previewLayout(draft, kit.layout)} logo={kit.logo} />
          </Section>
        </div>
      </div>
      <Section id="saved-heading" title="As saved">
        <p>Version {kit.version}, drawn by the server on the same sample pictures: exactly what posts wear.</p>
        <ServerPreviews kit={kit} />
      </Section>
    </>
  );
}
