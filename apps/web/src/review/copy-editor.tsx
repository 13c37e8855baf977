import type { ScreeningSettings } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { AccountPreview } from "../previews/account-preview.tsx";
import { usePreviewPictures, type PreviewPicturesSource } from "../previews/preview-pictures-source.ts";
import { ScreenedTextarea } from "../screening/screened-textarea.tsx";
import { accountLabel } from "../submissions/labels.tsx";
import type { SubmissionView, TargetAccount } from "../submissions/types.ts";
import { useTRPC } from "../trpc.ts";
import { reviewFormErrors } from "./review-errors.ts";

export function copyFieldId(target: TargetAccount): string {
  return `copy-${target.accountId}`;
}

/**
 * The communications team's copy for each account: the submission's text to start with,
 * edited to suit one platform and screened for it as they type.
 */
export function CopyEditors({ view, settings, ...handlers }: { view: SubmissionView; settings: ScreeningSettings } & PageFormHandlers) {
  const pictures = usePreviewPictures(view.assetIds);
  return (
    <>
      <h2>Post text for each account</h2>
      <p>
        Each account gets the submission's text unless you save a copy of its own, for example to fit a platform's length limit. Saving a copy
        keeps a new revision, and the approval must then come from another communications officer.
      </p>
      {view.targetAccounts.map((target) => (
        // A saved copy (or going back to the submission's text) starts the editor again from what was saved.
        <CopyEditor
          key={`${target.accountId}:${String(target.edited)}:${target.text}`}
          view={view}
          target={target}
          settings={settings}
          pictures={pictures}
          {...handlers}
        />
      ))}
    </>
  );
}

function CopyEditor({
  view,
  target,
  settings,
  pictures,
  errors,
  onError,
  onDone,
}: { view: SubmissionView; target: TargetAccount; settings: ScreeningSettings; pictures: PreviewPicturesSource } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editCopy = useMutation(trpc.review.editCopy.mutationOptions());
  const [text, setText] = useState(target.text);
  const id = copyFieldId(target);
  const label = accountLabel(target);

  const save = (copy: string | null) => {
    if (editCopy.isPending) return;
    editCopy.mutate(
      { id: view.id, accountId: target.accountId, text: copy },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.submissions.pathFilter());
          void queryClient.invalidateQueries(trpc.review.pathFilter());
          onDone(copy === null ? `${label} will use the submission's text.` : `The copy for ${label} has been saved.`);
        },
        onError: (error) => {
          onError(reviewFormErrors(error, { text: id }, id));
        },
      },
    );
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(text);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-bottom-7">
      <ScreenedTextarea
        id={id}
        label={`Copy for ${label}`}
        hint={target.edited ? "The communications team has edited this copy for this account." : "This is the submission's text."}
        error={errors?.fields[id]}
        value={text}
        onChange={setText}
        platforms={[target.platform]}
        settings={settings}
        headingLevel={3}
        rows={6}
      />
      <AccountPreview account={target} accountId={target.accountId} text={text} pictures={pictures} headingLevel={3} />
      <div className="nhsuk-button-group">
        <Button type="submit" secondary>
          Save copy<span className="nhsuk-u-visually-hidden"> for {label}</span>
        </Button>
        {target.edited && (
          <Button
            type="button"
            secondary
            onClick={() => {
              save(null);
            }}
          >
            Use the submission's text<span className="nhsuk-u-visually-hidden"> for {label}</span>
          </Button>
        )}
      </div>
    </form>
  );
}
