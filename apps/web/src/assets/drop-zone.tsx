import { useState, type DragEvent } from "react";
import { ACCEPT } from "./upload-checks.ts";

/**
 * A file input people can also drop photos onto. The input is the real control, labelled and
 * reachable by keyboard; dropping is a shortcut for those with a mouse.
 */
export function DropZone({ id, label, hint, onFiles }: { id: string; label: string; hint: string; onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const hintId = `${id}-hint`;

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={`nhsuk-form-group app-drop-zone${over ? " app-drop-zone--over" : ""}`}
      onDragOver={onDragOver}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={onDrop}
    >
      <label className="nhsuk-label nhsuk-label--m" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={hintId}>
        {hint}
      </div>
      <input
        className="app-file-input"
        id={id}
        name="file"
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={hintId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same photo again (after fixing it) is a change too.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <p className="app-drop-zone__drop" aria-hidden="true">
        or drop photos here
      </p>
    </div>
  );
}
