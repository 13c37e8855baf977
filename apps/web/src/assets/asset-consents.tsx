import { can } from "@gatehouse/policy";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { formatDate } from "../components/format.ts";
import { ConsentStatusTag } from "../consent/consent-status-tag.tsx";
import { subjectKindLabel } from "../consent/labels.ts";
import { platformList } from "../screening/merge-findings.ts";
import type { AssetView } from "./types.ts";

/** The consents recorded for the people in the picture; names only for those who keep the register. */
export function AssetConsents({ asset }: { asset: AssetView }) {
  const user = useCurrentUser();
  const register = can(user.roles, "consent.view");
  return (
    <>
      {asset.consents.length === 0 ? (
        <p>No consent is recorded for anyone in this picture.</p>
      ) : (
        <Table caption="Consent recorded for people in this picture" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Person</Table.Cell>
              <Table.Cell>Face</Table.Cell>
              <Table.Cell>Platforms</Table.Cell>
              <Table.Cell>Ends</Table.Cell>
              <Table.Cell>Status</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {asset.consents.map((consent, index) => {
              const kind = subjectKindLabel(consent.subjectKind);
              const who = consent.subjectName ? `${consent.subjectName} (${kind})` : `Person ${index + 1} (${kind})`;
              return (
                <Table.Row key={consent.id}>
                  <Table.Cell>{register ? <Link to={`/consents/${consent.id}`}>{who}</Link> : who}</Table.Cell>
                  <Table.Cell>{consent.faceIndex === null ? "Not said" : `Face ${consent.faceIndex + 1}`}</Table.Cell>
                  <Table.Cell>{platformList(consent.platforms)}</Table.Cell>
                  <Table.Cell>{consent.expiresAt ? formatDate(consent.expiresAt) : "No end date"}</Table.Cell>
                  <Table.Cell>
                    <ConsentStatusTag status={consent.status} />
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      {can(user.roles, "consent.manage") && (
        <p>
          <Link to={`/consents/new?assetId=${encodeURIComponent(asset.id)}`}>Record consent for a person in this photo</Link>
        </p>
      )}
    </>
  );
}
