import { PEOPLE_DECLARATION_LABELS } from "@gatehouse/policy";
import { useQueries } from "@tanstack/react-query";
import { Link } from "react-router";
import { renditionSrc } from "../assets/rendition-src.ts";
import type { AssetView } from "../assets/types.ts";
import { useTRPC } from "../trpc.ts";
import "../consent/consent.css";

/** The pictures that go with the submission, each linking to its page (who is in it, consent, crops). */
export function AttachedPictures({ assetIds }: { assetIds: readonly string[] }) {
  const trpc = useTRPC();
  const assets = useQueries({ queries: assetIds.map((id) => trpc.assets.get.queryOptions({ id })) });
  return (
    <>
      <h2>Pictures</h2>
      {assetIds.length === 0 ? (
        <p>No pictures are attached.</p>
      ) : (
        <ul className="app-linked-pictures">
          {assets.map((asset, index) => (
            <li key={assetIds[index]}>
              {asset.isPending ? (
                <p role="status">Loading…</p>
              ) : asset.isError ? (
                <p>This picture could not be shown.</p>
              ) : (
                <>
                  <Link to={`/assets/${asset.data.id}`}>
                    <Thumbnail asset={asset.data} />
                    {asset.data.name}
                  </Link>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{asset.data.people ? PEOPLE_DECLARATION_LABELS[asset.data.people] : "People not declared yet"}</p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Thumbnail({ asset }: { asset: AssetView }) {
  const thumbnail = asset.renditions.find((r) => r.name === "thumbnail");
  if (!thumbnail) return null;
  // The name follows in the same link: the picture adds nothing to read out.
  return <img src={renditionSrc(asset, thumbnail)} alt="" width={160} height={160} loading="lazy" />;
}
