import { useQuery } from "@tanstack/react-query";
import { Fieldset, Tag } from "nhsuk-react-components";
import { Link } from "react-router";
import { PicturePicker } from "../assets/picture-picker.tsx";
import { SEVERITY_COLOURS, SEVERITY_LABELS } from "../screening/severity.ts";
import { useTRPC } from "../trpc.ts";
import { isPictureFinding } from "./picture-findings.ts";
import type { SubmissionFinding } from "./types.ts";
import "../screening/screening.css";

/**
 * The pictures to go with the post, chosen from the author's own library, and what the API
 * found about them when the draft was last saved. Uploading a new one leaves this page: the
 * draft is saved first, so nothing is lost.
 */
export function PictureSection({
  value,
  onChange,
  findings,
  draftId,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  findings: readonly SubmissionFinding[];
  draftId: string | null;
  error?: string | undefined;
}) {
  const trpc = useTRPC();
  const library = useQuery(trpc.assets.list.queryOptions({ mine: true }));
  const upload = draftId ? `/assets/upload?returnTo=${encodeURIComponent(`/submissions/${draftId}/edit`)}` : "/assets/upload";
  const pictureFindings = findings.filter(isPictureFinding);

  return (
    <Fieldset>
      <Fieldset.Legend size="m" headingLevel="h2">
        Pictures (optional)
      </Fieldset.Legend>
      {library.isPending ? (
        <p role="status">Loading your pictures…</p>
      ) : library.isError ? (
        <p>Your pictures could not be loaded just now. Try reloading the page: your draft is saved.</p>
      ) : library.data.length === 0 ? (
        <p>You have not uploaded any pictures yet.</p>
      ) : (
        <PicturePicker
          name="assetIds"
          legend="Your pictures"
          hint="Everyone who can be recognised in a picture needs a consent record before it can be published."
          assets={library.data}
          value={value}
          onChange={onChange}
          error={error}
        />
      )}
      <p>
        <Link to={upload}>Upload a new photo</Link> (your draft is saved, and you can come back to it)
      </p>
      {pictureFindings.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">What the pictures need</h3>
          <ul className="app-findings">
            {pictureFindings.map((finding, index) => (
              <li key={`${finding.rule}-${index}`} className={`app-finding app-finding--${finding.severity}`}>
                <Tag modifier={SEVERITY_COLOURS[finding.severity]}>{SEVERITY_LABELS[finding.severity]}</Tag>
                <p className="nhsuk-u-margin-bottom-2">{finding.message}</p>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Policy: {finding.clause.join(", ")}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Fieldset>
  );
}
