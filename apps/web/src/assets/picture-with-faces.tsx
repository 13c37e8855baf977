import type { FocalPoint } from "@gatehouse/policy";
import type { MouseEvent } from "react";
import { previewOf, renditionSrc } from "./rendition-src.ts";
import type { AssetView } from "./types.ts";

const percent = (part: number, whole: number) => `${(whole > 0 ? (part / whole) * 100 : 0).toFixed(3)}%`;
const unit = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;

export function altOf(asset: Pick<AssetView, "altText" | "caption" | "name">): string {
  return asset.altText?.trim() || asset.caption?.trim() || asset.name;
}

/**
 * The whole picture with every face found boxed and numbered 1 to n, as on the consent form.
 * Faces are in the master's pixels; as fractions of its size they fit the picture at whatever
 * size it is shown. With `onPick`, selecting a point in the picture chooses the focal point.
 */
export function PictureWithFaces({
  asset,
  focalPoint,
  onPick,
  small = false,
}: {
  asset: AssetView;
  focalPoint?: FocalPoint | undefined;
  onPick?: ((point: FocalPoint) => void) | undefined;
  small?: boolean;
}) {
  const preview = previewOf(asset);
  if (!preview) return <p>There is no preview of this picture.</p>;

  const onClick = (event: MouseEvent<HTMLImageElement>) => {
    if (!onPick) return;
    const box = event.currentTarget.getBoundingClientRect();
    onPick({ x: unit((event.clientX - box.left) / box.width), y: unit((event.clientY - box.top) / box.height) });
  };

  return (
    <div className={`app-picture${small ? " app-picture--small" : ""}${onPick ? " app-picture--pickable" : ""}`}>
      <img className="app-picture__image" src={renditionSrc(asset, preview)} alt={altOf(asset)} width={preview.width} height={preview.height} onClick={onClick} />
      {asset.faces.map((face, index) => (
        <span
          key={index}
          className="app-face-box"
          data-face={index + 1}
          aria-hidden="true"
          style={{
            left: percent(face.x, asset.width),
            top: percent(face.y, asset.height),
            width: percent(face.width, asset.width),
            height: percent(face.height, asset.height),
          }}
        >
          <span className="app-face-box__number">{index + 1}</span>
        </span>
      ))}
      {focalPoint && <span className="app-focal-point" aria-hidden="true" style={{ left: percent(focalPoint.x, 1), top: percent(focalPoint.y, 1) }} />}
    </div>
  );
}

/** What the boxes show, in words, for everyone who cannot see them. */
export function facesSentence(asset: Pick<AssetView, "faceCount">): string {
  if (asset.faceCount === null) return "Faces could not be looked for in this picture.";
  if (asset.faceCount === 0) return "No faces were found in this picture.";
  if (asset.faceCount === 1) return "1 face was found. It is boxed and numbered 1 on the picture.";
  return `${asset.faceCount} faces were found. They are boxed and numbered 1 to ${asset.faceCount} on the picture.`;
}
