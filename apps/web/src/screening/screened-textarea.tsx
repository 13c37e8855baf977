import type { Platform, ScreeningSettings } from "@gatehouse/policy";
import { ErrorMessage, HintText, Label } from "nhsuk-react-components";
import { useCallback, useMemo, useRef } from "react";
import { highlightsOf, moveHighlights } from "./current-highlights.ts";
import { HighlightedText } from "./highlighted-text.tsx";
import type { MergedFinding } from "./merge-findings.ts";
import { mapRange, offsetMapper } from "./offset-map.ts";
import { revealOffset } from "./reveal-range.ts";
import { ScreeningResults } from "./screening-results.tsx";
import { useMirror } from "./use-mirror.ts";
import { useScreening } from "./use-screening.ts";
import "./screening.css";

export interface ScreenedTextareaProps {
  /** the textarea's id (and name, unless given): error summaries link to it */
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  platforms: readonly Platform[];
  settings: ScreeningSettings;
  rows?: number;
  /** the heading level of the "Policy check" that follows the textarea */
  headingLevel?: 2 | 3;
}

/**
 * An NHS textarea screened as the person types: the findings are marked in the text itself
 * (a backdrop behind the see-through textarea), listed underneath, and choosing one in the list
 * selects its words in the text.
 */
export function ScreenedTextarea({
  id,
  name = id,
  label,
  hint,
  error,
  value,
  onChange,
  platforms,
  settings,
  rows = 8,
  headingLevel = 2,
}: ScreenedTextareaProps) {
  const screening = useScreening(value, platforms, settings);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  useMirror(textareaRef, backdropRef);
  const found = useMemo(() => highlightsOf(screening.result), [screening.result]);
  const highlights = moveHighlights(found, screening.result?.text ?? value, value);

  const onSelect = useCallback((item: MergedFinding, screenedText: string) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const range = mapRange(offsetMapper(screenedText, textarea.value), item.finding);
    if (!range) return;
    textarea.focus();
    textarea.setSelectionRange(range.start, range.end);
    if (backdropRef.current) revealOffset(textarea, backdropRef.current, range.start);
  }, []);

  const hintId = `${id}--hint`;
  const errorId = `${id}--error-message`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <>
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <Label htmlFor={id}>{label}</Label>
        {hint && <HintText id={hintId}>{hint}</HintText>}
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="app-screened-field">
          <HighlightedText text={value} highlights={highlights} className="app-screened-field__backdrop" ref={backdropRef} aria-hidden="true" />
          <textarea
            ref={textareaRef}
            className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
            id={id}
            name={name}
            rows={rows}
            value={value}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
        </div>
      </div>
      <ScreeningResults screening={screening} headingLevel={headingLevel} noPlatforms={platforms.length === 0} onSelect={onSelect} />
    </>
  );
}
