import { Fragment, type ComponentPropsWithRef } from "react";
import type { Severity } from "@gatehouse/policy";
import { highlightSegments, type Highlight } from "./highlight-segments.ts";

/**
 * The text with its findings marked: a <mark> per stretch, styled by severity. Under the
 * editor it is the backdrop the textarea's own text is drawn over, so it keeps the text's
 * exact characters and adds a last empty character for a trailing line break to take space.
 */
export function HighlightedText({
  text,
  highlights,
  ...rest
}: { text: string; highlights: readonly Highlight[] } & Omit<ComponentPropsWithRef<"div">, "children">) {
  return (
    <div {...rest}>
      {highlightSegments(text, highlights).map((segment, index) =>
        segment.severity ? <Marked key={index} text={segment.text} severity={segment.severity} /> : segment.text,
      )}
      {"\u200b"}
    </div>
  );
}

/** One <mark> a line: a mark over many lines paints unreliably, and line breaks need no colour. */
function Marked({ text, severity }: { text: string; severity: Severity }) {
  return text.split("\n").map((line, index) => (
    <Fragment key={index}>
      {index > 0 && "\n"}
      {line !== "" && <mark className={`app-highlight app-highlight--${severity}`}>{line}</mark>}
    </Fragment>
  ));
}
