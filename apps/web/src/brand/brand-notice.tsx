import { InsetText, WarningCallout } from "nhsuk-react-components";
import { formatDateTime } from "../components/format.ts";
import type { AssetView } from "../assets/types.ts";

/**
 * What a brand guardian asked the uploader to change, at the top of the picture's page where
 * the uploader lands from their notification. Once they have saved changes the request stays
 * in view, so the guardian can check it was done.
 */
export function BrandNotice({ asset }: { asset: AssetView }) {
  const { state, reason, by, at } = asset.brandReview;
  if (!reason) return null;
  if (state === "rejected") {
    return (
      <WarningCallout>
        <WarningCallout.Heading>What to change</WarningCallout.Heading>
        <p className="app-pre-line">{reason}</p>
        <p>
          {by ? `${by.name}, a brand guardian,` : "A brand guardian"} asked for this{at ? ` on ${formatDateTime(at)}` : ""}. Change the details below
          and save them: the picture then goes back for brand review.
        </p>
      </WarningCallout>
    );
  }
  if (state === "pending") {
    return (
      <InsetText>
        <p className="app-pre-line">A brand guardian had asked: {reason}</p>
        <p>The picture has been changed since and is waiting for their review again.</p>
      </InsetText>
    );
  }
  return null;
}
