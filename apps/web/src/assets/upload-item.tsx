import { PEOPLE_DECLARATION_LABELS } from "@gatehouse/policy";
import { Link } from "react-router";
import { formatBytes } from "../components/format.ts";
import type { Upload } from "./use-uploads.ts";

const STATUS: Record<Upload["state"], string> = {
  refused: "Not uploaded",
  waiting: "Waiting to upload",
  sending: "Uploading",
  checking: "Checking the photo for people and text",
  done: "Uploaded",
  failed: "Not uploaded",
};

function facesLine(upload: Upload): string {
  const asset = upload.asset;
  if (!asset) return "";
  if (asset.faceCount === null) return "Faces could not be looked for in this photo: say who is in it.";
  if (asset.faceCount === 0) return "No faces were found.";
  return `${asset.faceCount === 1 ? "1 face was" : `${asset.faceCount} faces were`} found: say who is in it before it is used.`;
}

/** One chosen file: its progress while it uploads, then a link to the new picture or the reason it was refused. */
export function UploadItem({ upload }: { upload: Upload }) {
  const { key, file, state, loaded, total, message, asset } = upload;
  const progressId = `upload-progress-${key}`;
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  const problem = state === "refused" || state === "failed";

  return (
    <li id={`upload-${key}`} className={`app-upload${problem ? " app-upload--problem" : ""}`}>
      <p className="nhsuk-u-margin-bottom-2">
        <strong>{file.name}</strong> <span className="nhsuk-u-secondary-text-color">({formatBytes(file.size)})</span>
      </p>
      {(state === "waiting" || state === "sending" || state === "checking") && (
        <div className="app-upload__progress">
          <label className="nhsuk-body-s" htmlFor={progressId}>
            {state === "checking" ? "Sent" : "Sent so far"}
          </label>
          <progress id={progressId} max={100} value={state === "checking" ? 100 : percent}>
            {state === "checking" ? 100 : percent}%
          </progress>
          <span className="nhsuk-body-s" aria-hidden="true">
            {state === "checking" ? 100 : percent}%
          </span>
        </div>
      )}
      <p className="nhsuk-u-margin-bottom-2" role="status">
        {problem ? (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {message}
          </span>
        ) : (
          <>
            {STATUS[state]}
            {state === "checking" && "…"}
          </>
        )}
      </p>
      {state === "done" && asset && (
        <>
          <p className="nhsuk-u-margin-bottom-2">{facesLine(upload)}</p>
          {asset.people && <p className="nhsuk-u-margin-bottom-2">{PEOPLE_DECLARATION_LABELS[asset.people]}</p>}
          <p className="nhsuk-u-margin-bottom-0">
            <Link to={`/assets/${asset.id}`}>
              Open {asset.name}
              <span className="nhsuk-u-visually-hidden"> to check it and say who is in it</span>
            </Link>
          </p>
        </>
      )}
    </li>
  );
}
