import type { Platform } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { DEFAULT_PLATFORMS, PlatformCheckboxes } from "../screening/platform-checkboxes.tsx";
import { ScreenedTextarea } from "../screening/screened-textarea.tsx";
import { useTRPC } from "../trpc.ts";

/** Anyone signed in can try a draft against the policy: screened in the browser, never saved. */
export function CheckPage() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.screening.queryOptions());
  const [text, setText] = useState("");
  const [platforms, setPlatforms] = useState<Platform[]>([...DEFAULT_PLATFORMS]);
  usePageTitle("Check a post");

  if (settings.isPending) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Check a post against the social media policy</h1>
        <p>
          Write or paste a draft post to see what the policy check would find before you submit it. It uses the same rules, and the
          organisation's own settings, that are checked again when a post is submitted and published.
        </p>
        <PlatformCheckboxes name="platforms" value={platforms} onChange={setPlatforms} hint="Each platform counts length in its own way and has its own limit." />
          <ScreenedTextarea
            id="text"
            label="Post text"
            hint="The text is checked as you type, in your browser. Nothing you type here is saved or sent for review."
            value={text}
            onChange={setText}
            platforms={platforms}
            settings={settings.data.settings}
          />
      </div>
    </div>
  );
}
