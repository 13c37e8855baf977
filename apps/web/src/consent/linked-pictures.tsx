import { Link } from "react-router";
import type { ConsentDetail } from "./types.ts";
import "./consent.css";

/** The pictures the person appears in, each linking to its page. */
export function LinkedPictures({ assets }: { assets: ConsentDetail["assets"] }) {
  if (assets.length === 0) return <p>No pictures are linked to this consent.</p>;
  return (
    <ul className="app-linked-pictures">
      {assets.map((asset) => (
        <li key={asset.id}>
          <Link to={`/assets/${asset.id}`}>
            <img src={asset.thumbnailUrl} alt="" width={160} height={160} loading="lazy" />
            {asset.name || "Picture"}
          </Link>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{asset.faceIndex === null ? "Face not said" : `Face ${asset.faceIndex + 1}`}</p>
        </li>
      ))}
    </ul>
  );
}
