import { Table } from "nhsuk-react-components";
import { formatDateTime } from "../components/format.ts";
import type { KitVersion } from "./types.ts";

/** Every version of this kit, newest first as the API lists them; posts keep the version they went out with. */
export function KitVersions({ versions, currentId }: { versions: readonly KitVersion[]; currentId: string | null }) {
  if (versions.length === 0) return <p>No versions have been saved for it yet.</p>;
  return (
    <Table caption="Versions of the brand kit" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Version</Table.Cell>
          <Table.Cell>Logo</Table.Cell>
          <Table.Cell>Saved</Table.Cell>
          <Table.Cell>By</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {versions.map((v) => (
          <Table.Row key={v.id}>
            <Table.Cell>
              {v.version}
              {v.id === currentId ? " (in use)" : ""}
              <br />
              <a href={`/api/brand/kits/${encodeURIComponent(v.id)}/preview/x`} className="nhsuk-body-s">
                See it on an X picture<span className="nhsuk-u-visually-hidden"> (version {v.version})</span>
              </a>
            </Table.Cell>
            <Table.Cell>{v.logoName ?? "No logo"}</Table.Cell>
            <Table.Cell>{formatDateTime(v.createdAt)}</Table.Cell>
            <Table.Cell>{v.createdBy ?? "Gatehouse (the starting kit)"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
