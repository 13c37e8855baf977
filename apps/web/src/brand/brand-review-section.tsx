import { useState } from "react";
import { RenditionsList } from "../assets/renditions-list.tsx";
import type { AssetView } from "../assets/types.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { BrandChecks, brandFindingsOf } from "./brand-checks.tsx";
import { BrandStateTag } from "./brand-state-tag.tsx";
import { ConsentState } from "./consent-state.tsx";
import { DecisionForms } from "./decision-forms.tsx";
import { KitChooser, useAccountsWithOwnKit } from "./kit-chooser.tsx";

/** For brand guardians: the picture as each platform gets it, the brand checks, its consent, and their decision. */
export function BrandReviewSection({ asset, handlers }: { asset: AssetView; handlers: PageFormHandlers }) {
  // Approval waits on the checks that hold wherever the picture goes, as the API's does.
  const blocked = asset.findings.some((f) => f.category.startsWith("brand.") && f.severity === "block");
  const ownKits = useAccountsWithOwnKit();
  const [accountId, setAccountId] = useState("");
  const account = ownKits.find((a) => a.id === accountId) ?? null;
  return (
    <section aria-labelledby="brand-review-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="brand-review-heading">Brand review</h2>
      <p>
        Now: <BrandStateTag state={asset.brandState} />
      </p>
      <h3>As it will go out</h3>
      <p>{account ? "Its platform's sizes, wearing the account's own brand kit." : "Each platform's size, wearing the organisation's brand kit."}</p>
      <KitChooser accounts={ownKits} value={accountId} onChange={setAccountId} />
      <RenditionsList asset={asset} platformsOnly account={account} />
      <h3 className="nhsuk-u-margin-top-5">Brand checks</h3>
      <BrandChecks asset={asset} />
      <h3>People and consent</h3>
      <ConsentState asset={asset} />
      <h3>Your decision</h3>
      {brandFindingsOf(asset).some((f) => f.severity === "warn") && <p>Check each finding marked Check before you approve.</p>}
      <DecisionForms asset={asset} blocked={blocked} handlers={handlers} />
    </section>
  );
}
