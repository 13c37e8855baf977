import type { PreviewImages } from "@gatehouse/policy";
import type { PreviewPicture } from "./preview-pictures-source.ts";

/**
 * The pictures cropped as the feed crops them: the frame takes the platform's shape and each
 * picture fills its cell (object-fit: cover), so a subject near an edge is seen to be cut off.
 */
export function PreviewPictures({ images, pictures }: { images: PreviewImages; pictures: readonly PreviewPicture[] }) {
  if (images.layout === "none" || images.frame === null) return null;
  const count = images.shown.length;
  const last = images.shown.length - 1;
  return (
    <div
      className={`app-preview__pictures app-preview__pictures--${images.layout} app-preview__pictures--${count}`}
      style={{ aspectRatio: String(images.frame) }}
      data-frame={images.frame.toFixed(2)}
    >
      {images.shown.map((cell, i) => {
        const picture = pictures[cell.index];
        if (!picture) return null;
        return (
          <div key={cell.index} className="app-preview__cell" data-aspect={cell.aspect.toFixed(2)}>
            <img src={picture.src} alt={picture.altText.trim() === "" ? `Picture ${cell.index + 1}, with no alt text` : picture.altText} loading="lazy" />
            {i === last && images.more > 0 && images.layout === "grid" && (
              <span className="app-preview__plus">
                +{images.more}
                <span className="nhsuk-u-visually-hidden"> more {images.more === 1 ? "picture" : "pictures"}</span>
              </span>
            )}
          </div>
        );
      })}
      {images.layout === "carousel" && images.more > 0 && <span className="app-preview__count">1 of {images.more + 1}</span>}
    </div>
  );
}
