import type { RouterOutputs } from "../api-types.ts";

type FeedMedia = RouterOutputs["sandbox"]["feed"]["posts"][number]["media"];

/** The pictures a post went out with, described by the alt text it carried, as the platform would show them. */
export function FeedMedia({ media }: { media: FeedMedia }) {
  if (media.length === 0) return null;
  return (
    <div className={`app-feed__media app-feed__media--${Math.min(media.length, 4)}`}>
      {media.map((item) => (
        <figure key={item.url} className="app-feed__figure">
          <img src={item.url} alt={item.altText} width={item.width} height={item.height} loading="lazy" />
          {item.altText.trim() === "" ? (
            <figcaption className="app-feed__alt app-feed__alt--missing">No alt text</figcaption>
          ) : (
            <figcaption className="app-feed__alt" aria-hidden="true">
              <span className="app-feed__alt-badge">ALT</span> {item.altText}
            </figcaption>
          )}
        </figure>
      ))}
    </div>
  );
}
