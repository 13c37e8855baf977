import { can, decideAssetAction, PEOPLE_DECLARATION_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink, SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { BrandNotice } from "../brand/brand-notice.tsx";
import { BrandReviewSection } from "../brand/brand-review-section.tsx";
import { BrandStateTag } from "../brand/brand-state-tag.tsx";
import { formatBytes, formatDateTime } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { AssetConsents } from "./asset-consents.tsx";
import { AssetFindings } from "./asset-findings.tsx";
import { DetailsSection } from "./details-section.tsx";
import { FocalPointEditor } from "./focal-point-editor.tsx";
import { MetadataSection } from "./metadata-section.tsx";
import { NearCopySection } from "./near-copy-section.tsx";
import { PeopleForm } from "./people-form.tsx";
import { PlatformsTable } from "./platforms-table.tsx";
import { RenditionsList } from "./renditions-list.tsx";
import type { AssetView } from "./types.ts";
import { UsedInList } from "./used-in-list.tsx";
import "./assets.css";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="nhsuk-u-margin-bottom-7">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** `/assets/:id`: one picture, who is in it, what stops it being published, and its details and crops. */
export function AssetPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const asset = useQuery(trpc.assets.get.queryOptions({ id }));
  const { errors, notice, handlers } = usePageForms();
  usePageTitle(asset.data ? `Picture: ${asset.data.name}` : "Picture", errors !== null);

  if (asset.isPending) return <Loading />;
  if (asset.isError) return <QueryError error={asset.error} />;
  return <AssetDetail asset={asset.data} errors={errors} notice={notice} handlers={handlers} />;
}

function AssetDetail({ asset, errors, notice, handlers }: { asset: AssetView } & ReturnType<typeof usePageForms>) {
  const user = useCurrentUser();
  const facts = { uploadedBy: asset.uploadedBy.id, brandState: asset.brandState };
  const actor = { id: user.id, roles: user.roles };
  const mayDeclare = decideAssetAction("declarePeople", facts, actor).ok;
  const edit = decideAssetAction("edit", facts, actor);

  return (
    <>
      <BackLink asElement={Link} to="/assets">
        Back to pictures
      </BackLink>
      <PageFormMessages errors={errors} notice={notice} />
      <h1>
        <span className="nhsuk-caption-l">
          Picture<span className="nhsuk-u-visually-hidden">: </span>
        </span>
        {asset.name}
      </h1>
      <BrandNotice asset={asset} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <FocalPointEditor asset={asset} editable={edit.ok} handlers={handlers} />
          <SummaryList>
            <Row label="Uploaded by">
              {asset.uploadedBy.name}
              {asset.department ? `, ${asset.department}` : ""}, {formatDateTime(asset.createdAt)}
            </Row>
            <Row label="Size">
              {asset.width} × {asset.height} pixels, {formatBytes(asset.bytes)}
            </Row>
            <Row label="People">{asset.people ? PEOPLE_DECLARATION_LABELS[asset.people] : "Not declared yet"}</Row>
            <Row label="Brand review">
              <BrandStateTag state={asset.brandState} />
              {asset.brandReview.by && asset.brandReview.at && (
                <span className="nhsuk-body-s">
                  {" "}
                  by {asset.brandReview.by.name}, {formatDateTime(asset.brandReview.at)}
                </span>
              )}
            </Row>
          </SummaryList>
        </div>
      </div>

      <Section id="people-heading" title="Who is in the picture">
        {mayDeclare ? (
          <PeopleForm asset={asset} handlers={handlers} />
        ) : (
          <p>{asset.people ? PEOPLE_DECLARATION_LABELS[asset.people] : "The uploader has not said yet."}</p>
        )}
      </Section>

      <Section id="findings-heading" title="What must be fixed">
        <AssetFindings findings={asset.findings} />
      </Section>

      <NearCopySection asset={asset} handlers={handlers} />

      <Section id="platforms-heading" title="Can it be published?">
        <PlatformsTable asset={asset} />
      </Section>

      <Section id="consents-heading" title="Consent">
        <AssetConsents asset={asset} />
      </Section>

      {can(user.roles, "brand.review") && <BrandReviewSection asset={asset} handlers={handlers} />}

      <Section id="details-heading" title="Details">
        <DetailsSection asset={asset} editable={edit.ok} refusal={!edit.ok && edit.kind === "conflict" ? edit.reason : null} handlers={handlers} />
      </Section>

      <Section id="metadata-heading" title="What the file said">
        <MetadataSection asset={asset} />
      </Section>

      <Section id="renditions-heading" title="Sizes for each platform">
        <RenditionsList asset={asset} />
      </Section>

      <Section id="used-heading" title="Used in">
        <UsedInList usedIn={asset.usedIn} />
      </Section>
    </>
  );
}
