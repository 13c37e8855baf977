import { BackLink, InsetText } from "nhsuk-react-components";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../components/page-title.ts";
import { DropZone } from "./drop-zone.tsx";
import { submissionReturnPath } from "./return-path.ts";
import { NO_DETAILS, uploadFields } from "./upload-details.ts";
import { UploadDetailsFields } from "./upload-details-fields.tsx";
import { UploadItem } from "./upload-item.tsx";
import { UPLOAD_RULES } from "./upload-checks.ts";
import { useUploads } from "./use-uploads.ts";
import "./assets.css";

/** `/assets/upload`: photos go up one by one with their progress, and each is checked for faces and text. */
export function UploadPage() {
  usePageTitle("Upload a photo");
  const [params] = useSearchParams();
  const back = submissionReturnPath(params.get("returnTo"));
  const { uploads, add } = useUploads();
  const [details, setDetails] = useState(NO_DETAILS);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {back ? (
          <BackLink asElement={Link} to={back}>
            Back to your submission
          </BackLink>
        ) : (
          <BackLink asElement={Link} to="/assets">
            Back to pictures
          </BackLink>
        )}
        <h1>Upload a photo</h1>
        <p>
          Each photo is checked for faces and for text in the picture. The location, camera details and every other piece of hidden
          information are removed from the copies Gatehouse keeps and publishes.
        </p>
        <InsetText>
          <p>
            If anyone can be recognised in a photo, you will be asked to say so. Their written consent must be recorded before the photo can
            be published (CO23 §3.5.2, ICBP038 §3.6).
          </p>
        </InsetText>
        <UploadDetailsFields value={details} onChange={setDetails} />
        <DropZone
          id="file"
          label="Choose photos"
          hint={`${UPLOAD_RULES} You can choose several at once.`}
          onFiles={(files) => {
            add(files, uploadFields(details));
          }}
        />
        {uploads.length > 0 && (
          <>
            <h2>Your photos</h2>
            <ul className="app-uploads">
              {uploads.map((upload) => (
                <UploadItem key={upload.key} upload={upload} />
              ))}
            </ul>
          </>
        )}
        {back && uploads.some((u) => u.state === "done") && (
          <p>
            <Link to={back}>Go back to your submission to attach {uploads.filter((u) => u.state === "done").length === 1 ? "it" : "them"}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
