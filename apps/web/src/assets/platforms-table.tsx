import { PLATFORM_LABELS } from "@gatehouse/policy";
import { Table, Tag } from "nhsuk-react-components";
import type { AssetView } from "./types.ts";

/** For each platform: may the picture go there now, and if not, every reason with its clause. */
export function PlatformsTable({ asset }: { asset: AssetView }) {
  const mustFix = asset.findings.some((f) => f.severity === "block");
  return (
    <Table caption="Can it be published?" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Platform</Table.Cell>
          <Table.Cell>Can it be published?</Table.Cell>
          <Table.Cell>Why not</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {asset.platforms.map(({ platform, findings }) => {
          const ok = !mustFix && findings.length === 0;
          return (
            <Table.Row key={platform}>
              <Table.Cell>{PLATFORM_LABELS[platform]}</Table.Cell>
              <Table.Cell>{ok ? <Tag modifier="green">Yes</Tag> : <Tag modifier="red">No</Tag>}</Table.Cell>
              <Table.Cell>
                {ok ? (
                  ""
                ) : (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {mustFix && <li>Fix the problems with the picture listed above first.</li>}
                    {findings.map((finding, index) => (
                      <li key={index}>
                        {finding.message} <span className="nhsuk-body-s nhsuk-u-secondary-text-color">({finding.clause.join(", ")})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
