import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@gatehouse/policy";
import { Checkboxes } from "nhsuk-react-components";
import { memo } from "react";

/** The platforms a post is for, in the platforms' usual order whatever order they were ticked in. */
export const PlatformCheckboxes = memo(function PlatformCheckboxes({
  name,
  value,
  onChange,
  hint,
  error,
}: {
  name: string;
  value: readonly Platform[];
  onChange: (platforms: Platform[]) => void;
  hint?: string;
  error?: string | undefined;
}) {
  return (
    <Checkboxes legend="Platforms" legendProps={{ size: "s" }} name={name} hint={hint} error={error} small>
      {PLATFORMS.map((platform, index) => (
        <Checkboxes.Item
          key={platform}
          // The first box carries the field's id, so an error summary can take people to it.
          id={index === 0 ? name : undefined}
          value={platform}
          checked={value.includes(platform)}
          onChange={(event) => {
            const checked = event.target.checked;
            onChange(PLATFORMS.filter((p) => (p === platform ? checked : value.includes(p))));
          }}
        >
          {PLATFORM_LABELS[platform]}
        </Checkboxes.Item>
      ))}
    </Checkboxes>
  );
});

/** What a new post is usually for. */
export const DEFAULT_PLATFORMS: readonly Platform[] = ["x", "facebook"];
