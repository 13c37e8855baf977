import type { Platform, ScreeningSettings } from "@gatehouse/policy";
import { useState } from "react";
import { DEFAULT_PLATFORMS, PlatformCheckboxes } from "../screening/platform-checkboxes.tsx";
import { ScreenedTextarea } from "../screening/screened-textarea.tsx";

/** A post screened with the settings as they are on the page, saved or not. */
export function TrySettings({ settings }: { settings: ScreeningSettings }) {
  const [text, setText] = useState("");
  const [platforms, setPlatforms] = useState<Platform[]>([...DEFAULT_PLATFORMS]);
  return (
    <section aria-labelledby="try-settings-heading" className="nhsuk-u-margin-top-7">
      <h2 id="try-settings-heading">Try the settings</h2>
      <p>See what the policy check finds with the settings as they are on this page, including changes you have not saved yet.</p>
      <PlatformCheckboxes name="tryPlatforms" value={platforms} onChange={setPlatforms} />
      <ScreenedTextarea
        id="tryText"
        label="Text to try"
        hint="Nothing you type here is saved."
        value={text}
        onChange={setText}
        platforms={platforms}
        settings={settings}
        rows={5}
        headingLevel={3}
      />
    </section>
  );
}
