import { renditionLabel } from "../assets/rendition-label.ts";
import { PLATFORM_SIZES } from "./live-preview.tsx";
import type { KitView } from "./types.ts";

/** The saved kit as the server draws it on a sample picture of each platform size: exactly what posts will wear. */
export function ServerPreviews({ kit }: { kit: KitView }) {
  return (
    <ul className="app-renditions">
      {PLATFORM_SIZES.map((spec) => (
        <li key={spec.name}>
          <figure className="app-rendition">
            <img
              src={`/api/brand/kits/${encodeURIComponent(kit.id)}/preview/${spec.name}`}
              alt={`${renditionLabel(spec)} sample picture wearing version ${kit.version} of the kit`}
              width={spec.width}
              height={spec.height}
              data-rendition={spec.name}
            />
            <figcaption className="nhsuk-body-s">
              <strong>{renditionLabel(spec)}</strong>, {spec.width} × {spec.height}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
