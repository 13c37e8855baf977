import { can } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink, ErrorSummary } from "nhsuk-react-components";
import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { ConsentDetails } from "./consent-details.tsx";
import { ConsentStatusTag } from "./consent-status-tag.tsx";
import { Consequences } from "./consequences.tsx";
import { EvidenceForm } from "./evidence-form.tsx";
import { evidenceProblemOf } from "./evidence-state.ts";
import { LinkPicturesForm } from "./link-pictures-form.tsx";
import { LinkedPictures } from "./linked-pictures.tsx";
import { WithdrawForm } from "./withdraw-form.tsx";
import "./consent.css";

/**
 * The new-consent page's word that the record was saved but its signed form was not: kept for
 * this visit, then taken out of the history so a reload does not say it again.
 */
function useEvidenceProblem(): [string | null, () => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState(() => evidenceProblemOf(location.state));
  useEffect(() => {
    if (evidenceProblemOf(location.state) === null) return;
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [location, navigate]);
  return [problem, () => setProblem(null)];
}

/** `/consents/:id`: one person's consent, its pictures, the signed form, and withdrawing it and what that did. */
export function ConsentPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const consent = useQuery(trpc.consent.get.queryOptions({ id }));
  const { errors, notice, handlers } = usePageForms();
  const [evidenceProblem, clearEvidenceProblem] = useEvidenceProblem();
  usePageTitle(consent.data ? `Consent: ${consent.data.subjectName}` : "Consent", errors !== null || evidenceProblem !== null);

  if (consent.isPending) return <Loading />;
  if (consent.isError) return <QueryError error={consent.error} />;
  const data = consent.data;
  const manage = can(user.roles, "consent.manage");
  const ended = data.status === "withdrawn" || data.status === "expired";

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/consents">
          Back to the consent register
        </BackLink>
        {evidenceProblem && !errors && !notice ? (
          <ErrorSummary>
            <ErrorSummary.Title>The consent is recorded, but the signed form was not uploaded</ErrorSummary.Title>
            <ErrorSummary.List>
              <ErrorSummary.ListItem href="#evidence-upload">{evidenceProblem} Upload it again below.</ErrorSummary.ListItem>
            </ErrorSummary.List>
          </ErrorSummary>
        ) : (
          <PageFormMessages errors={errors} notice={notice} />
        )}
        <h1>
          <span className="nhsuk-caption-l">
            Consent<span className="nhsuk-u-visually-hidden">: </span>
          </span>
          {data.subjectName}
        </h1>
        <p>
          <ConsentStatusTag status={data.status} />
        </p>
        {ended && <Consequences consent={data} />}
        <h2>Details</h2>
        <ConsentDetails consent={data} />
        {manage && <EvidenceForm consentId={data.id} hasFile={data.evidenceFile !== null} onUploaded={clearEvidenceProblem} {...handlers} />}
        <h2>Pictures</h2>
        <LinkedPictures assets={data.assets} />
        {manage && data.status === "live" && <LinkPicturesForm consent={data} handlers={handlers} />}
        {manage && data.status !== "withdrawn" && (
          <section aria-labelledby="withdraw-heading">
            <h2 id="withdraw-heading">Withdraw consent</h2>
            <WithdrawForm consentId={data.id} {...handlers} />
          </section>
        )}
      </div>
    </div>
  );
}
