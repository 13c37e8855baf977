import { PLATFORM_LABELS, type Platform } from "@gatehouse/policy";
import { Link } from "react-router";
import type { PostDetail } from "./types.ts";

/** The pictures the post carries, cropped as its platform gets them, each linked to its page (consent, people, findings). */
export function PostPictures({ pictures, platform }: { pictures: PostDetail["pictures"]; platform: Platform }) {
  if (pictures.length === 0) return null;
  return (
    <>
      <h2>Pictures</h2>
      <p className="nhsuk-body-s">As {PLATFORM_LABELS[platform]} gets them.</p>
      <ul className="nhsuk-list app-post-pictures">
        {pictures.map((picture) => (
          <li key={picture.assetId}>
            <img src={picture.url} alt={picture.altText || picture.name} className="app-post-pictures__image" />
            <p className="nhsuk-body-s">
              <Link to={`/assets/${picture.assetId}`}>{picture.name}</Link>
              {picture.altText ? "" : " (no alt text yet)"}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
