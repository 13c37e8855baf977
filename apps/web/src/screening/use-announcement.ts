import { useEffect, useState } from "react";

/** How long typing must pause before the result is read out. */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * The message for a polite live region: it changes only once `message` has stayed the same,
 * for text that has stopped changing, for a second, so a screen reader speaks after a pause
 * in typing, not at every keystroke.
 */
export function useAnnouncement(message: string, settled: boolean): string {
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => {
      setAnnounced(message);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [message, settled]);
  return announced;
}
