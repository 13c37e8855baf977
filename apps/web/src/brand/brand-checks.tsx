import { Table, Tag } from "nhsuk-react-components";
import { AssetFindings } from "../assets/asset-findings.tsx";
import type { AssetFinding, AssetView } from "../assets/types.ts";
import { BRAND_CHECKS } from "./labels.ts";

/** The brand findings of the picture, wherever it goes and for each platform, each once. */
export function brandFindingsOf(asset: AssetView): AssetFinding[] {
  const all = [...asset.findings, ...asset.platforms.flatMap((p) => p.findings)].filter((f) => f.category.startsWith("brand."));
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.rule}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Result({ findings }: { findings: readonly AssetFinding[] }) {
  if (findings.some((f) => f.severity === "block")) return <Tag modifier="red">Must fix</Tag>;
  if (findings.length > 0) return <Tag modifier="yellow">Check</Tag>;
  return <Tag modifier="green">Passed</Tag>;
}

/** Each brand check with its result, and every finding under it with the clause it enforces. */
export function BrandChecks({ asset }: { asset: AssetView }) {
  const findings = brandFindingsOf(asset);
  return (
    <Table caption="Brand checks" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Check</Table.Cell>
          <Table.Cell>Result</Table.Cell>
          <Table.Cell>What was found</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {BRAND_CHECKS.map(({ category, label }) => {
          const own = findings.filter((f) => f.category === category);
          return (
            <Table.Row key={category}>
              <Table.Cell>{label}</Table.Cell>
              <Table.Cell>
                <Result findings={own} />
              </Table.Cell>
              <Table.Cell>{own.length === 0 ? "Nothing" : <AssetFindings findings={own} />}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
