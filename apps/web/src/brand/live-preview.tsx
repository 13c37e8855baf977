import { CORNER_LABELS, logoBox, RENDITIONS, strapHeight, type BrandKitLayout, type RenditionSpec } from "@gatehouse/policy";
import { useId } from "react";
import { renditionLabel } from "../assets/rendition-label.ts";
import type { KitView } from "./types.ts";

export const PLATFORM_SIZES = RENDITIONS.filter((r) => r.platform !== null);

type Logo = NonNullable<KitView["logo"]>;

/** In words, for people who cannot see the drawing, and to check it by. */
function placement(box: ReturnType<typeof logoBox>, layout: BrandKitLayout, logo: Logo | null): string {
  if (!logo) return "No logo yet.";
  if (!box) return "The logo and its clear space do not fit this size.";
  return `Logo ${box.width} × ${box.height} pixels, ${CORNER_LABELS[layout.corner].toLowerCase()}, ${box.left} pixels from the left and ${box.top} from the top.`;
}

/**
 * One platform size drawn as an SVG in its own pixels, so it scales to the page: the sample
 * the server uses, the strap as the server draws it, and the logo where packages/policy's
 * logoBox puts it on the server too.
 */
function PreviewPicture({ spec, layout, logo }: { spec: RenditionSpec; layout: BrandKitLayout; logo: Logo | null }) {
  const gradient = useId();
  const { width, height } = spec;
  const box = logo ? logoBox(spec, layout, logo) : null;
  const strap = layout.strap;
  const band = strap ? strapHeight(spec) : 0;
  const words = placement(box, layout, logo);
  return (
    <li>
      <figure className="app-rendition app-kit-preview">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${renditionLabel(spec)}: ${words}`} data-rendition={spec.name}>
          <defs>
            <linearGradient id={gradient} x1="0" y1="0" x2="1" y2="1">
              <stop offset="0" stopColor="#41B6E6" />
              <stop offset="1" stopColor="#005EB8" />
            </linearGradient>
          </defs>
          <rect width={width} height={height} fill={`url(#${gradient})`} />
          {strap && (
            <>
              <rect y={height - band} width={width} height={band} fill={strap.background} />
              <text
                x={Math.round(band * 0.4)}
                y={height - band + Math.round(band * 0.66)}
                fontSize={Math.round(band * 0.45)}
                fontFamily="DejaVu Sans, Liberation Sans, sans-serif"
                fontWeight="bold"
                fill={strap.textColour}
              >
                {strap.text}
              </text>
            </>
          )}
          {box && logo && <image href={logo.url} x={box.left} y={box.top} width={box.width} height={box.height} preserveAspectRatio="none" />}
        </svg>
        <figcaption className="nhsuk-body-s">
          <strong>{renditionLabel(spec)}</strong>, {width} × {height}
          <br />
          {words}
        </figcaption>
      </figure>
    </li>
  );
}

/** The kit as it is being edited, on every platform size, drawn here before anything is saved. */
export function LivePreview({ layout, logo }: { layout: BrandKitLayout; logo: Logo | null }) {
  return (
    <ul className="app-renditions" aria-label="Live preview">
      {PLATFORM_SIZES.map((spec) => (
        <PreviewPicture key={spec.name} spec={spec} layout={layout} logo={logo} />
      ))}
    </ul>
  );
}
