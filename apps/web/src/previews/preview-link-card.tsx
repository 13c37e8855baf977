import type { PreviewLink } from "@gatehouse/policy";

/** The card a platform makes of the first link when the post has no pictures: the site's domain, under its picture. */
export function PreviewLinkCard({ link }: { link: PreviewLink }) {
  if (!link.card) return null;
  return (
    <div className="app-preview__card">
      <div className="app-preview__card-image" aria-hidden="true" />
      <p className="app-preview__card-text">
        <span className="nhsuk-u-visually-hidden">Link card: </span>
        <span className="app-preview__card-domain">{link.domain}</span>
        <span className="app-preview__card-note">The site's own title and picture are shown here.</span>
      </p>
    </div>
  );
}
