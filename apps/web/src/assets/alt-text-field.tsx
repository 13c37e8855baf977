import { PLATFORM_MEDIA_LIMITS, PLATFORMS, type Platform } from "@gatehouse/policy";
import { Textarea } from "nhsuk-react-components";
import { platformList } from "../screening/merge-findings.ts";

const number = (n: number) => n.toLocaleString("en-GB");

/** "1,000 characters on X, Facebook and Instagram; 1,500 on Mastodon; ...": the limits, shortest first. */
const LIMITS_SENTENCE = (() => {
  const byLimit = new Map<number, Platform[]>();
  for (const platform of PLATFORMS) {
    const limit = PLATFORM_MEDIA_LIMITS[platform].maxAltText;
    byLimit.set(limit, [...(byLimit.get(limit) ?? []), platform]);
  }
  return [...byLimit]
    .sort(([a], [b]) => a - b)
    .map(([limit, platforms], index) => `${number(limit)}${index === 0 ? " characters" : ""} on ${platformList(platforms)}`)
    .join("; ");
})();

/** How long it is, and (announced, unlike every keystroke's count) where it is too long. */
function Count({ text }: { text: string }) {
  const length = text.trim().length;
  const tooLong = PLATFORMS.filter((p) => length > PLATFORM_MEDIA_LIMITS[p].maxAltText);
  return (
    <p className="nhsuk-body-s nhsuk-u-secondary-text-color nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
      {number(length)} {length === 1 ? "character" : "characters"} used.{" "}
      <span aria-live="polite">{tooLong.length > 0 ? `Too long for ${platformList(tooLong)}.` : ""}</span>
    </p>
  );
}

/** Alt text, with what each platform takes and, as the person types, whether it still fits. */
export function AltTextField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <Textarea
      label="Alt text"
      labelProps={{ size: "s" }}
      id="altText"
      name="altText"
      hint={`Describe the picture for people who cannot see it, in a short sentence such as "Two nurses outside the new clinic". It goes out with every post that uses the picture. Platforms take at most ${LIMITS_SENTENCE}.`}
      rows={3}
      value={value}
      error={error}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      formGroupProps={{ afterInput: <Count text={value} /> }}
    />
  );
}
