import type { Platform, ScreeningSettings } from "@gatehouse/policy";
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import type { PlatformScreening } from "./protocol.ts";
import { listen, openChannel, requestScreening } from "./screening-client.ts";

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
export const SCREENING_DEBOUNCE_MS = 150;

/** The newest answer: its offsets are into `text`, which may be a little older than the editor's text. */
export interface ScreeningResult {
  text: string;
  platforms: PlatformScreening[];
}

export interface ScreeningState {
  result: ScreeningResult | null;
  /** the worker could not screen (it failed to load, or a detector failed on this text) */
  unavailable: boolean;
  /** the result is for exactly the text, platforms and settings asked for now */
  settled: boolean;
}

interface Answer {
  result: ScreeningResult | null;
  unavailable: boolean;
  /** the platforms and settings the result was screened with */
  config: string | null;
}

/**
 * Screens `text` in the screening worker, a short pause after the last change. Answers to
 * anything but the newest request are dropped, so a slow answer never replaces a newer one.
 */
export function useScreening(text: string, platforms: readonly Platform[], settings: ScreeningSettings): ScreeningState {
  const [channel] = useState(openChannel);
  const latest = useRef({ id: 0, config: "" });
  const [answer, setAnswer] = useState<Answer>({ result: null, unavailable: false, config: null });
  // A value, not an object identity: pages rebuild their settings on every render.
  const config = JSON.stringify({ platforms, settings });

  useEffect(
    () =>
      listen(channel, (response) => {
        if (response === null) {
          setAnswer({ result: null, unavailable: true, config: null });
          return;
        }
        if (response.id !== latest.current.id) return;
        const next: Answer = response.ok
          ? { result: { text: response.text, platforms: response.results }, unavailable: false, config: latest.current.config }
          : { result: null, unavailable: true, config: null };
        // A transition: rendering a long list of findings gives way to the next keystroke.
        startTransition(() => {
          setAnswer(next);
        });
      }),
    [channel],
  );

  useEffect(() => {
    const id = latest.current.id + 1;
    latest.current = { id, config };
    const parsed = JSON.parse(config) as { platforms: Platform[]; settings: ScreeningSettings };
    const timer = setTimeout(() => {
      requestScreening({ channel, id, text, platforms: parsed.platforms, settings: parsed.settings });
    }, SCREENING_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [channel, text, config]);

  const settled = answer.result !== null && answer.result.text === text && answer.config === config;
  // One object per answer (and per change of `settled`), so memoised panels skip keystrokes.
  return useMemo(() => ({ result: answer.result, unavailable: answer.unavailable, settled }), [answer, settled]);
}
