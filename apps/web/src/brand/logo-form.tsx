import { useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { sendFile } from "../components/send-file.ts";
import { useTRPC } from "../trpc.ts";
import type { KitView } from "./types.ts";

const FIELD = "logo";
const ACCEPT = "image/png,image/svg+xml,.png,.svg";

/** Why this file cannot be a logo, before anyone waits for it; the API reads the bytes and refuses unsafe SVG itself. */
function logoProblem(file: File): string | null {
  if (file.size === 0) return `"${file.name}" is empty. Choose the logo again.`;
  return /\.(png|svg)$/i.test(file.name) || ["image/png", "image/svg+xml"].includes(file.type) ? null : `"${file.name}" is not a PNG or SVG file.`;
}

/** A new logo for this kit (the organisation's, or one account's): it becomes a new version at once. */
export function LogoForm({ accountId, logo, errors, onError, onDone }: { accountId: string | null; logo: KitView["logo"] } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const error = errors?.fields[FIELD];

  const fail = (message: string) => onError(formErrorsFromProblem({ code: "BAD_REQUEST", message, fields: { [FIELD]: message } }, [FIELD]));

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    if (!file) return fail("Choose the logo file: a PNG or SVG.");
    const problem = logoProblem(file);
    if (problem) return fail(problem);
    setSending(true);
    void sendFile<KitView>("/api/brand/logo", file, { fields: accountId ? { accountId } : {} })
      .then((sent) => {
        if (!sent.ok) return fail(sent.message);
        void queryClient.invalidateQueries(trpc.brand.kit.queryFilter());
        onDone(`The logo "${sent.body.logo?.name ?? file.name}" is saved as version ${sent.body.version} of the kit.`);
      })
      .finally(() => {
        setSending(false);
      });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {logo ? (
        <figure className="app-kit-logo">
          <img src={logo.url} alt={`The logo now: ${logo.name}`} width={logo.width} height={logo.height} />
          <figcaption className="nhsuk-body-s">
            {logo.name}, {logo.width} × {logo.height} pixels
          </figcaption>
        </figure>
      ) : (
        <p>There is no logo yet: pictures go out without one.</p>
      )}
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor={FIELD}>
          {logo ? "Upload a new logo" : "Upload the logo"}
        </label>
        <div className="nhsuk-hint" id={`${FIELD}-hint`}>
          A PNG, or an SVG without scripts or links to other files. It should be at least as wide as the smallest logo width below, with a
          transparent background.
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${FIELD}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <input
          className="app-file-input"
          type="file"
          id={FIELD}
          name="file"
          accept={ACCEPT}
          aria-describedby={`${FIELD}-hint${error ? ` ${FIELD}-error` : ""}`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <Button type="submit" secondary disabled={sending}>
        {sending ? "Uploading…" : "Upload logo"}
      </Button>
    </form>
  );
}
